package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.text.LongestMatchDictionary;
import dev.reportsearch.core.theme.Theme;
import dev.reportsearch.core.theme.ThemeCue;
import dev.reportsearch.core.theme.Themes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the themes of a section by the cue words of {@link Themes} in its heading and text.
 *
 * <p>A heading names what a section is about, so its cues count several times, its first cue most.
 * In the body a cue's repeats count less and less (1 + ln n), so one word said ten times does not
 * outweigh several different words. Themes scoring well below the best are dropped, and at most
 * {@value #MAX_THEMES} are kept. Text is expected in the search normal form (Simplified).
 */
public final class ThemeClassifier {
    private static final double HEADING_FACTOR = 6;
    /** Headings lead with their main point (维权有力,精准帮扶), so later heading cues count a bit less. */
    private static final double LATER_HEADING_CUE = 0.8;
    /** Keep a theme only if it scores at least this share of the best theme's score. */
    private static final double RELATIVE_CUTOFF = 0.35;
    private static final int MAX_THEMES = 4;

    private final LongestMatchDictionary<List<ThemeCue>> cues;

    public ThemeClassifier() {
        this(Themes.standard());
    }

    public ThemeClassifier(Themes themes) {
        Map<String, List<ThemeCue>> byWord = new HashMap<>();
        themes.cues().forEach(cue -> byWord.computeIfAbsent(cue.word(), w -> new ArrayList<>()).add(cue));
        this.cues = new LongestMatchDictionary<>(byWord);
    }

    /** Theme ids, best first; empty only when neither heading nor text holds any cue. */
    public List<String> classify(String heading, String text) {
        Map<Theme, Double> scores = new HashMap<>();
        double factor = HEADING_FACTOR;
        for (LongestMatchDictionary.Match<List<ThemeCue>> match : cues.scan(heading)) {
            double headingFactor = factor;
            match.value().forEach(cue -> scores.merge(cue.theme(), headingFactor * cue.weight(), Double::sum));
            factor = HEADING_FACTOR * LATER_HEADING_CUE;
        }
        Map<String, Integer> bodyCounts = new HashMap<>();
        Map<String, List<ThemeCue>> bodyCues = new HashMap<>();
        for (LongestMatchDictionary.Match<List<ThemeCue>> match : cues.scan(text)) {
            bodyCounts.merge(match.word(), 1, Integer::sum);
            bodyCues.putIfAbsent(match.word(), match.value());
        }
        bodyCounts.forEach((word, count) -> bodyCues.get(word).forEach(cue ->
                scores.merge(cue.theme(), cue.weight() * (1 + Math.log(count)), Double::sum)));

        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= RELATIVE_CUTOFF * best)
                .sorted(Map.Entry.<Theme, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().id()))
                .limit(MAX_THEMES)
                .map(e -> e.getKey().id())
                .toList();
    }
}
