package dev.reportsearch.indexer.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PDF's text layer as lines a person reads (see {@link PdfLayout}), with heading hints from its outline
 * (bookmarks) and from short lines set larger, bolder or in another face than the body, and its title and
 * creation date from its properties, and its web address from them or from the running lines a browser prints it in. Refuses, with the reason, PDFs that need a password, are corrupt, have no
 * text layer (scans, unless OCR is on: {@link PdfOcr}) or whose fonts cannot be decoded to characters: such text would be garbage.
 *
 * <p>Immutable and thread-safe; each read has its own parser.
 */
public final class PdfReader {
    /** Above this share of undecodable glyphs the text is garbage, not a few odd symbols. */
    static final double MAX_UNDECODED = 0.02;
    private static final int MAX_OUTLINE_ITEMS = 2_000;

    /**
     * Glyphs a PDF may show: ten times the longest report (a 300-page one shows about half a million), far below
     * what fills the heap. Past it the file is a decompression bomb or no report, and is refused.
     */
    public static final long DEFAULT_MAX_GLYPHS = 5_000_000;

    private final long maxMainMemory;
    private final long maxGlyphs;
    private final PdfOcr ocr;

    /** @param maxMainMemory bytes of the parsed document kept in memory; the rest goes to a temporary file */
    public PdfReader(long maxMainMemory) {
        this(maxMainMemory, DEFAULT_MAX_GLYPHS, null);
    }

    /**
     * @param maxGlyphs glyphs a PDF may show before it is refused
     * @param ocr       what reads scanned pages, or null to refuse scans
     */
    public PdfReader(long maxMainMemory, long maxGlyphs, PdfOcr ocr) {
        this.maxMainMemory = maxMainMemory;
        this.maxGlyphs = maxGlyphs;
        this.ocr = ocr;
    }

    public ReadDocument read(String fileName, byte[] content) throws UnreadableReportException {
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, MemoryUsageSetting.setupMixed(maxMainMemory).streamCache)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new UnreadableReportException(fileName, "PDF with no pages");
            }
            PdfLineCollector collector = new PdfLineCollector(maxGlyphs);
            List<PdfLine> lines = collector.read(pdf);
            int imagePages = hasNoText(lines, collector) ? imagePages(pdf) : 0;
            if (imagePages > 0) {
                return scanned(fileName, pdf, imagePages);
            }
            checkTextLayer(fileName, lines, collector);
            List<PdfLine> body = PdfLayout.withoutPageFurniture(lines);
            List<PdfLayout.Paragraph> paragraphs = PdfLayout.paragraphs(body);
            Set<String> hints = new LinkedHashSet<>(outlineTitles(pdf));
            hints.addAll(headingLines(paragraphs));
            List<String> text = paragraphs.stream().map(PdfLayout.Paragraph::text).toList();
            PageMetadata metadata = metadata(pdf.getDocumentInformation());
            if (metadata.url() == null) { // a web page printed to PDF: the browser prints its address on every page
                Set<PdfLine> kept = Collections.newSetFromMap(new IdentityHashMap<>());
                kept.addAll(body);
                List<String> running = lines.stream().filter(l -> !kept.contains(l)).map(PdfLine::text).toList();
                String url = DocumentUrls.running(running, Math.min(2, pdf.getNumberOfPages()));
                metadata = new PageMetadata(metadata.title(), metadata.publishedAt(), url, metadata.publisher());
            }
            return new ReadDocument(fileName, DocumentFormat.PDF, "PDF", text, metadata, hints);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(fileName, "encrypted PDF: it needs a password to open", e);
        } catch (PdfLineCollector.TooMuchText e) {
            throw new UnreadableReportException(fileName, String.format(Locale.ROOT,
                    "refused: PDF shows more than %,d characters, far beyond any report (a decompression bomb?)", maxGlyphs), e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("parse cancelled");
            }
            throw new UnreadableReportException(fileName, "corrupt PDF: " + e.getMessage(), e);
        }
    }

    /** A scan: its text by OCR when that is on, else refused with the reason. */
    private ReadDocument scanned(String fileName, PDDocument pdf, int imagePages) throws UnreadableReportException, IOException {
        String images = imagePages + " of " + pdf.getNumberOfPages() + " pages are images";
        if (ocr == null) {
            throw new UnreadableReportException(fileName, "PDF has no text layer: scanned? (" + images + "; OCR is off: --ocr reads them)");
        }
        List<String> text = ocr.paragraphs(fileName, pdf);
        if (text.isEmpty()) {
            throw new UnreadableReportException(fileName, "PDF has no text layer: scanned? (" + images + "; OCR found no text in them)");
        }
        return new ReadDocument(fileName, DocumentFormat.PDF, PdfOcr.CHARSET, text, metadata(pdf.getDocumentInformation()), Set.of());
    }

    private static long characters(List<PdfLine> lines) {
        return lines.stream().mapToLong(l -> l.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
    }

    private static boolean hasNoText(List<PdfLine> lines, PdfLineCollector collector) {
        return characters(lines) == 0 && collector.undecoded() == 0;
    }

    private static void checkTextLayer(String fileName, List<PdfLine> lines, PdfLineCollector collector)
            throws UnreadableReportException {
        long characters = characters(lines);
        if (hasNoText(lines, collector)) {
            throw new UnreadableReportException(fileName, "PDF with no text");
        }
        long garbled = lines.stream().mapToLong(l -> l.text().codePoints().filter(PdfReader::isGarbage).count()).sum();
        long bad = collector.undecoded() + garbled;
        long all = Math.max(collector.glyphs(), characters + collector.undecoded());
        double share = all == 0 ? 0 : (double) bad / all;
        if (share > MAX_UNDECODED) {
            Set<String> fonts = collector.undecodedFonts();
            throw new UnreadableReportException(fileName, String.format(Locale.ROOT,
                    "%d%% of characters could not be decoded%s; the text would be garbage, so the PDF was skipped",
                    Math.max(1, Math.round(share * 100)),
                    fonts.isEmpty() ? "" : " (fonts without a Unicode map: " + String.join(", ", fonts) + ")"));
        }
    }

    /** U+FFFD, private-use code points and control characters: what undecodable fonts extract as. */
    private static boolean isGarbage(int c) {
        int type = Character.getType(c);
        return c == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL && !Character.isWhitespace(c);
    }

    private static int imagePages(PDDocument pdf) {
        int pages = 0;
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                try {
                    if (resources.isImageXObject(name)) {
                        pages++;
                        break;
                    }
                } catch (RuntimeException e) {
                    // a broken resource is no image
                }
            }
        }
        return pages;
    }

    /** The bookmarks' titles, every level. */
    private static List<String> outlineTitles(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), titles, 0);
        }
        return titles;
    }

    private static void collectTitles(PDOutlineNode node, List<String> titles, int depth) {
        if (depth > 8) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (titles.size() >= MAX_OUTLINE_ITEMS) {
                return;
            }
            if (item.getTitle() != null && !item.getTitle().isBlank()) {
                titles.add(item.getTitle().strip());
            }
            collectTitles(item, titles, depth + 1);
        }
    }

    /** One-line paragraphs that stand out from the body: larger, bold, or in another face; never a sentence. */
    static List<String> headingLines(List<PdfLayout.Paragraph> paragraphs) {
        Map<String, Integer> faces = new HashMap<>();
        for (PdfLayout.Paragraph p : paragraphs) {
            faces.merge(face(p.first()), p.text().length(), Integer::sum);
        }
        String body = faces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<PdfLine> bodyLines = paragraphs.stream().map(PdfLayout.Paragraph::first).filter(l -> face(l).equals(body)).toList();
        float bodySize = bodyLines.isEmpty() ? 0 : bodyLines.get(0).fontSize();
        List<String> hints = new ArrayList<>();
        for (PdfLayout.Paragraph p : paragraphs) {
            PdfLine first = p.first();
            boolean standsOut = first.bold() || first.fontSize() >= bodySize + 1 || !face(first).equals(body) && first.fontSize() >= bodySize - 0.6f;
            if (p.lines() == 1 && standsOut && HeadingShape.fits(p.text())) {
                hints.add(p.text());
            }
        }
        return hints;
    }

    private static String face(PdfLine line) {
        return line.font() + "/" + Math.round(line.fontSize()) + (line.bold() ? "/b" : "");
    }

    private static PageMetadata metadata(PDDocumentInformation info) {
        if (info == null) {
            return PageMetadata.NONE;
        }
        Calendar created = info.getCreationDate() != null ? info.getCreationDate() : info.getModificationDate();
        LocalDate date = created == null ? null : created.toInstant().atZone(ZoneOffset.ofHours(8)).toLocalDate(); // China Standard Time
        List<String> values = info.getMetadataKeys().stream().map(info::getCustomMetadataValue).toList();
        return new PageMetadata(DocumentTitles.of(info.getTitle()), date, DocumentUrls.property(values), null);
    }
}
