package dev.reportsearch.indexer.read;

/**
 * One line of a PDF page as laid out: its text and where it sits, in points from the page's top left.
 *
 * @param page     1-based page number
 * @param text     the line's characters in reading order
 * @param left     x of its first glyph
 * @param right    x where its last glyph ends
 * @param top      y of its baseline, growing down the page
 * @param fontSize the size of most of its glyphs
 * @param font     the name of the font most of its glyphs use (subset prefix removed)
 * @param bold     true when every glyph is set in a bold or heavy face
 */
public record PdfLine(int page, String text, float left, float right, float top, float fontSize, String font, boolean bold) {
}
