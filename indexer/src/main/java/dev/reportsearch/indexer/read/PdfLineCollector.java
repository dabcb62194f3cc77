package dev.reportsearch.indexer.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDFBox's text stripper, made to hand back positioned lines instead of a string, and to count the glyphs whose
 * font gives no Unicode for them (a font without a ToUnicode map): those are dropped by the stripper and would
 * otherwise leave gaps nobody sees. One instance reads one document on one thread.
 */
final class PdfLineCollector extends PDFTextStripper {
    /** Font names of bold or heavy faces (a Chinese 黑体 is a typeface, not a weight: it counts as a font change). */
    private static final Pattern BOLD_NAME = Pattern.compile("(?i)bold|heavy|black|demi");

    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private final java.util.Set<String> undecodedFonts = new java.util.TreeSet<>();
    private final long maxGlyphs;
    private long glyphs;
    private long undecoded;

    /** Thrown past {@code maxGlyphs}: a few compressed bytes can hold endless text, which would fill the heap. */
    static final class TooMuchText extends IOException {
        private static final long serialVersionUID = 1L;

        TooMuchText(long maxGlyphs) {
            super("more than " + maxGlyphs + " glyphs");
        }
    }

    /** @param maxGlyphs how many glyphs a document may show before it is refused as no report */
    PdfLineCollector(long maxGlyphs) throws IOException {
        this.maxGlyphs = maxGlyphs;
        setSortByPosition(false); // content order keeps columns apart; sorting interleaves them
        setSuppressDuplicateOverlappingText(true);
    }

    /** Every page's lines, in reading order. */
    List<PdfLine> read(PDDocument document) throws IOException {
        writeText(document, new StringWriter());
        endLine();
        return List.copyOf(lines);
    }

    long glyphs() {
        return glyphs;
    }

    /** Glyphs whose font maps them to no character (or to U+FFFD). */
    long undecoded() {
        return undecoded;
    }

    /** The fonts whose glyphs could not be decoded. */
    java.util.Set<String> undecodedFonts() {
        return java.util.Set.copyOf(undecodedFonts);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        if (++glyphs > maxGlyphs) {
            throw new TooMuchText(maxGlyphs);
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.indexOf('\uFFFD') >= 0) {
            undecoded++;
            undecodedFonts.add(fontName(font));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new IOException("parse cancelled");
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) {
        text.append(string);
        positions.addAll(textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String line = LineText.withoutSpacesBetweenChinese(text.toString().strip());
        if (!line.isEmpty() && !positions.isEmpty()) {
            // a paragraph indented with ideographic spaces starts where its first visible character does
            TextPosition first = positions.stream().filter(p -> !p.getUnicode().isBlank()).findFirst().orElse(positions.get(0));
            TextPosition last = positions.get(positions.size() - 1);
            for (int i = positions.size() - 1; i >= 0 && positions.get(i).getUnicode().isBlank(); i--) {
                last = positions.get(Math.max(0, i - 1));
            }
            Map<Float, Integer> sizes = new HashMap<>();
            Map<String, Integer> fonts = new HashMap<>();
            boolean bold = true;
            float top = 0;
            for (TextPosition p : positions) {
                sizes.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
                fonts.merge(fontName(p.getFont()), 1, Integer::sum);
                bold &= isBold(p.getFont());
                top = Math.max(top, p.getYDirAdj());
            }
            lines.add(new PdfLine(getCurrentPageNo(), line, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    top, mostCommon(sizes), mostCommon(fonts), bold));
        }
        text.setLength(0);
        positions.clear();
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor descriptor = f.getFontDescriptor();
            if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
                return true;
            }
            return BOLD_NAME.matcher(fontName(f)).find();
        });
    }

    private static String fontName(PDFont font) {
        String name = font == null || font.getName() == null ? "" : font.getName();
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(plus + 1) : name; // "ABCDEF+Font" names a subset of Font
    }

    private static <K> K mostCommon(Map<K, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
