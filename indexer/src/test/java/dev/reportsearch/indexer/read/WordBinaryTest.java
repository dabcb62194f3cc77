package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A real Word 97 binary (.doc), written by LibreOffice from our own text, and the same bytes under a .wps name. */
class WordBinaryTest {
    private static final DocumentReader READER = DocumentReader.standard();
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static byte[] doc;

    @BeforeAll
    static void writeDoc() throws Exception {
        doc = TestDoc.fromDocx(WordReaderTest.report());
    }

    @Test
    void readsAWord97FilesParagraphsHeadingsTableTitleAndDateButNotItsPageHeader() throws Exception {
        assertThat(Arrays.copyOf(doc, 4)).as("an OLE compound file, not RTF under a .doc name").isEqualTo(OLE_MAGIC);
        ReadDocument read = READER.read("report.doc", doc);
        assertThat(read.format()).isEqualTo(DocumentFormat.DOC);
        WordReaderTest.assertReadsTheReport(read);
    }

    @Test
    void aWpsFileThatIsAWordBinaryReadsTheSameAsTheDoc() throws Exception {
        ReadDocument asDoc = READER.read("report.doc", doc);
        ReadDocument asWps = READER.read("report.wps", doc);
        assertThat(asWps.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(asWps.lines()).isEqualTo(asDoc.lines());
        assertThat(asWps.headingHints()).isEqualTo(asDoc.headingHints());
        assertThat(asWps.metadata()).isEqualTo(asDoc.metadata());
    }
}
