package dev.reportsearch.core.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one normal form that both indexed text and queries are analysed in: NFKC (PDF look-alike
 * code points such as ⼉ become 儿, full-width Latin and digits become ASCII) and Traditional
 * characters folded to Simplified, so either script finds both.
 *
 * <p>Every mapping applied is one code point to one code point wherever ICU allows, so positions in
 * the normal form usually line up with the original (see {@link #sameLength}).
 */
public final class SearchText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // Transliterator instances are not documented as thread-safe; one per thread is cheap.
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return TO_SIMPLIFIED.get().transliterate(NFKC.normalize(text));
    }

    /** True when {@code normalized} has as many chars as {@code original}, so offsets carry over. */
    public static boolean sameLength(String original, String normalized) {
        return original != null && normalized != null && original.length() == normalized.length();
    }
}
