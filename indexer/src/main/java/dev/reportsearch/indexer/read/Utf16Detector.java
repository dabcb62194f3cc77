package dev.reportsearch.indexer.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark (what some Windows tools save), which would otherwise be
 * called binary for its zero bytes. Every ASCII character (digits, line breaks, Latin letters) has a
 * zero high byte, so in UTF-16 the zero bytes fall on one parity only: odd offsets for little-endian,
 * even for big-endian. Chinese text with no ASCII at all has no zero bytes; it is recognised when the
 * decoding is mostly common Chinese characters. Either way the decoded opening must read as text.
 */
final class Utf16Detector {
    /** Enough of the opening to judge by. */
    private static final int SAMPLE = 8192;
    /** Zero bytes needed to judge by them (eight ASCII characters); a handful of bytes proves nothing. */
    private static final int MIN_ZEROS = 8;
    /** Zeros on the other parity tolerated per zero on the ASCII-high-byte parity (binary has them on both). */
    private static final int PARITY_RATIO = 10;
    /** Share of code points that must be text-like (letters, Chinese, punctuation, line breaks). */
    private static final double TEXT_SHARE = 0.95;
    /** For zero-less text: ideographs among the code points, and common ones among the ideographs. */
    private static final double IDEOGRAPH_SHARE = 0.3;
    private static final double COMMON_SHARE = 0.6;

    private final CommonHanzi common;

    Utf16Detector(CommonHanzi common) {
        this.common = common;
    }

    /** UTF-16LE or UTF-16BE when the zero bytes say so and the opening reads as text. */
    Optional<Charset> byZeroBytes(byte[] bytes) {
        int n = sampleLength(bytes);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        Charset charset;
        if (oddZeros >= MIN_ZEROS && evenZeros * PARITY_RATIO <= oddZeros) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros >= MIN_ZEROS && oddZeros * PARITY_RATIO <= evenZeros) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        return readsAsText(bytes, n, charset, false) ? Optional.of(charset) : Optional.empty();
    }

    /** UTF-16LE or UTF-16BE for Chinese text without zero bytes: only when the opening is mostly common Chinese. */
    Optional<Charset> byCommonHanzi(byte[] bytes) {
        int n = sampleLength(bytes);
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            if (readsAsText(bytes, n, charset, true)) {
                return Optional.of(charset);
            }
        }
        return Optional.empty();
    }

    private static int sampleLength(byte[] bytes) {
        return Math.min(bytes.length, SAMPLE) & ~1;
    }

    private boolean readsAsText(byte[] bytes, int n, Charset charset, boolean mostlyChinese) {
        if (n < 2) {
            return false;
        }
        DecodeAttempt sample = DecodeAttempt.of(bytes, 0, n, charset);
        if (sample.damage().sequences() > 1) { // one: a surrogate pair cut by the sample's end
            return false;
        }
        String text = sample.text();
        int codePoints = 0;
        int texty = 0;
        int ideographs = 0;
        int commons = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            codePoints++;
            if (isTextLike(cp)) {
                texty++;
            }
            if (Character.isIdeographic(cp)) {
                ideographs++;
                if (common.contains(cp)) {
                    commons++;
                }
            }
        }
        if (texty < TEXT_SHARE * codePoints) {
            return false;
        }
        return !mostlyChinese || ideographs >= IDEOGRAPH_SHARE * codePoints && commons >= COMMON_SHARE * ideographs;
    }

    private static boolean isTextLike(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return true;
        }
        if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.PRIVATE_USE) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.INHERITED;
    }
}
