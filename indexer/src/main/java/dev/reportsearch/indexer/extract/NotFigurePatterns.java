package dev.reportsearch.indexer.extract;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose digits or numerals are not figures: names and honours, ordinals, years and dates,
 * codes in quotes, hotlines, record numbers, page counters. Read from {@code not-figures.txt}.
 */
final class NotFigurePatterns {
    static final String RESOURCE = "not-figures.txt";

    private final List<Pattern> patterns;
    private final String vocabulary;

    private NotFigurePatterns(List<String> sources) {
        // Each pattern is run on its own: one big alternation would miss matches that overlap.
        this.patterns = sources.stream().map(Pattern::compile).toList();
        this.vocabulary = String.join("", sources);
    }

    static NotFigurePatterns load() {
        return new NotFigurePatterns(ResourceLines.read(RESOURCE));
    }

    /** The positions of {@code text} that lie inside some not-figure. */
    BitSet excluded(CharSequence text) {
        BitSet excluded = new BitSet(text.length());
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                excluded.set(m.start(), m.end());
            }
        }
        return excluded;
    }

    String vocabulary() {
        return vocabulary;
    }
}
