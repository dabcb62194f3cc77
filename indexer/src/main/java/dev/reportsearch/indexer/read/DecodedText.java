package dev.reportsearch.indexer.read;

/**
 * Bytes decoded to text.
 *
 * @param text    the text, without a byte-order mark
 * @param charset the name of the character set used
 */
public record DecodedText(String text, String charset) {
}
