package dev.reportsearch.indexer.read;

import java.util.regex.Pattern;

/** Joins two pieces of a line that a layout broke: Chinese and numbers run on, Latin words keep a space. */
final class LineText {
    /**
     * Spaces between two Chinese characters or punctuation marks, or between one and a digit: a PDF's justified line
     * spreads its characters, and the text stripper reads the wide gaps as word breaks; Chinese has none.
     */
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2018-\\u201D]";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=" + CJK + ")\\s+(?=" + CJK + "|[0-9])|(?<=[0-9%])\\s+(?=" + CJK + ")");

    private LineText() {
    }

    static String withoutSpacesBetweenChinese(String line) {
        return SPACE_BETWEEN_CJK.matcher(line).replaceAll("");
    }

    static String join(String first, String next) {
        if (first.isEmpty() || next.isEmpty()) {
            return first + next;
        }
        char last = first.charAt(first.length() - 1);
        char start = next.charAt(0);
        if (last == '-' && first.length() > 1 && isLatinLetter(first.charAt(first.length() - 2)) && Character.isLowerCase(start)) {
            return first.substring(0, first.length() - 1) + next; // a hyphenated English word
        }
        if (isLatinLetter(last) && isLatinLetter(start) || (last == ',' || last == '.' || last == ';') && isLatinLetter(start)) {
            return first + " " + next;
        }
        return first + next;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
