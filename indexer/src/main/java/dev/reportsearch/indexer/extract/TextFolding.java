package dev.reportsearch.indexer.extract;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import dev.reportsearch.core.text.SearchText;

import java.util.BitSet;

/**
 * Folds text, one code point at a time, into the form the extract tables are written in: NFKC
 * (full-width digits, ％ and ，become ASCII; a no-break space becomes a space) and the Traditional
 * spelling of the characters the tables use made Simplified (萬→万, 億→亿, 捐贈→捐赠).
 *
 * <p>Why not {@code SearchText.normalize}: the full Traditional-to-Simplified transliterator runs
 * under 1 MB/s, too slow for every section of every report, and it may change lengths. Folding only
 * the characters our own vocabulary holds is a table look-up; the table is built once from that
 * vocabulary by asking ICU for each character's Traditional form.
 */
final class TextFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final char[] simplified = new char[Character.MAX_VALUE + 1];

    TextFolding(CharSequence vocabulary) {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        BitSet words = new BitSet(Character.MAX_VALUE + 1);
        vocabulary.codePoints().filter(Character::isIdeographic).distinct().forEach(cp -> {
            String simple = Character.toString(cp);
            if (simple.length() == 1) {
                words.set(cp);
            }
            String traditional = toTraditional.transliterate(simple);
            if (simple.length() == 1 && traditional.length() == 1 && !traditional.equals(simple)) {
                simplified[traditional.charAt(0)] = simple.charAt(0);
            }
        });
        // Simplified-Traditional gives one form where there are several: 余 stays 余, yet 3600餘人次 writes 餘.
        // SearchText's Traditional-Simplified table knows them all.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char simple = SearchText.simplified((char) c);
            if (simple != c && words.get(simple) && simplified[c] == 0) {
                simplified[c] = simple;
            }
        }
    }

    /** Appends the folded form of {@code codePoint} (usually one char, at times more after NFKC). */
    void fold(int codePoint, StringBuilder out) {
        if (codePoint < 0x80) {
            out.append((char) codePoint);
            return;
        }
        if (NFKC.isInert(codePoint)) {
            appendSimplified(codePoint, out);
            return;
        }
        String normal = NFKC.normalize(Character.toString(codePoint));
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            appendSimplified(cp, out);
            i += Character.charCount(cp);
        }
    }

    private void appendSimplified(int codePoint, StringBuilder out) {
        if (codePoint <= Character.MAX_VALUE && simplified[codePoint] != 0) {
            out.append(simplified[codePoint]);
        } else {
            out.appendCodePoint(codePoint);
        }
    }
}
