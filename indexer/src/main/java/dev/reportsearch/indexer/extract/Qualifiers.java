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
    private final List<String> words;

    private Qualifiers(List<String> before, Set<String> beforeRoundOnly, List<String> after, List<String> words) {
        this.before = List.copyOf(before);
        this.beforeRoundOnly = Set.copyOf(beforeRoundOnly);
        this.after = List.copyOf(after);
        this.words = List.copyOf(words);
    }

    static Qualifiers load() {
        List<String> before = new ArrayList<>();
        Set<String> roundOnly = new HashSet<>();
        List<String> after = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] f = ResourceLines.fields(RESOURCE, line, 2);
            switch (f[0]) {
                case "before" -> before.add(f[1]);
                case "beforeRound" -> {
                    before.add(f[1]);
                    roundOnly.add(f[1]);
                }
                case "after" -> after.add(f[1]);
                case "word" -> words.add(f[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown position " + f[0]);
            }
        }
        return new Qualifiers(before, roundOnly, after, words);
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

    /**
     * Whether the qualifier at text[start, end) is only the end of a word that qualifies nothing
     * (签约3543亿元 is no 约3543亿元, 最近300人 no 近300人).
     */
    boolean endsWord(String text, int start, int end) {
        for (String word : words) {
            int from = end - word.length();
            if (from >= 0 && from < start && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    String vocabulary() {
        return String.join("", before) + String.join("", after) + String.join("", words);
    }

    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
