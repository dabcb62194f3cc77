package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingDetectorTest {
    private static final EncodingDetector DETECTOR = EncodingDetector.standard();
    private static final String SIMPLIFIED = "区妇联工作报告：全年培训农村妇女1560人次，发放创业贷款300万元，建成儿童之家12个。";
    private static final String TRADITIONAL = "區婦聯工作報告：全年培訓農村婦女1560人次，發放創業貸款300萬元，建成兒童之家12個。";

    @Test
    void readsUtf8() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), null);
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] text = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(DETECTOR.decode("a.txt", withBom, null).text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void readsGb18030() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")), null);
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void readsGbkFromAPageDeclaringGb2312() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.html", SIMPLIFIED.getBytes(Charset.forName("GBK")), "gb2312");
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void readsBig5() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", TRADITIONAL.getBytes(Charset.forName("Big5")), null);
        assertThat(decoded.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void tellsShortGbFromShortBig5() throws Exception {
        assertThat(DETECTOR.decode("a.txt", "妇女儿童工作".getBytes(Charset.forName("GB18030")), null).text()).isEqualTo("妇女儿童工作");
        assertThat(DETECTOR.decode("b.txt", "婦女兒童工作".getBytes(Charset.forName("Big5")), null).text()).isEqualTo("婦女兒童工作");
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> DETECTOR.decode("e.txt", new byte[0], null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("empty file"));
        assertThatThrownBy(() -> DETECTOR.decode("b.txt", new byte[] {'a', 0, 'b', 1, 2, 3}, null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
        assertThatThrownBy(() -> DETECTOR.decode("p.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
    }

    /** A report's text long enough that one bad byte is small damage: the sample sentence ten times, a line each. */
    private static String longer(String sentence) {
        return (sentence + "\n").repeat(10);
    }

    private static byte[] withByteAt(byte[] bytes, int offset, int value) {
        byte[] damaged = bytes.clone();
        damaged[offset] = (byte) value;
        return damaged;
    }

    @Test
    void readsGb18030WithOneBadByteAndCountsTheDamage() throws Exception {
        String text = longer(SIMPLIFIED);
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        int lead = bytes.length / 2;
        while (bytes[lead] >= 0) { // the lead byte of a character: 0xFF is never one
            lead++;
        }
        int offset = lead;
        DecodedText decoded = DETECTOR.decode("a.txt", withByteAt(bytes, offset, 0xFF), null);
        assertThat(decoded.charset()).isEqualTo("GB18030");
        assertThat(decoded.damage().firstOffset()).isEqualTo(offset);
        assertThat(decoded.damage().sequences()).isBetween(1, 2); // the bad byte, and maybe the byte it orphaned
        assertThat(decoded.text()).contains("\uFFFD").startsWith(SIMPLIFIED).endsWith(SIMPLIFIED + "\n");
        assertThat(decoded.damage().warning(decoded.charset())).hasValueSatisfying(w ->
                assertThat(w).contains("GB18030", "damaged byte sequence", "first at byte " + offset));
    }

    @Test
    void readsBig5WithOneBadByte() throws Exception {
        String text = longer(TRADITIONAL);
        byte[] bytes = text.getBytes(Charset.forName("Big5"));
        int at = text.indexOf('婦', text.length() / 2);
        int offset = text.substring(0, at).getBytes(Charset.forName("Big5")).length + 1; // its trail byte
        DecodedText decoded = DETECTOR.decode("a.txt", withByteAt(bytes, offset, 0x20), null); // a trail byte Big5 never has
        assertThat(decoded.text()).startsWith(TRADITIONAL).endsWith(TRADITIONAL + "\n");
        assertThat(decoded.damage().sequences()).isEqualTo(1);
    }

    @Test
    void aStrayNulByteIsDamageNotABinaryFile() throws Exception {
        String text = longer(SIMPLIFIED);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int offset = text.substring(0, text.indexOf('培', text.length() / 2)).getBytes(StandardCharsets.UTF_8).length;
        DecodedText decoded = DETECTOR.decode("a.txt", withByteAt(bytes, offset, 0), null);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).doesNotContain("\u0000").contains("\uFFFD").startsWith(SIMPLIFIED).endsWith(SIMPLIFIED + "\n");
        assertThat(decoded.damage().firstOffset()).isEqualTo(offset);
    }

    @Test
    void aCleanFileHasNoDamage() throws Exception {
        assertThat(DETECTOR.decode("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")), null).damage()).isEqualTo(DecodingDamage.NONE);
        assertThat(DecodingDamage.NONE.warning("UTF-8")).isEmpty();
    }

    @Test
    void muchDamageNamesEachEncodingTriedAndWhereItFailed() {
        byte[] bytes = longer(SIMPLIFIED).getBytes(Charset.forName("GB18030"));
        for (int i = 3; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> DETECTOR.decode("a.txt", bytes, null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason())
                        .startsWith("undecodable text: tried UTF-8 (first bad byte at offset ")
                        .containsPattern("GB18030 \\(first bad byte at offset \\d+, \\d+ bad sequences\\)")
                        .contains("Convert the file to UTF-8"));
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkByItsZeroBytes() throws Exception {
        String text = longer(SIMPLIFIED);
        DecodedText little = DETECTOR.decode("le.txt", text.getBytes(StandardCharsets.UTF_16LE), null);
        assertThat(little.text()).isEqualTo(text);
        assertThat(little.charset()).isEqualTo("UTF-16LE");
        DecodedText big = DETECTOR.decode("be.txt", text.getBytes(StandardCharsets.UTF_16BE), null);
        assertThat(big.text()).isEqualTo(text);
        assertThat(big.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkOrAnyAscii() throws Exception {
        String text = "妇联工作报告。全年培训农村妇女，发放创业贷款，建成儿童之家。".repeat(5);
        assertThat(DETECTOR.decode("le.txt", text.getBytes(StandardCharsets.UTF_16LE), null).text()).isEqualTo(text);
        assertThat(DETECTOR.decode("be.txt", text.getBytes(StandardCharsets.UTF_16BE), null).text()).isEqualTo(text);
    }

    @Test
    void sixteenBitBinaryWithZerosOnOneSideIsStillBinary() {
        byte[] samples = new byte[4096];
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) (i * 37 % 251); // little-endian 16-bit samples below 256: zero high bytes
        }
        assertThatThrownBy(() -> DETECTOR.decode("b.txt", samples, null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
    }
}
