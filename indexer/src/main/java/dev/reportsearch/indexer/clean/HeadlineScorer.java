package dev.reportsearch.indexer.clean;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs how much a candidate line looks like the report's own headline, feature by feature ({@link HeadlineFeature}),
 * from its words ({@code headline-words.txt}), its shape and its place among the page's lines.
 *
 * <p>Immutable and thread-safe.
 */
final class HeadlineScorer {
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/headline-words.txt";
    /** Headlines are at least this long in Han characters (shorter: a site's name, a column). */
    static final int HEADLINE_HAN = 8;
    /** And at most this long (longer: a sentence of the text). */
    static final int MAX_HEADLINE_HAN = 40;
    /** Below this share of Han characters a line is numbers and codes (a dated headline keeps well above it). */
    static final double HAN_SHARE = 0.6;
    /** How many lines down {@link HeadlineFeature#LOW_DOWN} counts, at most. */
    static final int LOW_DOWN_LINES = 4;
    /** A line this short between a candidate and the text (a name, 【某网】) does not part them. */
    static final int MAX_MARK_HAN = 4;

    private static final Pattern YEAR = Pattern.compile("((19|20)[0-9xX]{2}|[〇零一二三四五六七八九○]{4}|[xX×]{2,4})\\s*年|(19|20)\\d{2}");
    private static final Pattern LABEL = Pattern.compile("^([^:：，,。]{1,8})[:：]\\s*(.*)$");
    /** A note closing a headline, in brackets (…总结报告(三篇), …报告(精选)): the headline's kind stands before it. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[(（][^()（）]{1,8}[)）]\\s*(\\.[A-Za-z]{2,4})?$");
    private static final Pattern SEPARATOR = Pattern.compile("[|｜/]|\\s{2,}");
    /** An underscore joins a site's title bar (某某_某某网), never a headline's words. */
    private static final Pattern UNDERSCORE = Pattern.compile("_");
    /**
     * Five or more short words spaced out (组配分类 计划总结 发布机构 某街道 索引号): a row of fields or links; a slogan
     * has four phrases at most (学党史 悟思想 办实事 开新局).
     */
    private static final Pattern SPACED_WORDS = Pattern.compile("^\\S{2,4}(\\s+\\S{2,4}){4,}$");
    private static final Pattern SUBTITLE = Pattern.compile("^[—－]{1,2}|^--");
    private static final Pattern NUMBERED = Pattern.compile("^[【\\[]?(篇[一二三四五六七八九十]{1,3}|第\\s*[0-9一二三四五六七八九十]{1,3}\\s*篇|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．]\\s*\\D)");
    private static final Pattern NOT_SPACE = Pattern.compile("\\S");

    private final Pattern report;
    private final Pattern reportAtEnd;
    private final Pattern event;
    private final Pattern body;
    private final Pattern chrome;

    HeadlineScorer(List<Pattern> report, List<Pattern> event, List<Pattern> body, List<Pattern> chrome) {
        this.report = anyOf(report);
        this.reportAtEnd = Pattern.compile("(?:" + this.report.pattern() + ")$");
        this.event = anyOf(event);
        this.body = anyOf(body);
        this.chrome = anyOf(chrome);
    }

    static HeadlineScorer standard() {
        Map<String, List<Pattern>> words = RuleFile.read(RESOURCE, Set.of("report", "event", "body", "chrome"));
        return new HeadlineScorer(words.get("report"), words.get("event"), words.get("body"), words.get("chrome"));
    }

    private static Pattern anyOf(List<Pattern> patterns) {
        return Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
    }

    double score(TitleCandidate candidate, TitleContext context) {
        return features(candidate, context).entrySet().stream().mapToDouble(e -> e.getKey().weight * e.getValue()).sum();
    }

    /** The features the candidate shows, each with its value (0 to 1). */
    Map<HeadlineFeature, Double> features(TitleCandidate candidate, TitleContext context) {
        Map<HeadlineFeature, Double> on = new EnumMap<>(HeadlineFeature.class);
        String text = candidate.text().strip();
        String view = SimplifiedView.of(text);
        String han = HeadlineRules.hanOf(text);
        mark(on, HeadlineFeature.NAMES_A_REPORT, reportAtEnd.matcher(HeadlineRules.hanOf(TRAILING_NOTE.matcher(text).replaceFirst(""))).find());
        mark(on, HeadlineFeature.HOLDS_A_REPORT_WORD, !on.containsKey(HeadlineFeature.NAMES_A_REPORT) && report.matcher(han).find());
        mark(on, HeadlineFeature.REPORTS_AN_EVENT, event.matcher(han).find());
        mark(on, HeadlineFeature.NAMES_A_BODY, body.matcher(view).find());
        mark(on, HeadlineFeature.HAS_A_YEAR, YEAR.matcher(view).find());
        mark(on, HeadlineFeature.HEADLINE_LENGTH, han.length() >= HEADLINE_HAN && han.length() <= MAX_HEADLINE_HAN);
        mark(on, HeadlineFeature.SHORT, han.length() < HEADLINE_HAN);
        mark(on, HeadlineFeature.ABOVE_THE_STAMP, !context.meta().isEmpty() && nextBelow(candidate, context) == context.meta().get(0)
                && candidate.lastLine() < context.meta().get(0));
        mark(on, HeadlineFeature.ABOVE_THE_TEXT, candidate.shape() == TitleCandidate.Shape.LINE && nextBelow(candidate, context) == context.text());
        mark(on, HeadlineFeature.AGREES_WITH_THE_PAGE, context.evidence().agrees(han));
        mark(on, HeadlineFeature.REPEATED, repeated(candidate, context, han));
        if (candidate.line() > 0) {
            on.put(HeadlineFeature.LOW_DOWN, Math.min(candidate.line(), LOW_DOWN_LINES) / (double) LOW_DOWN_LINES);
        }
        mark(on, HeadlineFeature.LABEL, isLabel(text));
        mark(on, HeadlineFeature.PART_OF_A_FULLER, partOfAFuller(candidate, context, han));
        mark(on, HeadlineFeature.CHROME_WORD, chrome.matcher(view).find());
        double share = hanShare(TitleFinder.FILE_EXTENSION.matcher(TRAILING_NOTE.matcher(text).replaceFirst("").strip()).replaceFirst(""));
        if (share < HAN_SHARE) {
            on.put(HeadlineFeature.FEW_HAN, (HAN_SHARE - share) / HAN_SHARE);
        }
        Matcher separators = SEPARATOR.matcher(text);
        mark(on, HeadlineFeature.SEPARATED_WORDS, separators.results().count() >= 2 || UNDERSCORE.matcher(text).find()
                || SPACED_WORDS.matcher(text).matches() || HeadlineRules.isMenu(text));
        mark(on, HeadlineFeature.SUBTITLE, SUBTITLE.matcher(text).find());
        mark(on, HeadlineFeature.NUMBERED, NUMBERED.matcher(text).find());
        mark(on, HeadlineFeature.BODY_SENTENCE, candidate.shape() == TitleCandidate.Shape.FIRST_SENTENCE);
        return on;
    }

    private static void mark(Map<HeadlineFeature, Double> on, HeadlineFeature feature, boolean shown) {
        if (shown) {
            on.put(feature, 1.0);
        }
    }

    /** The first line below the candidate that is more than a short mark (a name, 【某网】, 作者 某某). */
    private static int nextBelow(TitleCandidate candidate, TitleContext context) {
        int k = candidate.lastLine() + 1;
        while (k < context.lines().size() && k != context.text() && !context.meta().contains(k)
                && HeadlineRules.hanCount(context.lines().get(k)) <= MAX_MARK_HAN) {
            k++;
        }
        return k;
    }

    /** A label with its value, unless a place or body names what a headline follows (某镇:“妇女微家”零距离服务). */
    private boolean isLabel(String text) {
        Matcher label = LABEL.matcher(text);
        return label.find() && !(body.matcher(SimplifiedView.of(label.group(1))).find()
                && HeadlineRules.hanCount(label.group(2)) >= TitleFinder.MIN_HEADLINE_HAN);
    }

    private static boolean partOfAFuller(TitleCandidate candidate, TitleContext context, String han) {
        if (han.length() < TitleFinder.MIN_HEADLINE_HAN) {
            return false;
        }
        for (int k = 0; k < candidate.line(); k++) {
            String other = HeadlineRules.hanOf(context.lines().get(k));
            if (!candidate.lines().contains(k) && other.length() > han.length() && other.length() <= MAX_HEADLINE_HAN && other.contains(han)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another line is the candidate again, alone or opening a paragraph it runs on into. */
    private static boolean repeated(TitleCandidate candidate, TitleContext context, String han) {
        if (han.length() < TitleFinder.MIN_HEADLINE_HAN) {
            return false;
        }
        for (int k = 0; k < context.lines().size(); k++) {
            if (!candidate.lines().contains(k) && HeadlineRules.hanStartsWith(context.lines().get(k), han)) {
                return true;
            }
        }
        return false;
    }

    /** The share of Han characters in the text's visible ones (a note and a file's extension after it left out). */
    private static double hanShare(String text) {
        long visible = NOT_SPACE.matcher(text).results().count();
        return visible == 0 ? 0 : (double) HeadlineRules.hanCount(text) / visible;
    }
}
