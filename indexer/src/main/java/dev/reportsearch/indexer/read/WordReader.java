package dev.reportsearch.indexer.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Word file's body as lines: each paragraph a line, each table one line ({@link TableText}); page headers and
 * footers are parts of their own and stay out. Headings come from styles, outline levels and all-bold short
 * paragraphs ({@link WordHeadings}); title and date from the file's properties, and a .docx's web address from its
 * identifier or hyperlink base ({@link DocumentUrls}). {@code .docx} is read with POI's
 * XWPF (its zip-bomb guard on), {@code .doc} and Word-binary {@code .wps} with HWPF. Password-protected and corrupt
 * files are refused with the reason.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordReader {
    public WordReader() {
    }

    public ReadDocument readDocx(String fileName, byte[] content) throws UnreadableReportException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            Set<String> hints = new LinkedHashSet<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = clean(p.getText());
                    if (!text.isEmpty()) {
                        lines.add(text);
                        if (WordHeadings.isHeading(text, styleName(docx, p), outlineLevel(docx, p), allBold(p))) {
                            hints.add(text);
                        }
                    }
                } else if (element instanceof XWPFTable table) {
                    addRows(table, lines);
                } else if (element instanceof XWPFSDT control) {
                    // a content control (templates put whole reports in one): its paragraphs, one a line
                    control.getContent().getText().lines().map(WordReader::clean).filter(l -> !l.isEmpty()).forEach(lines::add);
                }
            }
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            Date date = core.getModified() != null ? core.getModified() : core.getCreated();
            String url = DocumentUrls.property(Arrays.asList(core.getIdentifier(), docx.getProperties().getExtendedProperties().getHyperlinkBase()));
            return document(fileName, DocumentFormat.DOCX, lines, hints, core.getTitle(), date, url);
        } catch (EncryptedDocumentException e) {
            throw encrypted(fileName, e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, "Word (.docx)", e);
        }
    }

    public ReadDocument readDoc(String fileName, byte[] content) throws UnreadableReportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableReportException(fileName, "encrypted Word file: it needs a password to open");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new UnreadableReportException(fileName, "not a Word document (an Office file of another kind, or an old WPS format)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                List<String> lines = new ArrayList<>();
                Set<String> hints = new LinkedHashSet<>();
                Range range = doc.getRange();
                TableText table = new TableText();
                for (int i = 0; i < range.numParagraphs(); i++) {
                    Paragraph p = range.getParagraph(i);
                    String text = clean(Range.stripFields(p.text()));
                    if (p.isInTable()) {
                        table.cell(text);
                        if (p.isTableRowEnd()) {
                            table.endRow();
                        }
                        continue;
                    }
                    table.flushInto(lines);
                    if (text.isEmpty()) {
                        continue;
                    }
                    lines.add(text);
                    StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
                    if (WordHeadings.isHeading(text, style == null ? null : style.getName(), p.getLvl(), allBold(p))) {
                        hints.add(text);
                    }
                }
                table.flushInto(lines);
                SummaryInformation summary = doc.getSummaryInformation();
                String title = summary == null ? null : summary.getTitle();
                Date date = summary == null ? null : summary.getLastSaveDateTime() != null ? summary.getLastSaveDateTime() : summary.getCreateDateTime();
                return document(fileName, DocumentFormat.DOC, lines, hints, title, date, null);
            }
        } catch (EncryptedDocumentException e) {
            throw encrypted(fileName, e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, "Word (.doc)", e);
        }
    }

    private static ReadDocument document(String fileName, DocumentFormat format, List<String> lines, Set<String> hints,
                                         String title, Date date, String url) throws UnreadableReportException {
        if (lines.isEmpty()) {
            throw new UnreadableReportException(fileName, "Word file with no text");
        }
        LocalDate day = date == null ? null : date.toInstant().atZone(ZoneOffset.ofHours(8)).toLocalDate(); // China Standard Time
        return new ReadDocument(fileName, format, format.name(), lines, new PageMetadata(DocumentTitles.of(title), day, url, null), hints);
    }

    private static void addRows(XWPFTable table, List<String> lines) {
        TableText text = new TableText();
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                text.cell(clean(cell.getText()));
            }
            text.endRow();
        }
        text.flushInto(lines);
    }

    private static String styleName(XWPFDocument docx, XWPFParagraph p) {
        if (p.getStyleID() == null || docx.getStyles() == null) {
            return null;
        }
        XWPFStyle style = docx.getStyles().getStyle(p.getStyleID());
        return style != null ? style.getName() : p.getStyleID();
    }

    private static int outlineLevel(XWPFDocument docx, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
            return p.getCTP().getPPr().getOutlineLvl().getVal().intValue();
        }
        return -1;
    }

    private static boolean allBold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean allBold(Paragraph p) {
        boolean any = false;
        for (int i = 0; i < p.numCharacterRuns(); i++) {
            var run = p.getCharacterRun(i);
            if (run.text().isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Word's control characters (cell and row marks, soft breaks, field marks) out, spaces collapsed. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\u0000-\\u0008\\u000B-\\u001F\\u00A0\\u3000]", " ").replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private static UnreadableReportException encrypted(String fileName, Exception e) {
        return new UnreadableReportException(fileName, "encrypted Word file: it needs a password to open", e);
    }

    private static UnreadableReportException unreadable(String fileName, String kind, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (isZipBomb(e)) {
            return new UnreadableReportException(fileName, "refused: " + kind + " expands far beyond its size (a zip bomb?)", e);
        }
        return new UnreadableReportException(fileName, "corrupt " + kind + " file: " + firstLine(message), e);
    }

    /** POI's guard against archives that inflate far beyond their size says so somewhere in the causes. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline >= 0 ? message.substring(0, newline) : message;
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
