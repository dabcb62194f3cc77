package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.regex.FastPattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The years a report covers, in this order of evidence:
 * <ol>
 *   <li>year-part headings ("二〇一三年工作回顾", the damaged "二一三年工作回顾", "2014年工作思路"): their years,
 *       and each section under such a heading covers that heading's year;</li>
 *   <li>a multi-year review ("五年来", "过去五年", "五年工作综述", "砥砺奋进的五年"): five years counted back
 *       from the publication year (or, when the text's own latest year is older than that, from it),
 *       reaching further back for "党的十八大以来" (2012), "十九大以来" (2017), "二十大以来" (2022) and
 *       "2015年以来";</li>
 *   <li>the year the text names most often ("2019年,是广丰妇联人...的一年");</li>
 *   <li>the publication year.</li>
 * </ol>
 * A page date therefore never overrides what the text says about its own years.
 *
 * <p>Stateless and thread-safe.
 */
public final class YearDetector {
    /** How many years a multi-year review covers, counting the last. */
    static final int REVIEW_SPAN = 5;
    private static final FastPattern REVIEW = FastPattern.compile(
            "五年来|5年来|五年以来|5年以来|这五年|过去(?:的)?五年|近五年|五年间|五年工作(?:回顾|综述|总结|報告|报告)|奋进的五年|五年印记|五年巡礼|本届以来");
    private static final FastPattern CONGRESS_SINCE = FastPattern.compile("(十八大|十九大|二十大)以来");
    private static final FastPattern YEAR_SINCE = FastPattern.compile("((?:19|20)\\d{2})\\s*年以来");
    private static final FastPattern RANGE = FastPattern.compile("(?:19|20)\\d{2}\\s*年?\\s*[-—–~～至到]+\\s*(?:19|20)\\d{2}\\s*年?");
    private static final FastPattern YEAR = FastPattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年(?![代])");
    private static final FastPattern CHINESE_YEAR = FastPattern.compile("([〇零○一二三四五六七八九]{4})年");

    public YearDetector() {
    }

    public static YearDetector standard() {
        return new YearDetector();
    }

    /**
     * @param title       the report's title, or null
     * @param text        the report's whole text
     * @param publishedAt the page's publication date, or null
     * @param partYears   the years of its year-part headings, in any order (empty when none)
     * @return the years covered, ascending; empty when nothing says
     */
    public List<Integer> reportYears(String title, String text, LocalDate publishedAt, List<Integer> partYears) {
        if (!partYears.isEmpty()) {
            return List.copyOf(new TreeSet<>(partYears));
        }
        String all = (title == null ? "" : title + "\n") + text;
        Integer published = publishedAt == null ? null : publishedAt.getYear();
        List<Integer> mentioned = mentionedYears(all);
        if (REVIEW.foundIn(all)) {
            int end = reviewEnd(published, mentioned);
            if (end > 0) {
                int start = end - REVIEW_SPAN + 1;
                start = Math.min(start, sinceYear(all, end));
                List<Integer> years = new ArrayList<>();
                for (int y = start; y <= end; y++) {
                    years.add(y);
                }
                return years;
            }
        }
        if (!mentioned.isEmpty()) {
            return List.of(mostFrequent(mentioned));
        }
        return published == null ? List.of() : List.of(published);
    }

    /** A section's years: its year-part heading's year, else the report's. */
    public List<Integer> sectionYears(String yearPartHeading, List<Integer> reportYears) {
        if (yearPartHeading != null) {
            OptionalInt year = YearHeadings.yearOf(yearPartHeading);
            if (year.isPresent()) {
                return List.of(year.getAsInt());
            }
        }
        return reportYears;
    }

    /** The last year of a review: the publication year unless the text's latest year is older than the year before it. */
    private static int reviewEnd(Integer published, List<Integer> mentioned) {
        int now = Year.now().getValue();
        int latest = mentioned.stream().filter(y -> y <= now).max(Integer::compare).orElse(-1);
        if (published != null) {
            return latest > 0 && latest < published - 1 ? latest : published;
        }
        return latest;
    }

    /** The earliest start a "…以来" phrase gives, no further back than ten years; {@code Integer.MAX_VALUE} when none. */
    private static int sinceYear(String text, int end) {
        int start = Integer.MAX_VALUE;
        FastPattern.Finder congress = CONGRESS_SINCE.finder(text);
        while (congress.find()) {
            int year = switch (congress.match().group(1)) {
                case "十八大" -> 2012;
                case "十九大" -> 2017;
                default -> 2022;
            };
            if (year <= end && end - year < 10) {
                start = Math.min(start, year);
            }
        }
        FastPattern.Finder since = YEAR_SINCE.finder(text);
        while (since.find()) {
            int year = Integer.parseInt(since.match().group(1));
            if (year <= end && end - year < 10) {
                start = Math.min(start, year);
            }
        }
        return start;
    }

    /** Years named on their own (2019年, 二〇一九年), not as ends of ranges (2021—2030年). */
    static List<Integer> mentionedYears(String text) {
        String withoutRanges = RANGE.replaceAll(text, " ");
        List<Integer> years = new ArrayList<>();
        FastPattern.Finder m = YEAR.finder(withoutRanges);
        while (m.find()) {
            int year = Integer.parseInt(m.match().group(1));
            if (YearNumerals.plausible(year)) {
                years.add(year);
            }
        }
        FastPattern.Finder c = CHINESE_YEAR.finder(withoutRanges);
        while (c.find()) {
            YearNumerals.parse(c.match().group(1)).ifPresent(years::add);
        }
        return years;
    }

    private static int mostFrequent(List<Integer> years) {
        Map<Integer, Integer> counts = new HashMap<>();
        years.forEach(y -> counts.merge(y, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }
}
