package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.clean.TextNormalizer;
import dev.reportsearch.indexer.regex.FastPattern;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The year a report is of, which the other evidence of its years counts from. In this order:
 * <ol>
 *   <li>its own: the year of its title (the latest, when it names several), of its meeting line
 *       (——2016年3月29日在…会议上), or of "今年是“十三五”规划收官之年";</li>
 *   <li>its own, for a multi-year review: the publication year, unless the text's latest year is older
 *       than the year before it (a review posted long after);</li>
 *   <li>for a five-year plan (its title 某市“十四五”…规划), the plan's first year;</li>
 *   <li>the year the text names most often up to the publication year, comparisons' bases aside (the year it is about, which in a
 *       government report is the year before its own);</li>
 *   <li>the publication year.</li>
 * </ol>
 * A page date (a crawl, a repost) therefore never overrides what the text says about its own year.
 *
 * @param year the year
 * @param own  whether it is the year the report was made in: a government work report of its own year Y
 *             reviews Y-1 and plans Y
 */
record ReportYear(int year, boolean own) {
    /** How far into the text a meeting line stands: under the title. */
    static final int MEETING_REACH = 1000;
    /** A year the title names as the one it reviews: 2024年工作回顾, 2023年度工作总结. */
    private static final FastPattern REVIEWED_YEAR = FastPattern.compile("((?:19|20)\\d{2})\\s*年度?\\s*(?:工作)?(?:回顾|总结)");
    private static final FastPattern MEETING = FastPattern.compile(
            "((?:19|20)\\d{2}|" + TextNormalizer.CHINESE_YEAR + ")\\s*年\\s*[0-9一二三四五六七八九十]{1,2}\\s*月"
                    + "\\s*[0-9一二三四五六七八九十]{1,3}\\s*日\\s*在[^。\\n]{0,60}?(?:会议|大会)");

    /**
     * @param title     the report's title (normalised), or null
     * @param page      the whole page as read, normalised: where the report's own year is stated
     * @param mentions  the years the text names
     * @param published the publication year, or null
     * @param review    whether the text reviews several years (五年来)
     */
    static Optional<ReportYear> of(String title, String page, List<YearMentions.Mention> mentions,
                                   Integer published, boolean review) {
        OptionalInt stated = titleYear(title);
        if (stated.isEmpty()) {
            stated = meetingYear(page);
        }
        Optional<String> plan = PlanPeriods.planOfTitle(title);
        if (stated.isEmpty() && plan.isPresent()) {
            // a plan is of its period's first year; drawn up then (published by the year after), it looks back on the
            // period just ended, while one issued later in its period (a notice of 2018 for 十三五) covers its own span
            int start = PlanPeriods.start(plan.get());
            return Optional.of(new ReportYear(start, published == null || published <= start + 1));
        }
        if (stated.isEmpty()) {
            stated = PlanPeriods.thisYearStated(page);
        }
        if (stated.isPresent()) {
            // 《政府工作报告》解读:2024年工作回顾 names the year it reviews, not the one a government report is made in
            return Optional.of(new ReportYear(stated.getAsInt(), !reviewedInTitle(title, stated.getAsInt())));
        }
        if (review) {
            int end = reviewEnd(published, mentions);
            if (end > 0) {
                return Optional.of(new ReportYear(end, true));
            }
        }
        // a year after the page's own (2035年远景目标, 到2030年) is a target, never the year a report is of
        List<YearMentions.Mention> past = mentions.stream().filter(m -> published == null || m.year() <= published).toList();
        OptionalInt frequent = mostFrequent(past.stream().filter(m -> !m.comparison()).toList());
        if (frequent.isEmpty()) {
            frequent = mostFrequent(past);
        }
        if (frequent.isPresent()) {
            return Optional.of(new ReportYear(frequent.getAsInt(), false));
        }
        if (published != null) {
            return Optional.of(new ReportYear(published, false));
        }
        OptionalInt turn = PlanPeriods.turnOfPlans(page);
        return turn.isPresent() ? Optional.of(new ReportYear(turn.getAsInt(), true)) : Optional.empty();
    }

    private static OptionalInt titleYear(String title) {
        if (title == null) {
            return OptionalInt.empty();
        }
        return YearMentions.in(title).stream().filter(m -> !m.comparison()).mapToInt(YearMentions.Mention::year).max();
    }

    /** True when the title names {@code year} as the year it reviews (2024年工作回顾, 2023年度工作总结). */
    private static boolean reviewedInTitle(String title, int year) {
        if (title == null) {
            return false;
        }
        FastPattern.Finder m = REVIEWED_YEAR.finder(title);
        while (m.find()) {
            if (YearNumerals.parse(m.match().group(1)).orElse(-1) == year) {
                return true;
            }
        }
        return false;
    }

    private static OptionalInt meetingYear(String text) {
        FastPattern.Finder m = MEETING.finder(text.subSequence(0, Math.min(text.length(), MEETING_REACH)));
        return m.find() ? YearNumerals.parse(m.match().group(1)) : OptionalInt.empty();
    }

    /** The last year of a review: the publication year unless the text's latest year is older than the year before it. */
    private static int reviewEnd(Integer published, List<YearMentions.Mention> mentions) {
        int now = Year.now().getValue(); // plans' target years aside
        int latest = mentions.stream().mapToInt(YearMentions.Mention::year).filter(y -> y <= now).max().orElse(-1);
        if (published != null) {
            return latest > 0 && latest < published - 1 ? latest : published;
        }
        return latest;
    }

    private static OptionalInt mostFrequent(List<YearMentions.Mention> mentions) {
        Map<Integer, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m.year(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }
}
