package dev.reportsearch.indexer.read;

import java.util.List;
import java.util.Set;

/**
 * A file decoded into lines of text, as written (not yet cleaned).
 *
 * @param fileName     the file as given to the reader
 * @param format       text or HTML
 * @param charset      the character set the bytes were decoded with
 * @param lines        the body's lines in order (for HTML: the main content's blocks)
 * @param metadata     what the page's markup says about itself ({@link PageMetadata#NONE} for text files)
 * @param headingHints lines the markup marks as headings (h1-h4, bold-only paragraphs)
 * @param damage       byte sequences the decoding replaced by U+FFFD
 */
public record ReadDocument(String fileName, DocumentFormat format, String charset, List<String> lines,
                           PageMetadata metadata, Set<String> headingHints, DecodingDamage damage) {
    public ReadDocument {
        lines = List.copyOf(lines);
        headingHints = Set.copyOf(headingHints);
    }

    /** A document read without damage. */
    public ReadDocument(String fileName, DocumentFormat format, String charset, List<String> lines,
                        PageMetadata metadata, Set<String> headingHints) {
        this(fileName, format, charset, lines, metadata, headingHints, DecodingDamage.NONE);
    }

    public ReadDocument withDamage(DecodingDamage damage) {
        return new ReadDocument(fileName, format, charset, lines, metadata, headingHints, damage);
    }

    /** What a person should know about how the file was read (damaged bytes, OCR); empty when it read cleanly. */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>(damage.warning(charset).stream().toList());
        if (PdfOcr.CHARSET.equals(charset)) {
            warnings.add("read by OCR from its page images: words and figures may be misread");
        }
        return List.copyOf(warnings);
    }
}
