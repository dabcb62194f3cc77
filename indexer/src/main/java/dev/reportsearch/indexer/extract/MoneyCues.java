package dev.reportsearch.indexer.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that make a number without a unit a sum of money (筹集善款700余万), read from
 * {@code money-cues.txt}. A cue counts only close to the number and in the same clause.
 */
final class MoneyCues {
    static final String RESOURCE = "money-cues.txt";
    /** How far before the number a cue may stand: 增加列支260多万, 收到捐赠近55万, 金额达29万. */
    private static final int BEFORE = 10;
    /** How far after it: 近50万捐款. */
    private static final int AFTER = 3;

    private final List<String> words;
    private final Pattern cue;

    private MoneyCues(List<String> words) {
        this.words = List.copyOf(words);
        this.cue = Pattern.compile(words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    static MoneyCues load() {
        return new MoneyCues(ResourceLines.read(RESOURCE));
    }

    /** Whether a money word stands near text[start, end) in the same clause. */
    boolean near(CharSequence text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < BEFORE && !isClauseBreak(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < AFTER && !isClauseBreak(text.charAt(to))) {
            to++;
        }
        Matcher m = cue.matcher(text);
        return m.region(from, start).find() || m.region(end, to).find();
    }

    private static boolean isClauseBreak(char c) {
        return SentenceSplitter.isSentenceEnd(c) || SentenceSplitter.isClauseEnd(c) || c == '、' || c == ':' || c == '：';
    }

    String vocabulary() {
        return String.join("", words);
    }
}
