package dev.reportsearch.core.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one normal form that both indexed text and queries are analysed in: NFKC (PDF look-alike
 * code points such as ⼉ become 儿, full-width Latin and digits become ASCII) and Traditional
 * characters folded to Simplified, so either script finds both.
 *
 * <p>ICU's Traditional-Simplified transliterator runs at well under 1 MB/s; its mapping is
 * character by character, so it is applied once per character at start-up into a table and the
 * table is used from then on. Every mapping is one char to one char, so positions in the normal
 * form line up with the original wherever NFKC keeps lengths (see {@link #sameLength}).
 */
public final class SearchText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final char[] TO_SIMPLIFIED = simplifiedTable();

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String nfkc = NFKC.isNormalized(text) ? text : NFKC.normalize(text);
        char[] chars = null;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            char s = TO_SIMPLIFIED[c];
            if (s != 0 && s != c) {
                if (chars == null) {
                    chars = nfkc.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? nfkc : new String(chars);
    }

    /** Traditional to Simplified for one character; the character itself when it has no other form. */
    public static char simplified(char c) {
        char s = TO_SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    /** True when {@code normalized} has as many chars as {@code original}, so offsets carry over. */
    public static boolean sameLength(String original, String normalized) {
        return original != null && normalized != null && original.length() == normalized.length();
    }

    private static char[] simplifiedTable() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        char[] table = new char[Character.MAX_VALUE + 1];
        fill(t, table, 0x3400, 0x4DBF);
        fill(t, table, 0x4E00, 0x9FFF);
        fill(t, table, 0xF900, 0xFAFF);
        return table;
    }

    private static void fill(Transliterator t, char[] table, int from, int to) {
        StringBuilder all = new StringBuilder(to - from + 1);
        for (int c = from; c <= to; c++) {
            all.append((char) c);
        }
        // One call over the whole block: much faster than a call per character.
        String mapped = t.transliterate(all.toString());
        if (mapped.length() == all.length()) {
            for (int i = 0; i < mapped.length(); i++) {
                if (mapped.charAt(i) != all.charAt(i)) {
                    table[from + i] = mapped.charAt(i);
                }
            }
        } else {
            for (int c = from; c <= to; c++) {
                String one = t.transliterate(String.valueOf((char) c));
                if (one.length() == 1 && one.charAt(0) != c) {
                    table[c] = one.charAt(0);
                }
            }
        }
    }
}
