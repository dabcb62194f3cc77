package dev.reportsearch.api.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frequent phrases that continue a typed prefix, read from texts holding it (家庭教 → 家庭教育, 两癌 →
 * 两癌筛查). Chinese has no spaces to end a word, so a continuation is taken to end where the texts stop
 * agreeing on the next character: 家庭教 is always followed by 育, so 家庭教 is no phrase yet, while
 * 家庭教育 goes on in many ways (指导, 工作, 促进法) or ends at punctuation, so it is one.
 */
final class PhraseCompletions {
    /** A phrase continues the prefix by at most this many characters. */
    static final int MAX_EXTRA = 8;
    /** A phrase found in fewer texts than this is not frequent. */
    static final int MIN_TEXTS = 2;
    /** The next character agreed on by more than this share of a phrase's occurrences means the phrase goes on. */
    static final double GOES_ON = 0.7;

    private PhraseCompletions() {
    }

    /** Phrases that start with {@code prefix} and say more, most texts first, at most {@code max}. */
    static List<String> complete(String prefix, List<String> texts, int max) {
        if (prefix.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Integer>> textsWith = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                int end = at + prefix.length();
                for (int k = 0; k <= MAX_EXTRA && end + k <= text.length(); k++) {
                    if (k > 0 && !Character.isLetterOrDigit(text.charAt(end + k - 1))) {
                        break;
                    }
                    String phrase = text.substring(at, end + k);
                    textsWith.computeIfAbsent(phrase, p -> new HashSet<>()).add(t);
                    occurrences.merge(phrase, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> mostCommonNext = new HashMap<>();
        occurrences.forEach((phrase, n) -> {
            if (phrase.length() > prefix.length()) {
                mostCommonNext.merge(phrase.substring(0, phrase.length() - 1), n, Math::max);
            }
        });
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, Integer> e : occurrences.entrySet()) {
            String phrase = e.getKey();
            boolean frequent = textsWith.get(phrase).size() >= MIN_TEXTS;
            boolean ends = mostCommonNext.getOrDefault(phrase, 0) <= GOES_ON * e.getValue();
            boolean complete = phrase.length() - prefix.length() < MAX_EXTRA;
            if (phrase.length() > prefix.length() && frequent && ends && complete) {
                phrases.add(phrase);
            }
        }
        phrases.sort(Comparator.<String>comparingInt(p -> -textsWith.get(p).size()).thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(phrases.subList(0, Math.min(max, phrases.size())));
    }
}
