package dev.reportsearch.indexer.read;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes Word (.docx) files for tests and the sample script with POI: paragraphs, headings in Word's heading styles
 * (ids as Chinese Word writes them, "1", "2", named "heading 1", "heading 2"), bold-only lines, tables, a page
 * header, and the title and dates in the file's properties.
 */
final class TestDocx implements Closeable {
    private final XWPFDocument doc = new XWPFDocument();

    TestDocx() {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(Integer.toString(level));
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    TestDocx paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    TestDocx heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(Integer.toString(level));
        p.createRun().setText(text);
        return this;
    }

    TestDocx bold(String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
        return this;
    }

    TestDocx table(List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    /** A block content control holding these paragraphs, as document templates have. */
    TestDocx contentControl(String... paragraphs) {
        var content = doc.getDocument().getBody().addNewSdt().addNewSdtContent();
        for (String text : paragraphs) {
            content.addNewP().addNewR().addNewT().setStringValue(text);
        }
        return this;
    }

    TestDocx header(String text) {
        doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
        return this;
    }

    TestDocx properties(String title, Date modified) {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setModified(Optional.ofNullable(modified));
        doc.getProperties().getCoreProperties().setCreated(Optional.ofNullable(modified));
        return this;
    }

    /** The web address in the file's properties (its identifier), as a publishing system may write it. */
    TestDocx identifier(String url) {
        doc.getProperties().getCoreProperties().setIdentifier(url);
        return this;
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    /**
     * A whole report: the title as a bold line, headings (lines starting "#") in "heading 1", table rows (cells
     * separated by "|") as tables, paragraphs as they are; the page header and the properties' title and date.
     */
    static byte[] report(String title, List<String> blocks, String pageHeader, String propertyTitle, Date modified) throws IOException {
        try (TestDocx docx = new TestDocx()) {
            docx.header(pageHeader).properties(propertyTitle, modified).bold(title);
            List<List<String>> rows = new java.util.ArrayList<>();
            for (String block : blocks) {
                if (block.contains("|")) {
                    rows.add(List.of(block.split("\\|")));
                    continue;
                }
                if (!rows.isEmpty()) {
                    docx.table(rows);
                    rows = new java.util.ArrayList<>();
                }
                if (block.startsWith("#")) {
                    docx.heading(1, block.substring(1).strip());
                } else {
                    docx.paragraph(block);
                }
            }
            if (!rows.isEmpty()) {
                docx.table(rows);
            }
            return docx.bytes();
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
