package dev.reportsearch.indexer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words around a number that make it approximate (近, 约, 左右...), read from {@code qualifiers.tsv}. */
final class Qualifiers {
    static final String RESOURCE = "qualifiers.tsv";

    private final List<String> before;
    private final Set<String> beforeRoundOnly;
    private final List<String> after;

    private Qualifiers(List<String> before, Set<String> beforeRoundOnly, List<String> after) {
        this.before = List.copyOf(before);
        this.beforeRoundOnly = Set.copyOf(beforeRoundOnly);
        this.after = List.copyOf(after);
    }

    static Qualifiers load() {
        List<String> before = new ArrayList<>();
        Set<String> roundOnly = new HashSet<>();
        List<String> after = new ArrayList<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] f = ResourceLines.fields(RESOURCE, line, 2);
            switch (f[0]) {
                case "before" -> before.add(f[1]);
                case "beforeRound" -> {
                    before.add(f[1]);
                    roundOnly.add(f[1]);
                }
                case "after" -> after.add(f[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown position " + f[0]);
            }
        }
        return new Qualifiers(before, roundOnly, after);
    }

    /** Regex alternation of the words that go before a number, longest first. */
    String beforeAlternation() {
        return alternation(before);
    }

    /** Regex alternation of the words that go after a figure's unit, longest first. */
    String afterAlternation() {
        return alternation(after);
    }

    /** Whether {@code word} qualifies only a bare round number (上万, 上千), not 上3000. */
    boolean onlyBeforeRound(String word) {
        return beforeRoundOnly.contains(word);
    }

    String vocabulary() {
        return String.join("", before) + String.join("", after);
    }

    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
