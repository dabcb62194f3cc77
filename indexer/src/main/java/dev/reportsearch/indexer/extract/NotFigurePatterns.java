package dev.reportsearch.indexer.extract;

import dev.reportsearch.indexer.regex.FastPattern;
import java.util.BitSet;
import java.util.List;

/**
 * Text whose digits or numerals are not figures: names and honours, ordinals, years and dates,
 * codes in quotes, hotlines, record numbers, page counters. Read from {@code not-figures.txt}.
 */
final class NotFigurePatterns {
    static final String RESOURCE = "not-figures.txt";

    private final List<FastPattern> patterns;
    private final String vocabulary;

    private NotFigurePatterns(List<String> sources) {
        // Each pattern is run on its own: one big alternation would miss matches that overlap.
        // Each is tried only where its first char stands: most start with a digit or a numeral.
        this.patterns = sources.stream().map(FastPattern::compile).toList();
        this.vocabulary = String.join("", sources);
    }

    static NotFigurePatterns load() {
        return new NotFigurePatterns(ResourceLines.read(RESOURCE));
    }

    /** The positions of {@code text} that lie inside some not-figure. */
    BitSet excluded(CharSequence text) {
        BitSet excluded = new BitSet(text.length());
        BitSet chars = FastPattern.charsOf(text);
        for (FastPattern pattern : patterns) {
            if (!pattern.mayOccurIn(chars)) {
                continue; // no 届 in the text, no "十九届"
            }
            FastPattern.Finder f = pattern.finder(text);
            while (f.find()) {
                excluded.set(f.match().start(), f.match().end());
            }
        }
        return excluded;
    }

    String vocabulary() {
        return vocabulary;
    }
}
