package dev.reportsearch.indexer.regex;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A regex alternation of literal words, longest first so that the longer of two overlapping words wins. */
public final class Alternation {
    private Alternation() {
    }

    /** "(?:w1|w2|…)", each word quoted; never empty words. */
    public static String of(Collection<String> words) {
        if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an alternation needs words: " + words);
        }
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Alternation::literal)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The word as a regex matching itself: escapes only what needs it, so that prefilters still see its chars. */
    private static String literal(String word) {
        return word.chars().mapToObj(c -> "\\.[]{}()*+-?^$|/".indexOf(c) >= 0 ? "\\" + (char) c : Character.toString(c))
                .collect(Collectors.joining());
    }
}
