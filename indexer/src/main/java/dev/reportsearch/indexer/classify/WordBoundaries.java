package dev.reportsearch.indexer.classify;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Whether a short place name stands as a word of its own or straddles two words: 大城 in 加大城市 (加大 / 城市),
 * 会理 in 协会理事 (协会 / 理事). Read by ICU's Chinese word dictionary around the name; a rare name the dictionary
 * does not know (鄢陵, 宜秀) is cut into single characters, which still leaves its own two ends as boundaries.
 */
final class WordBoundaries {
    /** Characters read on each side of the name: enough for the words that can cross its ends. */
    private static final int CONTEXT = 4;

    private WordBoundaries() {
    }

    /** True when a word of the text runs across the start or the end of [start, end). */
    static boolean straddled(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE); // a fresh copy: instances are not thread-safe
        words.setText(text.substring(from, to));
        return !words.isBoundary(start - from) || !words.isBoundary(end - from);
    }
}
