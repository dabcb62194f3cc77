package dev.reportsearch.indexer.read;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Writes Chinese PDFs for tests and the sample script, with Debian's WenQuanYi Micro Hei (fonts-wqy-microhei, which
 * {@code ./reportsearch test} installs): lines placed by hand, justified paragraphs that wrap like a word processor's
 * (first line indented two characters), and whole reports laid out on A4 pages with a running header and page numbers.
 */
final class TestPdf implements Closeable {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 72;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    static final float BODY = 14;
    static final float HEADING = 17;
    static final float TITLE = 22;
    static final float LEADING = 1.75f;

    private final PDDocument doc = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDFont font;
    private PDPageContentStream content;

    TestPdf() throws IOException {
        if (!Files.isReadable(FONT)) {
            throw new IllegalStateException("Chinese test PDFs need " + FONT + ": apt-get install fonts-wqy-microhei");
        }
        collection = new TrueTypeCollection(FONT.toFile());
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        font = PDType0Font.load(doc, fonts.get(0), true);
    }

    TestPdf newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        return this;
    }

    /** One line whose baseline is {@code top} points below the page's top edge. */
    TestPdf line(float x, float top, float size, String text) throws IOException {
        return line(x, top, size, text, 0);
    }

    /** A line stretched to {@code width} by spacing its characters, as justified text is. */
    TestPdf justified(float x, float top, float size, float width, String text) throws IOException {
        int n = text.codePointCount(0, text.length());
        float natural = font.getStringWidth(text) / 1000 * size;
        return line(x, top, size, text, n > 1 ? (width - natural) / (n - 1) : 0);
    }

    private TestPdf line(float x, float top, float size, String text, float spacing) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setCharacterSpacing(spacing);
        content.newLineAtOffset(x, PAGE_HEIGHT - top);
        content.showText(text);
        content.endText();
        return this;
    }

    /** The line centred on the page. */
    TestPdf centred(float top, float size, String text) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        return line(LEFT + (WIDTH - width) / 2, top, size, text);
    }

    /** The paragraph's lines: wrapped to {@code width}, the first indented two characters. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = width - 2 * size;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (font.getStringWidth(next) / 1000 * size > available && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
                continue;
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A justified paragraph from {@code top}; the top of the line after it. */
    float paragraph(float x, float top, float size, float width, String text) throws IOException {
        List<String> lines = wrap(text, size, width);
        for (int i = 0; i < lines.size(); i++) {
            float indent = i == 0 ? 2 * size : 0;
            if (i < lines.size() - 1) {
                justified(x + indent, top, size, width - indent, lines.get(i));
            } else {
                line(x + indent, top, size, lines.get(i));
            }
            top += size * LEADING;
        }
        return top;
    }

    TestPdf outline(String... titles) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (String title : titles) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            outline.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
        return this;
    }

    TestPdf info(String title, Calendar created) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreationDate(created);
        return this;
    }

    PDDocument document() {
        return doc;
    }

    byte[] bytes() throws IOException {
        closeContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * A whole report on A4 pages: the title centred and large, headings (lines starting "#") larger and flush left,
     * paragraphs justified; from page 2 a running header; every page numbered "- n -" at its foot.
     */
    static byte[] report(String title, List<String> blocks, String runningHeader) throws IOException {
        return report(title, blocks, runningHeader, null, null);
    }

    /** {@link #report(String, List, String)} with the title and creation date in the PDF's properties. */
    static byte[] report(String title, List<String> blocks, String runningHeader, String propertyTitle, Calendar created) throws IOException {
        try (TestPdf pdf = new TestPdf()) {
            pdf.info(propertyTitle, created);
            float bottom = PAGE_HEIGHT - 90;
            int page = 1;
            pdf.newPage().footer(page);
            float top = 100;
            pdf.centred(top, TITLE, title);
            top += TITLE * 2.5f;
            for (String block : blocks) {
                boolean heading = block.startsWith("#");
                String text = heading ? block.substring(1).strip() : block;
                float size = heading ? HEADING : BODY;
                List<String> lines = heading ? List.of(text) : pdf.wrap(text, size, WIDTH);
                for (int i = 0; i < lines.size(); i++) {
                    if (top > bottom) {
                        pdf.newPage().footer(++page);
                        pdf.centred(50, 9, runningHeader);
                        top = 100;
                    }
                    float indent = !heading && i == 0 ? 2 * size : 0;
                    if (heading || i == lines.size() - 1) {
                        pdf.line(LEFT + indent, top, size, lines.get(i));
                    } else {
                        pdf.justified(LEFT + indent, top, size, WIDTH - indent, lines.get(i));
                    }
                    top += size * LEADING;
                }
                top += heading ? size * 0.5f : 0;
            }
            return pdf.bytes();
        }
    }

    private TestPdf footer(int page) throws IOException {
        return centred(PAGE_HEIGHT - 50, 10, "- " + page + " -");
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
        doc.close();
        collection.close();
    }
}
