package dev.reportsearch.indexer.extract;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A section's text as the extractor reads it, with a map back to the text as written.
 *
 * <p>The view is the {@link TextFolding folded} text with the white space and separators that sit
 * inside a number taken out, so that patterns see one number where the page shows pieces:
 * "1 300余人" (a group separator), "77,163人" (a comma between groups of three), "56.22 %",
 * "5\n000人" (a number broken over two lines) and "300 人" all read as one. Every view char
 * remembers the source range it came from, so quotes and raw figures are cut from the original.
 */
final class TextView {
    private final String source;
    private final String text;
    private final int[] from;
    private final int[] to;

    private TextView(String source, String text, int[] from, int[] to) {
        this.source = source;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /**
     * @param continuesNumber the chars that, after a number, still belong to the figure (the first
     *                        chars of units, multipliers, 余/多, %): white space before them is glue
     */
    static TextView of(String source, TextFolding folding, IntPredicate continuesNumber) {
        Builder folded = new Builder(source.length());
        StringBuilder scratch = new StringBuilder(4);
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            scratch.setLength(0);
            folding.fold(cp, scratch);
            for (int k = 0; k < scratch.length(); k++) {
                folded.add(scratch.charAt(k), i, next);
            }
            i = next;
        }
        return glue(source, folded, continuesNumber);
    }

    private static TextView glue(String source, Builder in, IntPredicate continuesNumber) {
        Builder out = new Builder(in.length);
        int groupDigits = 0; // digits of the current number since its last group separator
        int i = 0;
        while (i < in.length) {
            char c = in.chars[i];
            int end = separatorEnd(source, in, i);
            if (end > i && end < in.length && out.length > 0 && isGlue(in, i, end, out, groupDigits, continuesNumber)) {
                groupDigits = 0;
                i = end;
                continue;
            }
            if (end > i + 1) {
                // A separator that is no glue is kept whole: past its first char, out ends in white
                // space and no later suffix of it could be glue. Rescanning each suffix was quadratic.
                for (; i < end; i++) {
                    out.add(in.chars[i], in.from[i], in.to[i]);
                }
                groupDigits = 0;
                continue;
            }
            groupDigits = isDigit(c) ? groupDigits + 1 : 0;
            out.add(c, in.from[i], in.to[i]);
            i++;
        }
        return new TextView(source, new String(out.chars, 0, out.length),
                Arrays.copyOf(out.from, out.length), Arrays.copyOf(out.to, out.length));
    }

    /**
     * The end of the separator starting at {@code i}: a run of white space, or one ASCII comma (a
     * full-width ，is a clause break even when NFKC made it ASCII); {@code i} if there is none.
     */
    private static int separatorEnd(String source, Builder in, int i) {
        if (in.chars[i] == ',' && source.charAt(in.from[i]) == ',') {
            return i + 1;
        }
        int j = i;
        while (j < in.length && Span.isBlank(in.chars[j])) {
            j++;
        }
        return j;
    }

    /** Whether the separator in[start, end) lies inside a number and can go. */
    private static boolean isGlue(Builder in, int start, int end, Builder out, int groupDigits, IntPredicate continuesNumber) {
        char before = out.chars[out.length - 1];
        char after = in.chars[end];
        boolean comma = in.chars[start] == ',';
        boolean lineBreak = false;
        for (int k = start; k < end; k++) {
            lineBreak |= in.chars[k] == '\n' || in.chars[k] == '\r';
        }
        if (isDigit(after) && (isDigit(before) || before == '.' && out.length > 1 && isDigit(out.chars[out.length - 2]))) {
            if (lineBreak) {
                return !startsListItem(in, end); // "5\n000人" is one number; "...95\n2、" is not
            }
            boolean groupOfThree = isDigit(before) && groupDigits <= 3 && !isFractional(out) && threeDigitsFollow(in, end);
            return groupOfThree && (comma || end - start == 1);
        }
        return !comma && endsInNumber(out) && continuesNumber.test(after);
    }

    /** Whether {@code out} ends in a number: a digit, or 万/余/多... right after a numeral (3万多, not 更多). */
    private static boolean endsInNumber(Builder out) {
        char last = out.chars[out.length - 1];
        if (isDigit(last)) {
            return true;
        }
        boolean numberEnding = ChineseNumber.multiplierValue(last) > 0 || last == '余' || last == '多';
        if (!numberEnding || out.length < 2) {
            return false;
        }
        char previous = out.chars[out.length - 2];
        return isDigit(previous) || ChineseNumber.multiplierValue(previous) > 0 || ChineseNumber.digitValue(previous) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the digits at the end of {@code out} follow a decimal point (3.141 592 is not grouped). */
    private static boolean isFractional(Builder out) {
        int k = out.length - 1;
        while (k >= 0 && isDigit(out.chars[k])) {
            k--;
        }
        return k >= 0 && out.chars[k] == '.';
    }

    private static boolean threeDigitsFollow(Builder in, int at) {
        int k = at;
        while (k < in.length && isDigit(in.chars[k])) {
            k++;
        }
        return k - at == 3;
    }

    /** "2、" or "3." at the start of a line numbers a list item; it does not continue a number. */
    private static boolean startsListItem(Builder in, int at) {
        int k = at;
        while (k < in.length && isDigit(in.chars[k])) {
            k++;
        }
        return k < in.length && (in.chars[k] == '、' || in.chars[k] == '.' && (k + 1 >= in.length || !isDigit(in.chars[k + 1])) || in.chars[k] == ')');
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    String source() {
        return source;
    }

    /** Where view char {@code viewIndex} starts in the source. */
    int sourceStart(int viewIndex) {
        return viewIndex < from.length ? from[viewIndex] : source.length();
    }

    /** Where the view range ending (exclusive) at {@code viewEnd} ends in the source. */
    int sourceEnd(int viewEnd) {
        return viewEnd == 0 ? 0 : to[viewEnd - 1];
    }

    /** The source text under the view span. */
    String source(Span span) {
        if (span.length() == 0) {
            return "";
        }
        return source.substring(sourceStart(span.start()), sourceEnd(span.end()));
    }

    /** A growable list of chars, each with the source range it came from. */
    private static final class Builder {
        char[] chars;
        int[] from;
        int[] to;
        int length;

        Builder(int capacity) {
            int size = Math.max(16, capacity + capacity / 8);
            chars = new char[size];
            from = new int[size];
            to = new int[size];
        }

        void add(char c, int sourceFrom, int sourceTo) {
            if (length == chars.length) {
                int size = length * 2;
                chars = Arrays.copyOf(chars, size);
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
            }
            chars[length] = c;
            from[length] = sourceFrom;
            to[length] = sourceTo;
            length++;
        }
    }
}
