package dev.reportsearch.indexer.classify;

import java.util.regex.Pattern;

/**
 * Text spaced out character by character, as PDF-to-text and yearbook headings give it ("沈家 门 镇 民 主 妇 女联 合 会",
 * "1 9 5 3 年"), joined again so that names and years read as written. Words of two or more characters on both sides of
 * a space ("宝安区 福海街道", "来源 某县") are left apart.
 */
final class SpacedCharacters {
    /** A space between Han characters where the character on either side stands alone. */
    private static final Pattern HAN = Pattern.compile(
            "(?<=(?:^|[^\\p{IsHan}])\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})|(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan}(?:[^\\p{IsHan}]|$))",
            Pattern.MULTILINE);
    /** A year's four digits spaced out before 年. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d ])(\\d) (\\d) (\\d) (\\d)(?= ?年)");

    private SpacedCharacters() {
    }

    static String joined(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
            return text;
        }
        return HAN.matcher(YEAR.matcher(text).replaceAll("$1$2$3$4")).replaceAll("");
    }
}
