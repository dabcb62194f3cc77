package dev.reportsearch.indexer.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that split a report into parts about different years: "二〇一三年工作回顾",
 * "二一三年工作回顾" (with a lost 〇), "2014年工作思路", "一、2013年工作总结".
 */
public final class YearHeadings {
    static final int MAX_LENGTH = 24;
    /** What follows the year in a year part, headings and titles alike: "年度全县妇女工作总结". */
    private static final String PART_AFTER_YEAR = "\\s*年度?\\s*(?:的|全[县市区州省]|全年)?(?:主要)?(?:妇女|妇联)?(?:工作)?"
            + "(?:回顾|总结|情况|思路|打算|计划|安排|要点|任务|重点|目标|展望|意见)";
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]\\s*|[(（][一二三四五六七八九十]{1,3}[)）]\\s*)?"
                    + "([0-9０-９〇零○Ｏ◯一二三四五六七八九]{3,4})" + PART_AFTER_YEAR + "[^。，,]{0,6}$");

    /** A year part named inside a title: "肥东县妇联2015年工作总结及2016年工作计划" names two. */
    private static final Pattern TITLE_PART = Pattern.compile(
            "(?:[0-9０-９]{4}|[〇零○Ｏ◯一二三四五六七八九]{4})" + PART_AFTER_YEAR);

    private YearHeadings() {
    }

    /** The year parts {@code title} names, in its order, each as a heading would read ("2015年工作总结"). */
    public static List<String> partsIn(String title) {
        if (title == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        Matcher m = TITLE_PART.matcher(title);
        while (m.find()) {
            if (yearOf(m.group()).isPresent()) {
                parts.add(m.group());
            }
        }
        return parts;
    }

    /** The year a year-part heading names, or empty when the line is not one. */
    public static OptionalInt yearOf(String line) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR_HEADING.matcher(s);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return YearNumerals.parse(m.group(1));
    }
}
