package dev.reportsearch.indexer.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scanned report (its page an image of our own text, no text layer) is refused by default and read with OCR
 * (Debian's tesseract-ocr and tesseract-ocr-chi-sim, which {@code ./reportsearch test} installs) when asked.
 */
class PdfOcrTest {
    private static final List<String> PAGE = List.of("某县妇联2023年工作报告", "全年举办农村妇女电商技能培训班26期，",
            "培训妇女1830人，帮助610名妇女实现就业。");

    /** An A4 page at 150 dpi holding only a picture of the lines, and a page number at its foot. */
    private static byte[] scan() throws Exception {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = Font.createFonts(TestPdf.FONT.toFile())[0];
        g.setFont(font.deriveFont(48f));
        g.drawString(PAGE.get(0), 250, 250);
        g.setFont(font.deriveFont(32f));
        g.drawString(PAGE.get(1), 150, 400);
        g.drawString(PAGE.get(2), 150, 450);
        g.drawString("- 1 -", 590, 1650);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aScanIsRefusedWithoutOcrAndReadWithIt() throws Exception {
        byte[] scan = scan();
        assertThatThrownBy(() -> DocumentReader.standard().read("scan.pdf", scan)).isInstanceOfSatisfying(UnreadableReportException.class,
                e -> assertThat(e.reason()).isEqualTo("PDF has no text layer: scanned? (1 of 1 pages are images; OCR is off: --ocr reads them)"));

        ReadDocument doc = DocumentReader.withOcr(PdfOcr.tesseract()).read("scan.pdf", scan);
        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.warnings()).containsExactly("read by OCR from its page images: words and figures may be misread");
        assertThat(doc.lines()).as("the title, the paragraph's two lines joined, no page number")
                .containsExactly(PAGE.get(0), PAGE.get(1) + PAGE.get(2));
    }

    @Test
    void tesseractsBlocksBecomeParagraphsWithoutItsSpacesOrPageNumbers() {
        assertThat(PdfOcr.blocks("某 县 妇 联 工 作 报 告\n\n全 年 培 训 妇 女 1830 人 ，\n帮 助 610 名 妇 女 就 业 。\n\n- 2 -\n"))
                .containsExactly("某县妇联工作报告", "全年培训妇女1830人，帮助610名妇女就业。");
    }

    @Test
    void ocrThatCannotRunSaysWhatToInstall() throws Exception {
        byte[] scan = scan();
        DocumentReader reader = DocumentReader.withOcr(new PdfOcr("no-such-tesseract", "chi_sim"));
        assertThatThrownBy(() -> reader.read("scan.pdf", scan)).isInstanceOfSatisfying(UnreadableReportException.class,
                e -> assertThat(e.reason()).contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"));
    }
}
