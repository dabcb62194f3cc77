package dev.reportsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import dev.reportsearch.indexer.read.UnreadableReportException;
import picocli.CommandLine;

/** --ocr, off by default, on `index` and `up`: a scan is refused without it and goes to Tesseract with it. */
class OcrOptionTest {
    /** A page that is only a (blank) picture: a scan with nothing written on it. */
    private static byte[] blankScan() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage white = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
            var g = white.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, white.getWidth(), white.getHeight());
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, white), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String reason(ParseOptions parsing, byte[] pdf) {
        try {
            parsing.pipeline().parse("scan.pdf", pdf);
        } catch (UnreadableReportException e) {
            return e.reason();
        }
        throw new AssertionError("the scan was indexed");
    }

    @Test
    void offByDefaultAndOnWhenAskedOnIndexAndUp() throws Exception {
        byte[] scan = blankScan();
        IndexCommand index = new IndexCommand();
        new CommandLine(index).parseArgs("reports");
        assertThat(reason(index.parsing, scan)).endsWith("OCR is off: --ocr reads them)");

        new CommandLine(index).parseArgs("--ocr", "reports");
        assertThat(reason(index.parsing, scan)).as("Tesseract ran and read nothing").endsWith("OCR found no text in them)");

        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs("--ocr");
        assertThat(up.parsing.ocr).isTrue();
    }
}
