package dev.reportsearch.core.text;

import java.util.BitSet;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one normal form that both indexed text and queries are analysed in: NFKC (PDF look-alike
 * code points such as ⼉ become 儿, full-width Latin and digits become ASCII) and Traditional
 * characters folded to Simplified, so either script finds both.
 *
 * <p>ICU's Traditional-Simplified transliterator runs at well under 1 MB/s; its mapping is
 * character by character, so it is applied once per character at start-up into a table and the
 * table is used from then on. Every mapping is one char to one char, so it moves no offsets.
 *
 * <p>Elasticsearch applies this same form to the indexed text: our analysis plugin's char filter runs
 * {@link #nfkc()} and then {@link #simplified(char)}, so the index stores each text once (the original) and
 * analyses its search form from it.
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

    /** The compatibility normalisation this form starts with (the first of its two steps). */
    public static Normalizer2 nfkc() {
        return NFKC;
    }

    /** Traditional to Simplified for one character; the character itself when it has no other form. */
    public static char simplified(char c) {
        char s = TO_SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    private static char[] simplifiedTable() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        char[] table = new char[Character.MAX_VALUE + 1];
        fill(t, table, 0x3400, 0x4DBF);
        fill(t, table, 0x4E00, 0x9FFF);
        fill(t, table, 0xF900, 0xFAFF);
        resolveChains(table);
        return table;
    }

    /**
     * ICU maps a few characters to one that it maps again, some in a circle (苎 → 苧 → 苎): each goes straight
     * to the end of its chain, a circle to its lowest character, so that the form is stable. Elasticsearch
     * applies it to the text and to the query already normalised here: both must land on the same character.
     */
    private static void resolveChains(char[] table) {
        char[] ends = table.clone();
        for (int c = 0; c < table.length; c++) {
            if (table[c] == 0) {
                continue;
            }
            BitSet seen = new BitSet();
            char at = (char) c;
            while (table[at] != 0 && table[at] != at && !seen.get(at)) {
                seen.set(at);
                at = table[at];
            }
            char end = seen.get(at) ? lowestInCircle(table, at) : at;
            ends[c] = end == c ? 0 : end;
        }
        System.arraycopy(ends, 0, table, 0, table.length);
    }

    private static char lowestInCircle(char[] table, char member) {
        char lowest = member;
        for (char at = table[member]; at != member; at = table[at]) {
            lowest = (char) Math.min(lowest, at);
        }
        return lowest;
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
