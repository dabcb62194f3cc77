package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.extract.ChineseNumber;
import dev.reportsearch.indexer.regex.FastPattern;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spans of years a text reviews, every year of each counting:
 * <ul>
 *   <li>a review of N years (五年来, 过去五年, 这五年, 26年来, 本届政府工作回顾): the span of N years the text writes
 *       (十年来 beside 2001-2010年), else the N years up to the report's
 *       year, or up to the year before it in a government work report of its own year (which reviews
 *       Y-1 and plans Y) or in a five-year plan (drawn up in its first year); "党的十八大以来" in such a review reaches back to 2012;</li>
 *   <li>a five-year plan's period reviewed (“十四五”时期工作回顾, 十二五规划执行情况, “十四五”以来): its five years,
 *       when it is the period that has just ended (its last year the report's year or the one before);</li>
 *   <li>since a year (自2014年以来, 从2014年开始, 2018年以来, 2008年至今): from it to the report's year; not "自2018年启动以来",
 *       which tells the history of something the report names;</li>
 *   <li>from one year to another (由2011年的18.9亿元提高到2016年的28.4亿元): both and all between, but not
 *       the baseline of a reviewed plan (the 2020 of 从2020年的51%提升到2025年 in a review of 十四五);</li>
 *   <li>a range in the title (2011-2015工作总结, 实施2001-2011年纲要), and the period of a plan that the title is
 *       (某市“十四五”妇女发展规划: 2021–2025).</li>
 * </ul>
 * No span reaches back further than {@link #MAX_SPAN} years.
 */
final class YearSpans {
    /** The longest span counted: longer ones are anniversaries and history, not what a report covers. */
    static final int MAX_SPAN = 30;
    private static final int REVIEWED_TERM = 5;
    /** How many years after a plan's end a review that says 回顾 of it still covers it. */
    private static final int EXPLICIT_REVIEW_LAG = 2;
    private static final String N = "([0-9]{1,2}|[一二三四五六七八九十两]{1,3})";
    private static final FastPattern N_YEARS = FastPattern.compile(
            YearCues.alternation("review-before") + N + "年(?![代级制度底初末前后])"
                    + "|(?<![0-9一二三四五六七八九十两多几百千])" + N + "年" + YearCues.alternation("review-after"));
    private static final FastPattern TERM = FastPattern.compile(YearCues.alternation("term-review"));
    /** An anniversary (建党100年来, 成立20年来) is no review of the report's years. */
    private static final FastPattern ANNIVERSARY = FastPattern.compile(YearCues.alternation("anniversary") + "\\S{0,2}$");
    /** The years ahead (今后五年间) are no review either. */
    private static final FastPattern FUTURE = FastPattern.compile(YearCues.alternation("future") + "$");
    private static final FastPattern CONGRESS_SINCE = FastPattern.compile("(十八大|十九大|二十大)以来");
    private static final FastPattern PERIOD = FastPattern.compile("(回顾|回望)?" + PlanPeriods.NAME + "(以来)?");
    /** What makes a period's name a review of it, in the same heading or clause: "“十四五”时期和2025年工作回顾". */
    private static final FastPattern PERIOD_REVIEWED = FastPattern.compile(
            "^[^。，,；;！!？?\\n]{0,12}?" + YearCues.alternation("period-review"));
    /**
     * A plan period the text speaks of as its own time, in the same sentence: “十二五”时期,是我乡…的五年, 十二五期间工作回顾.
     * Read only when no year is written at all (a 乡 report giving no date): the period is then all the text says.
     */
    private static final FastPattern PERIOD_AS_OWN = FastPattern.compile(
            PlanPeriods.NAME + "(?:时期|期间)[^。；;！!？?\\n]{0,40}?(?:的五年|" + YearCues.alternation("period-review") + ")");
    private static final FastPattern SINCE = FastPattern.compile(
            "(?:自从|自|从)\\s*((?:19|20)\\d{2})\\s*年\\s*(?:以来|开始|起|至今)|(?<![0-9])((?:19|20)\\d{2})\\s*年(?:以来|至今)");
    private static final FastPattern FROM_TO = FastPattern.compile(
            "(?:从|由|自)\\s*((?:19|20)\\d{2})\\s*年[^。；;\\n]{0,40}?(?:到|至)\\s*((?:19|20)\\d{2})\\s*年");

    private YearSpans() {
    }

    /**
     * @param title      the report's title (normalised), or null
     * @param text       title and text, normalised
     * @param year       the report's year
     * @param government whether it is a government work report
     * @param review     the length of the review the text makes ({@link #reviewLength}), if any
     */
    static Set<Integer> of(String title, String text, ReportYear year, boolean government, OptionalInt review) {
        Set<Integer> years = new TreeSet<>();
        int y = year.year();
        Optional<String> plan = PlanPeriods.planOfTitle(title);
        // a plan issued later in its period reviews no years before it
        (plan.isPresent() && !year.own() ? OptionalInt.empty() : review).ifPresent(n -> {
            // a government report of year Y, like a plan drawn up in its first year, looks back on the years before it
            int end = (government || plan.isPresent()) && year.own() ? y - 1 : y;
            int start = Math.min(end - n + 1, congressSince(text, end));
            int[] written = writtenSpan(text, n, y);
            if (written != null) {
                add(years, written[0], written[1]); // 十年来 beside (2001-2010年) in a report of 2011: the span it names
            } else {
                add(years, start, end);
            }
        });
        Set<Integer> baselines = new TreeSet<>();
        periods(text, y, years, baselines);
        since(text, y, years);
        fromTo(text, baselines, years);
        plan.ifPresent(p -> add(years, PlanPeriods.start(p), PlanPeriods.end(p)));
        if (title != null) {
            FastPattern.Finder range = YearMentions.RANGE.finder(title);
            while (range.find()) {
                add(years, Integer.parseInt(range.match().group(1)), Integer.parseInt(range.match().group(2)));
            }
        }
        return years;
    }

    /** The longest review the text makes, in years (at least two). */
    static OptionalInt reviewLength(String text) {
        int longest = TERM.foundIn(text) ? REVIEWED_TERM : 0;
        FastPattern.Finder m = N_YEARS.finder(text);
        while (m.find()) {
            String written = m.match().group(1) != null ? m.match().group(1) : m.match().group(2);
            CharSequence before = text.subSequence(Math.max(0, m.match().start() - 6), m.match().start());
            int n = ChineseNumber.parse(written).map(c -> (int) c.value()).orElse(0);
            if (n >= 2 && n <= MAX_SPAN && !ANNIVERSARY.foundIn(before) && !FUTURE.foundIn(before)) {
                longest = Math.max(longest, n);
            }
        }
        return longest > 0 ? OptionalInt.of(longest) : OptionalInt.empty();
    }

    /** A range the text writes of exactly {@code n} years ending in the report's year or the one before, or null. */
    private static int[] writtenSpan(String text, int n, int year) {
        FastPattern.Finder range = YearMentions.RANGE.finder(text);
        while (range.find()) {
            int from = Integer.parseInt(range.match().group(1));
            int to = Integer.parseInt(range.match().group(2));
            if (to - from + 1 == n && (to == year || to == year - 1)) {
                return new int[] {from, to};
            }
        }
        return null;
    }

    /** The earliest start a "…大以来" phrase gives, no further back than ten years; {@code Integer.MAX_VALUE} when none. */
    private static int congressSince(String text, int end) {
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
        return start;
    }

    /** Adds the reviewed periods' years to {@code years}, and the year before each (its baseline) to {@code baselines}. */
    private static void periods(String text, int year, Set<Integer> years, Set<Integer> baselines) {
        FastPattern.Finder m = PERIOD.finder(text);
        while (m.find()) {
            if (!isReviewed(m, text)) {
                continue; // named, not reviewed: "十三五规划收官之年", "“十二五”时期妇女儿童发展规划"
            }
            String numeral = m.match().group(2);
            int end = PlanPeriods.end(numeral);
            // a review named as such (总结回顾“十二五”) may come a year later still: a plan's final assessment takes time
            int reach = m.match().group(1) != null ? EXPLICIT_REVIEW_LAG : 1;
            if (end <= year && end >= year - reach) {
                add(years, PlanPeriods.start(numeral), end);
                baselines.add(PlanPeriods.start(numeral) - 1);
            }
        }
    }

    /** Whether the plan period {@code m} found is reviewed (回顾“十二五”, “十四五”以来, “十三五”工作总结), not only named. */
    private static boolean isReviewed(FastPattern.Finder m, String text) {
        CharSequence after = text.subSequence(m.match().end(), Math.min(text.length(), m.match().end() + 16));
        return m.match().group(1) != null || m.match().group(3) != null || PERIOD_REVIEWED.foundIn(after);
    }

    /**
     * The years of the one plan period a title that writes no year reviews (市妇联“十三五”工作总结: 2016–2020), empty
     * when it reviews none or several. Such a review is written after its period, often naming only the year it plans
     * (2021年是“十四五”开局之年), so the period, not the year the text names, is what it covers.
     */
    static Set<Integer> periodOfAYearlessTitle(String title) {
        if (title == null || !YearMentions.in(title).isEmpty() || YearMentions.RANGE.foundIn(title)) {
            return Set.of();
        }
        Set<String> numerals = new TreeSet<>();
        FastPattern.Finder m = PERIOD.finder(title);
        while (m.find()) {
            if (isReviewed(m, title)) {
                numerals.add(m.match().group(2));
            }
        }
        return theOnePeriod(numerals);
    }

    /**
     * The years of the one plan period a text without any written year reviews as its own ({@link #PERIOD_AS_OWN});
     * empty when it names none or several.
     */
    static Set<Integer> planOfAYearlessText(String text) {
        Set<String> numerals = new TreeSet<>();
        FastPattern.Finder m = PERIOD_AS_OWN.finder(text);
        while (m.find()) {
            numerals.add(m.match().group(1));
        }
        return theOnePeriod(numerals);
    }

    /** Every year of the plan period when {@code numerals} names exactly one, else none. */
    private static Set<Integer> theOnePeriod(Set<String> numerals) {
        Set<Integer> years = new TreeSet<>();
        if (numerals.size() == 1) {
            String numeral = numerals.iterator().next();
            add(years, PlanPeriods.start(numeral), PlanPeriods.end(numeral));
        }
        return years;
    }

    private static void since(String text, int year, Set<Integer> years) {
        FastPattern.Finder m = SINCE.finder(text);
        while (m.find()) {
            String from = m.match().group(1) != null ? m.match().group(1) : m.match().group(2);
            add(years, Integer.parseInt(from), year);
        }
    }

    /** From one year to another; a reviewed plan's baseline (从2020年的…提升到2025年, in a review of 十四五) is not covered. */
    private static void fromTo(String text, Set<Integer> baselines, Set<Integer> years) {
        FastPattern.Finder m = FROM_TO.finder(text);
        while (m.find()) {
            int from = Integer.parseInt(m.match().group(1));
            add(years, baselines.contains(from) ? from + 1 : from, Integer.parseInt(m.match().group(2)));
        }
    }

    /** Every year from {@code start} to {@code end}, when that is a span at all and not too long. */
    private static void add(Set<Integer> years, int start, int end) {
        if (start <= end && end - start < MAX_SPAN && YearNumerals.plausible(start) && YearNumerals.plausible(end)) {
            for (int y = start; y <= end; y++) {
                years.add(y);
            }
        }
    }
}
