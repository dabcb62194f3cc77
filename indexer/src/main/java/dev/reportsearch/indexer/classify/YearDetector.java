package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.clean.TextNormalizer;
import dev.reportsearch.indexer.regex.FastPattern;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The years a report covers. Read in one script (Traditional folded to Simplified) and counted from the
 * report's own year ({@link ReportYear}: its title, its meeting line, else what the text names most):
 * <ul>
 *   <li>year-part headings ("二〇一三年工作回顾", "2014年工作思路"): their years, and each section under such
 *       a heading covers that heading's year;</li>
 *   <li>the spans it reviews ({@link YearSpans}: 五年来, “十三五”时期, 自2014年以来, 从2014年…到2019年);</li>
 *   <li>without year parts: the report's year, and the years just before it that the text names as its
 *       own (2011年工作 in a 2012 plan, not the 2018 of "较2018年增长"), and 去年;</li>
 *   <li>a government work report of its own year Y reviews Y-1 and plans Y;</li>
 *   <li>a title that reviews a plan period and writes no year (市妇联“十三五”工作总结): that period alone, whatever
 *       year the text then plans.</li>
 * </ul>
 * A page date therefore never overrides what the text says about its own years.
 *
 * <p>Stateless and thread-safe.
 */
public final class YearDetector {
    /** A government work report: given to a people's congress, it reviews the year before its own. */
    private static final FastPattern GOVERNMENT = FastPattern.compile(
            YearCues.alternation("government") + "|人民代表大会第.{1,3}次会议上");
    /**
     * A report on part of its year (2022年上半年政府工作报告, 前三季度工作总结): given to no congress, it reviews that part of
     * its own year, not the year before.
     */
    private static final FastPattern PART_OF_A_YEAR = FastPattern.compile(
            "(19|20)\\d{2}年?(度)?(上半年|下半年|半年|第?[一二三四1-4]季度|前三季度|1-\\d{1,2}月|1至\\d{1,2}月)");
    /** How far into the text a government report says what it is. */
    static final int GOVERNMENT_REACH = 1500;
    /** 去年 as a time of the report (去年9月), not a comparison's base (比去年, 较去年同期). */
    private static final FastPattern LAST_YEAR = FastPattern.compile("(?<![较比与])去年(?!同期)");

    public YearDetector() {
    }

    public static YearDetector standard() {
        return new YearDetector();
    }

    /** The years covered, when the page has nothing around the report's text (see the five-argument form). */
    public List<Integer> reportYears(String title, String text, LocalDate publishedAt, List<Integer> partYears) {
        return reportYears(title, text, (title == null ? "" : title + "\n") + text, publishedAt, partYears);
    }

    /**
     * @param title       the report's title, or null
     * @param text        the report's whole text
     * @param page        the whole page as read, chrome included: a statement of the report's own year (its
     *                    meeting line, an editor's note's "今年是…收官之年") counts wherever the page makes it
     * @param publishedAt the page's publication date, or null
     * @param partYears   the years of its year-part headings, in any order (empty when none)
     * @return the years covered, ascending; empty when nothing says
     */
    public List<Integer> reportYears(String title, String text, String page, LocalDate publishedAt, List<Integer> partYears) {
        String normalTitle = title == null ? null : SpacedCharacters.joined(SearchText.normalize(title));
        Set<Integer> years = new TreeSet<>(partYears);
        Set<Integer> period = YearSpans.periodOfAYearlessTitle(normalTitle);
        if (!period.isEmpty()) {
            years.addAll(period);
            return List.copyOf(years);
        }
        String all = SpacedCharacters.joined(SearchText.normalize((title == null ? "" : title + "\n") + text));
        Integer published = publishedAt == null ? null : publishedAt.getYear();
        List<YearMentions.Mention> mentions = YearMentions.in(all);
        String normalPage = SpacedCharacters.joined(SearchText.normalize(TextNormalizer.dropPinyinGlosses(page)));
        OptionalInt review = YearSpans.reviewLength(all);
        Optional<ReportYear> found = ReportYear.of(normalTitle, normalPage, mentions, published, review.isPresent());
        if (found.isEmpty()) {
            if (partYears.isEmpty() && mentions.isEmpty()) {
                years.addAll(YearSpans.planOfAYearlessText(all)); // “十二五”时期,是我乡…的五年, and no year written
            }
            return List.copyOf(years);
        }
        ReportYear year = found.get();
        boolean government = isGovernmentReport(normalTitle, all);
        years.addAll(YearSpans.of(normalTitle, all, year, government, review));
        if (partYears.isEmpty()) {
            years.add(year.year());
            years.addAll(ownYearsBefore(year.year(), mentions));
            if (LAST_YEAR.foundIn(all) || government && year.own()) {
                years.add(year.year() - 1);
            }
        }
        return List.copyOf(years);
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

    private static boolean isGovernmentReport(String title, String all) {
        if (title != null && PART_OF_A_YEAR.foundIn(title.replaceAll("\\s+", ""))) {
            return false;
        }
        String head = all.substring(0, Math.min(all.length(), GOVERNMENT_REACH)).replaceAll("\\s+", "");
        return title != null && GOVERNMENT.foundIn(title.replaceAll("\\s+", "")) || GOVERNMENT.foundIn(head);
    }

    /** The years right before {@code year}, each named as the text's own, back to the first one it does not name. */
    private static Set<Integer> ownYearsBefore(int year, List<YearMentions.Mention> mentions) {
        Set<Integer> own = mentions.stream().filter(m -> !m.comparison()).map(YearMentions.Mention::year)
                .collect(Collectors.toSet());
        Set<Integer> years = new TreeSet<>();
        for (int y = year - 1; own.contains(y) && year - y < YearSpans.MAX_SPAN; y--) {
            years.add(y);
        }
        return years;
    }
}
