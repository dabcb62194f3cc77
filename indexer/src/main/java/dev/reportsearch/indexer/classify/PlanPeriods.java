package dev.reportsearch.indexer.classify;

import dev.reportsearch.indexer.regex.FastPattern;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * China's five-year plans by their short names: 十一五 = 2006–2010, 十二五 = 2011–2015, 十三五 = 2016–2020,
 * 十四五 = 2021–2025, 十五五 = 2026–2030. From the third plan (1966–1970) on they follow one another
 * without a gap, so the k-th starts in 1966 + 5 (k − 3).
 */
final class PlanPeriods {
    static final int LENGTH = 5;
    /** A plan's name, short (“十三五”, the converters' ;;十二五;;, bare) or long (第十三个五年规划); one group: its numeral. */
    static final String NAME = "[“\"'「『;]*(?:第)?十([一二三四五])(?:个五年|五)[”\"'」』;]*";
    private static final FastPattern YEAR_STATEMENT = FastPattern.compile(
            "今年是[^。，,]{0,20}?" + NAME + "[^。，,]{0,8}?(收官|开局|起步)之年");

    /**
     * A title that is a five-year plan itself (某市“十四五”妇女发展规划, 关于印发《…第十四个五年规划纲要》的通知), not a
     * review of one (“十三五”规划执行情况) nor a sentence naming one (2022年是“十四五”规划承上启下的关键之年).
     */
    private static final FastPattern PLAN_TITLE = FastPattern.compile(
            NAME + "[^，,。；;《》]{0,24}?(?:规划|纲要)(?:\\s*[(（][^)）]{0,16}[)）])?\\s*(?:》|$)");

    /** A plan looked back on: 回顾“十三五”, 回望十三五. */
    private static final FastPattern REVIEWED = FastPattern.compile("(?:回顾|回望)" + NAME);
    private static final Function<String, FastPattern> NEXT_PLAN =
            numeral -> FastPattern.compile("[“\"'「『;]*(?:第)?十" + numeral + "(?:个五年|五)");

    private PlanPeriods() {
    }

    /** The first year of the plan whose name is 十 followed by {@code numeral} and 五 (十四五: 四). */
    static int start(String numeral) {
        int k = 10 + "一二三四五".indexOf(numeral) + 1;
        return 1966 + LENGTH * (k - 3);
    }

    static int end(String numeral) {
        return start(numeral) + LENGTH - 1;
    }

    /**
     * The first year of the next plan when the text looks back on one plan and ahead to the next (回顾“十三五”…
     * 为“十四五”奠定基础): a report made at the turn of the plans, whose own year (2021) the page may not give.
     */
    static OptionalInt turnOfPlans(String text) {
        FastPattern.Finder m = REVIEWED.finder(text);
        while (m.find()) {
            String next = String.valueOf("一二三四五".charAt(Math.min(4, "一二三四五".indexOf(m.match().group(1)) + 1)));
            if (!next.equals(m.match().group(1)) && NEXT_PLAN.apply(next).foundIn(text)) {
                return OptionalInt.of(start(next));
            }
        }
        return OptionalInt.empty();
    }

    /** The plan a title is (its numeral: 四 for 十四五), if the title is a five-year plan itself. */
    static Optional<String> planOfTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        FastPattern.Finder m = PLAN_TITLE.finder(title);
        return m.find() ? Optional.of(m.match().group(1)) : Optional.empty();
    }

    /** The year "今年是“十三五”规划收官之年" names (2020), if the text says so. */
    static OptionalInt thisYearStated(String text) {
        FastPattern.Finder m = YEAR_STATEMENT.finder(text);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String numeral = m.match().group(1);
        return OptionalInt.of(m.match().group(2).equals("收官") ? end(numeral) : start(numeral));
    }
}
