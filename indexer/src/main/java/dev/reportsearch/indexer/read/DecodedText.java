package dev.reportsearch.indexer.read;

/**
 * Bytes decoded to text.
 *
 * @param text    the text, without a byte-order mark
 * @param charset the name of the character set used
 * @param damage  byte sequences that could not be decoded and were replaced by U+FFFD
 */
public record DecodedText(String text, String charset, DecodingDamage damage) {
    public DecodedText(String text, String charset) {
        this(text, charset, DecodingDamage.NONE);
    }
}
