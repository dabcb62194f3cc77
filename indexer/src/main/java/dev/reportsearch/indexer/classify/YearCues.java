package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.extract.ResourceLines;
import dev.reportsearch.indexer.regex.Alternation;

import java.util.List;
import java.util.Map;

/** The cue words of year-cues.tsv (reviews, anniversaries, comparisons, government reports), loaded once. */
final class YearCues {
    static final String RESOURCE = "/dev/reportsearch/indexer/classify/year-cues.tsv";
    private static final Map<String, List<String>> WORDS = ResourceLines.kinds(RESOURCE);

    private YearCues() {
    }

    /** The words of one kind as a regex alternation, longest first. */
    static String alternation(String kind) {
        List<String> words = WORDS.get(kind);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no words of kind " + kind);
        }
        return Alternation.of(words);
    }
}
