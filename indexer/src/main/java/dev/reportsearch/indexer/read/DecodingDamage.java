package dev.reportsearch.indexer.read;

import java.util.Locale;
import java.util.Optional;

/**
 * Byte sequences a decoding could not read and replaced by U+FFFD: a stray bad byte in an otherwise
 * sound GB18030 or Big5 file should cost a character, not the report.
 *
 * @param sequences   how many damaged sequences were replaced (0: none)
 * @param firstOffset the byte offset of the first one (-1 when there is none)
 */
public record DecodingDamage(int sequences, long firstOffset) {
    public static final DecodingDamage NONE = new DecodingDamage(0, -1);

    public boolean any() {
        return sequences > 0;
    }

    /** A warning for people, naming the charset used; empty when nothing was damaged. */
    public Optional<String> warning(String charset) {
        if (!any()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "decoded as %s with %d damaged byte sequence%s replaced by \uFFFD (first at byte %d); "
                        + "the rest of the text is indexed, check the file if these characters matter",
                charset, sequences, sequences == 1 ? "" : "s", firstOffset));
    }
}
