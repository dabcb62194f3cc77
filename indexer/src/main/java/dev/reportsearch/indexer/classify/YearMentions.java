package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.clean.TextNormalizer;
import dev.reportsearch.indexer.regex.FastPattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a text names on their own (2019年, 二〇一九年, the converter's 二0一九年), not as ends of ranges
 * (2021—2030年). A year named as the base of a comparison (较2018年增长, 比上年, 与2015年相比) is marked: the
 * report measures against it, it does not cover it.
 */
final class YearMentions {
    static final FastPattern RANGE = FastPattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})\\s*年?\\s*[-—–~～至到]+\\s*((?:19|20)\\d{2})\\s*年?");
    private static final FastPattern YEAR = FastPattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年(?![代])");
    private static final FastPattern CHINESE_YEAR = FastPattern.compile("(" + TextNormalizer.CHINESE_YEAR + ")年");
    /** Words that make the year after them a comparison's base, up to two characters before it. */
    private static final FastPattern COMPARISON = FastPattern.compile(YearCues.alternation("comparison") + "\\S{0,2}$");

    /** One year as named. */
    record Mention(int year, boolean comparison) {
    }

    private YearMentions() {
    }

    static List<Mention> in(String text) {
        String withoutRanges = RANGE.replaceAll(text, " ");
        List<Mention> years = new ArrayList<>();
        FastPattern.Finder m = YEAR.finder(withoutRanges);
        while (m.find()) {
            int year = Integer.parseInt(m.match().group(1));
            if (YearNumerals.plausible(year)) {
                years.add(mention(withoutRanges, year, m.match().start()));
            }
        }
        FastPattern.Finder c = CHINESE_YEAR.finder(withoutRanges);
        while (c.find()) {
            int at = c.match().start();
            YearNumerals.parse(c.match().group(1)).ifPresent(y -> years.add(mention(withoutRanges, y, at)));
        }
        return years;
    }

    private static Mention mention(String text, int year, int at) {
        CharSequence before = text.subSequence(Math.max(0, at - 4), at);
        return new Mention(year, COMPARISON.foundIn(before));
    }
}
