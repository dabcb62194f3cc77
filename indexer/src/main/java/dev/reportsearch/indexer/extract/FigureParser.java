package dev.reportsearch.indexer.extract;

import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.indexer.regex.FastPattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Finds the figures of a text: a number with a unit ("2200余名", "3.35亿元", "56.22 %", "百分之九十"),
 * or a sum of money whose 元 the text leaves out after a money word ("筹集善款700余万").
 *
 * <p>Numbers without a unit are not figures, nor are numbers inside a {@link NotFigurePatterns
 * not-figure} (years, ordinals, codes, hotlines...). Immutable and thread-safe; build it once
 * ({@link #standard()}), as it compiles its patterns from the resource tables.
 */
public final class FigureParser {
    private static final String MONEY_UNIT = "元";
    private static final String PERCENT_UNIT = "%";
    // A digit: Arabic with decimals, or one Chinese digit (零 only marks a gap: 一千零五). Every
    // repetition is bounded, so that a run of thousands of digits or numerals costs linear time
    // (and no deep regex recursion): no figure has more than 15 digits or 12 multiplier groups.
    private static final String DIGIT = "(?:\\d{1,15}(?:\\.\\d{1,15})?|[零〇]{0,2}[一二两三四五六七八九]|[零〇])";
    private static final String MAX_GROUPS = "{0,12}";
    private static final String MULTIPLIERS = "十百千万亿";
    private static final String APPROX_MARK = "(?:[余多]|\\+)";
    private static final String NUMBER_CONTINUATIONS = "十百千万亿余多+%";

    private final UnitLexicon units;
    private final Qualifiers qualifiers;
    private final MoneyCues moneyCues;
    private final NotFigurePatterns notFigures;
    private final TextFolding folding;
    private final IntPredicate continuesNumber;
    private final FastPattern figure;

    FigureParser(UnitLexicon units, Qualifiers qualifiers, MoneyCues moneyCues, NotFigurePatterns notFigures) {
        this.units = units;
        this.qualifiers = qualifiers;
        this.moneyCues = moneyCues;
        this.notFigures = notFigures;
        this.folding = new TextFolding(NUMBER_CONTINUATIONS + "零〇一二两三四五六七八九" + units.vocabulary()
                + qualifiers.vocabulary() + moneyCues.vocabulary() + notFigures.vocabulary());
        // Decided once here, not per char per call: which chars may follow a number within a figure.
        BitSet continuations = new BitSet(Character.MAX_VALUE + 1);
        NUMBER_CONTINUATIONS.chars().forEach(continuations::set);
        units.vocabulary().codePoints().filter(units::mayStartWith).forEach(continuations::set);
        this.continuesNumber = continuations::get;
        // A multiplier char that starts a unit (千瓦) is the unit's: 1.3亿千瓦 is 1.3亿 of 千瓦.
        String unitAhead = units.startingWithAnyOf(MULTIPLIERS);
        String notUnit = unitAhead.isEmpty() ? "" : "(?!" + unitAhead + ")";
        String multipliers = "(?:" + notUnit + "[" + MULTIPLIERS + "]){1,4}";
        String numeral = "(?:" + DIGIT + "(?:" + multipliers + DIGIT + "?)" + MAX_GROUPS
                + "|(?:" + multipliers + DIGIT + "?){1,12})";
        // 700余万, 2.5万多, 21万余, 12万+: the marks may stand before or after a trailing 万/亿.
        String amount = numeral + APPROX_MARK + "?(?:(?:" + notUnit + "[万亿]){1,3}" + APPROX_MARK + "?)?";
        this.figure = FastPattern.compile("(?<![\\d.])(?:百分之(?<percent>" + numeral + ")"
                + "|(?:(?<before>" + qualifiers.beforeAlternation() + "))?"
                + "(?<amount>" + amount + ")"
                + "(?<unit>" + units.alternation() + ")?"
                + "(?:(?<after>" + qualifiers.afterAlternation() + "))?)");
    }

    /** The parser over the tables shipped with the indexer, loaded once. */
    public static FigureParser standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final FigureParser STANDARD = new FigureParser(
                UnitLexicon.load(), Qualifiers.load(), MoneyCues.load(), NotFigurePatterns.load());
    }

    /** The figures of {@code sentence}, in the order they appear. */
    public List<Figure> parse(String sentence) {
        return locate(view(sentence)).stream().map(LocatedFigure::figure).toList();
    }

    /** {@code text} as this parser reads it. */
    TextView view(String text) {
        return TextView.of(text, folding, continuesNumber);
    }

    /** The figures of the whole view, with their places. */
    List<LocatedFigure> locate(TextView view) {
        String text = view.text();
        BitSet excluded = null; // costs a pass per pattern: only for texts that have a candidate
        List<LocatedFigure> found = new ArrayList<>();
        FastPattern.Finder finder = figure.finder(text);
        while (finder.find()) {
            Optional<LocatedFigure> candidate = read(finder.match(), view);
            if (candidate.isPresent()) {
                if (excluded == null) {
                    excluded = notFigures.excluded(text);
                }
                Span at = candidate.get().view();
                int firstExcluded = excluded.nextSetBit(at.start());
                if (firstExcluded < 0 || firstExcluded >= at.end()) {
                    found.add(candidate.get());
                }
            }
        }
        return found;
    }

    /** The figure a match stands for, if it is one (not yet checked against the not-figures). */
    private Optional<LocatedFigure> read(Matcher m, TextView view) {
        if (m.group("percent") != null) {
            return ChineseNumber.parse(m.group("percent"))
                    .flatMap(n -> located(view, m.start(), m.end(), n.value(), units.byUnit(PERCENT_UNIT), n.approx()));
        }
        Optional<ChineseNumber> parsed = ChineseNumber.parse(m.group("amount"));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ChineseNumber number = parsed.get();
        if (number.value() == 0) {
            return Optional.empty(); // 已有0人参与, 0条评论, 零件: nothing was achieved
        }
        String amount = m.group("amount");
        boolean round = isRound(amount);
        String before = m.group("before");
        int start = m.start();
        if (before != null && (qualifiers.onlyBeforeRound(before) && !round
                || qualifiers.endsWord(view.text(), m.start("before"), m.end("before")))) {
            before = null;
            start = m.start("amount");
        }
        boolean qualified = before != null || m.group("after") != null;
        if (round && !number.approx() && !qualified) {
            return Optional.empty(); // 万家, 百家, 千户: a bare 万 is a word, unless 近百/上万/千余 make it a count
        }
        Optional<UnitLexicon.Unit> written = Optional.ofNullable(m.group("unit")).flatMap(units::bySurface);
        if (written.isPresent() && !written.get().isUnit()) {
            return Optional.empty(); // 3个月
        }
        UnitLexicon.Unit unit;
        if (written.isPresent()) {
            unit = written.get();
        } else if (impliesMoney(m, view.text(), start, amount)) {
            unit = units.byUnit(MONEY_UNIT);
        } else {
            return Optional.empty(); // a bare number is not a figure
        }
        String unitAsWritten = m.group("unit") == null ? unit.unit()
                : UnitLexicon.asWritten(unit, view.source(new Span(m.start("unit"), m.end("unit"))));
        return located(view, start, m.end(), number.value(), unitAsWritten, unit.kind(), number.approx() || qualified);
    }

    /**
     * A number without unit is money when a money word stands near it and the number either is
     * counted in 万/亿 or ends the phrase (善款700余万; not 资金3大类).
     */
    private boolean impliesMoney(Matcher m, String text, int start, String amount) {
        int end = m.end();
        boolean large = amount.indexOf('万') >= 0 || amount.indexOf('亿') >= 0;
        boolean endsPhrase = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return (large || endsPhrase) && moneyCues.near(text, start, end);
    }

    private static Optional<LocatedFigure> located(TextView view, int start, int end,
                                                   double value, UnitLexicon.Unit unit, boolean approx) {
        return located(view, start, end, value, unit.unit(), unit.kind(), approx);
    }

    private static Optional<LocatedFigure> located(TextView view, int start, int end,
                                                   double value, String unit, FigureKind kind, boolean approx) {
        Span at = new Span(start, end);
        Span source = new Span(view.sourceStart(start), view.sourceEnd(end));
        Figure figure = new Figure(view.source(at), value, unit, approx, kind);
        return Optional.of(new LocatedFigure(at, source, figure));
    }

    /** Whether the amount is only multipliers and marks (千余, 百, 万): no digit says how many. */
    private static boolean isRound(String amount) {
        for (int i = 0; i < amount.length(); i++) {
            char c = amount.charAt(i);
            if ((c >= '0' && c <= '9') || ChineseNumber.digitValue(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
