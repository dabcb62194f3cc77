package dev.reportsearch.indexer.regex;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regex that finds its matches without trying every position of the text: only where a
 * char it can start with stands ({@link StartChars}), which a bit test tells. {@code Matcher.find}
 * tries the whole pattern at each position; for tables whose patterns mostly start with a digit or
 * a numeral, that was most of the extractor's time. Same matches, in the same order, as
 * {@link Matcher#find()}. Immutable and thread-safe; its finders are not.
 */
public final class FastPattern {
    /** Up to this many chars, a required set is tested char by char ({@link #mayOccurIn}). */
    private static final int FEW_CHARS = 16;
    /** A leading one-char negative look-behind, "(?<![\\d.])": no match starts right after those chars. */
    private static final Pattern NOT_AFTER = Pattern.compile("^\\(\\?<!(\\[(?:[^\\[\\]\\\\]|\\\\[^\\[\\]])*\\]|\\\\d)\\)");

    private final Pattern pattern;
    private final BitSet starts; // null: a match may start anywhere
    private final BitSet notAfter; // null: whatever precedes
    private final boolean fromStart; // a ^ may match at the text's start, whatever char stands there
    private final List<BitSet> required; // the text must hold a char of each
    private final int[][] requiredChars; // the chars of each required set, when few; else null (test the whole set)

    private FastPattern(Pattern pattern) {
        this.pattern = pattern;
        // Flags (CASE_INSENSITIVE, MULTILINE...) change what a char matches: no prefilter then.
        this.starts = pattern.flags() == 0 ? StartChars.of(pattern.pattern()).orElse(null) : null;
        Matcher lookBehind = NOT_AFTER.matcher(pattern.pattern());
        this.notAfter = starts != null && lookBehind.find() ? StartChars.of(lookBehind.group(1)).orElse(null) : null;
        this.fromStart = pattern.pattern().indexOf('^') >= 0;
        this.required = pattern.flags() == 0 ? StartChars.required(pattern.pattern()) : List.of();
        this.requiredChars = required.stream().map(FastPattern::fewChars).toArray(int[][]::new);
    }

    /** Sets of Chinese chars span hundreds of words of a BitSet: a few chars are tested one by one instead. */
    private static int[] fewChars(BitSet set) {
        return set.cardinality() <= FEW_CHARS ? set.stream().toArray() : null;
    }

    public static FastPattern compile(String regex) {
        return new FastPattern(Pattern.compile(regex));
    }

    public static FastPattern of(Pattern pattern) {
        return new FastPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the chars a match starts with are known (else finding is plain {@code Matcher.find}). */
    public boolean prefiltered() {
        return starts != null;
    }

    /** The chars {@code text} holds, for {@link #mayOccurIn}: one pass for all the patterns run over a text. */
    public static BitSet charsOf(CharSequence text) {
        BitSet chars = new BitSet();
        for (int i = 0; i < text.length(); i++) {
            chars.set(text.charAt(i));
        }
        return chars;
    }

    /** False when a text holding only {@code chars} (see {@link #charsOf}) surely has no match: "ICP" needs an I. */
    public boolean mayOccurIn(BitSet chars) {
        for (int k = 0; k < requiredChars.length; k++) {
            if (requiredChars[k] == null ? !required.get(k).intersects(chars) : !holdsAny(chars, requiredChars[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAny(BitSet chars, int[] any) {
        for (int c : any) {
            if (chars.get(c)) {
                return true;
            }
        }
        return false;
    }

    /** The matches in {@code text}, one {@link Finder#find()} at a time. */
    public Finder finder(CharSequence text) {
        return new Finder(text);
    }

    /** Whether the pattern occurs in {@code text}. */
    public boolean foundIn(CharSequence text) {
        return finder(text).find();
    }

    /** {@code text} with every match replaced by {@code literal}, as {@code Matcher.replaceAll} with no group references. */
    public String replaceAll(CharSequence text, String literal) {
        Finder f = finder(text);
        if (!f.find()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            out.append(text, copied, f.match().start()).append(literal);
            copied = f.match().end();
        } while (f.find());
        return out.append(text, copied, text.length()).toString();
    }

    /** Walks the matches of one text, as {@code Matcher.find()} would. */
    public final class Finder {
        private final CharSequence text;
        private Matcher matcher; // made at the first position worth trying: most lines have none
        private int from;

        private Finder(CharSequence text) {
            this.text = text;
        }

        /** The next match; read it from {@link #match()}. */
        public boolean find() {
            if (starts == null) {
                return match().find();
            }
            int length = text.length();
            for (int i = from; i < length; i++) {
                boolean worthTrying = i == 0
                        ? fromStart || starts.get(text.charAt(0))
                        : starts.get(text.charAt(i)) && (notAfter == null || !notAfter.get(text.charAt(i - 1)));
                if (!worthTrying) {
                    continue;
                }
                if (match().region(i, length).lookingAt()) {
                    from = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
            from = length;
            return false;
        }

        /** The last match found: start, end, groups. */
        public Matcher match() {
            if (matcher == null) {
                // Transparent bounds: a look-behind sees the text before the position tried.
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }
    }
}
