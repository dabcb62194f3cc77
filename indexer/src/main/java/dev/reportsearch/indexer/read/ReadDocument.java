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
 */
public record ReadDocument(String fileName, DocumentFormat format, String charset, List<String> lines,
                           PageMetadata metadata, Set<String> headingHints) {
    public ReadDocument {
        lines = List.copyOf(lines);
        headingHints = Set.copyOf(headingHints);
    }
}
