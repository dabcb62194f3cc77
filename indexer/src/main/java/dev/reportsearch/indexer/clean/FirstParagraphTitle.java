package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title from the body when the page's header gives none: the best, by {@link HeadlineChooser}, of the lines above
 * the text and of the headline the first paragraph starts with, cut where it runs on into the body ("…工作总结 201X年,是…",
 * "…工作总结今年以来,…", "…工作总结20xx年度,我会…", "——…紀實 自…頒布以來"), else that paragraph's first sentence,
 * shortened. Salutations ("各位代表:"), bare names ("哈 热") and site navigation (menus, breadcrumbs) are no candidates.
 *
 * <p>Immutable and thread-safe.
 */
public final class FirstParagraphTitle {
    /** Below this, the rest of a first paragraph is no body a headline ran into. */
    static final int MIN_BODY = 20;
    /** How much of a first paragraph a headline may take. */
    static final int MAX_RUN_ON_HEADLINE = 40;
    /** A shorter words-then-space start ("今年以来 全县…") is a pause, not a headline, unless it names a document kind. */
    static final int MIN_SPACED_HEADLINE = 8;
    /** How many lines above the text may hold its headline (menus, site names, labels and the headline itself). */
    static final int MAX_HEADER_PARAGRAPHS = 8;
    /** How long a headline (with its subtitle) run into a speech's salutation may be. */
    static final int MAX_SALUTED_HEADLINE = 80;
    /** How much of the first sentence stands in for a missing title. */
    static final int FALLBACK_LENGTH = 30;

    /** Where a speech begins after a headline run into it: 各位代表:, 各位委员,同志们:, 各位代表。 (a converter's stop for the colon). */
    private static final Pattern SALUTATION_START = Pattern.compile("(各位|尊敬的|親愛的|亲爱的)[^。，,:：]{1,8}([，,][^。，,:：]{1,8})?[:：。！!]");
    /** A delivered report's meeting line run into its headline (政府工作报告——2012年1月3日在…会议上): where the headline ends. */
    private static final Pattern MEETING_DASH = Pattern.compile("[—－]{1,2}|--");
    /** A printed page's number run into the headline by a converter (1政府工作报告): no part of it. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,2}(?=\\p{IsHan})(?![年月日号届次个项])");
    /** A document site's chunk number opening its text layer: "1、 某某工作总结…" (not an item: a space follows). */
    private static final Pattern CHUNK_NUMBER = Pattern.compile("^\\d{1,2}、\\s+");
    /** The same number run onto a headline that runs on into the body (1、某某工作总结 在党委的领导下,…): no part of the headline. */
    private static final Pattern RUN_IN_CHUNK_NUMBER = Pattern.compile("^\\d{1,2}、(?=\\p{IsHan})");
    /** A breadcrumb's separator: no headline holds one. */
    private static final Pattern CRUMB = Pattern.compile("[>＞›»]");
    /** A label and the short words of a menu after it (快捷搜索:论文 合同 演讲 心得). */
    private static final Pattern LABELLED_MENU = Pattern.compile("^[^\\s:：]{2,6}[:：]\\s*[^\\s:：]{1,4}(\\s+[^\\s:：]{1,4}){2,}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?；;]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！!？?\\s]");
    /** A news dateline (本报4月25日讯) opens a paragraph the way a headline would; it is none. */
    private static final Pattern DATELINE = Pattern.compile("(讯|訊|电|電)$");
    /** A report's headline run into its body names its year ("…2017年度…工作总结"); prose merely naming a kind does not. */
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9xX]{2}\\s*年|[〇零一二三四五六七八九○]{4}年");
    /** A body that opens with its year (…工作总结20xx年度,我会…): where the headline before it ends, year or not. */
    private static final Pattern YEAR_START = Pattern.compile("^\\s*((19|20)[0-9xX]{2}|[〇零一二三四五六七八九○]{4})\\s*年");

    private final HeadlineRules rules;
    private final HeadlineChooser chooser;

    public FirstParagraphTitle(HeadlineRules rules, HeadlineChooser chooser) {
        this.rules = rules;
        this.chooser = chooser;
    }

    public static FirstParagraphTitle standard() {
        return new FirstParagraphTitle(HeadlineRules.standard(), HeadlineChooser.standard());
    }

    /**
     * The title from the text's first lines: the best of the lines above the text and of the headline its first
     * paragraph starts with, by {@link HeadlineChooser} (a site's menu, breadcrumb, short name, label or a collection's
     * "第一篇:…" over the headline lose on their features), salutations and names looked past (paragraphs not empty).
     */
    public String of(List<String> paragraphs) {
        return titled(paragraphs, TitleEvidence.NONE).title();
    }

    /** A title from the text, with the paragraphs left once the site's navigation above it is gone. */
    public record Titled(String title, List<String> paragraphs) {
        public Titled {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * As {@link #of(List)}, weighing what the file's name says too, and the paragraphs without the navigation and short
     * names above the headline when it stands on a line below them (移动新媒体 / 中国搜索 over it are the site's, not a
     * section of the report).
     */
    public Titled titled(List<String> paragraphs, TitleEvidence evidence) {
        int text = 0;
        while (text < paragraphs.size() && !HeadlineRules.isProse(paragraphs.get(text)) && !HeadlineRules.isSalutation(paragraphs.get(text))) {
            text++;
        }
        int prose = text;
        while (prose < paragraphs.size() && !HeadlineRules.isProse(paragraphs.get(prose))) {
            prose++; // past the salutation: the speech's first paragraph
        }
        List<TitleCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(text, MAX_HEADER_PARAGRAPHS); i++) {
            String p = paragraphs.get(i).strip();
            if (!isNavigation(p) && HeadlineRules.hanCount(p) >= TitleFinder.MIN_HEADLINE_HAN && !rules.isAuthorLine(p)) {
                candidates.add(new TitleCandidate(of(p), List.of(i), TitleCandidate.Shape.LINE));
            }
        }
        if (prose < paragraphs.size() && prose <= MAX_HEADER_PARAGRAPHS) {
            candidates.add(candidate(paragraphs.get(prose), prose));
        }
        if (candidates.isEmpty()) {
            return new Titled(of(paragraphs.get(0)), paragraphs);
        }
        TitleCandidate best = chooser.best(candidates, new TitleContext(paragraphs, List.of(), text, evidence)).orElseThrow();
        boolean lookedPast = best.line() > 0 && best.line() < text && HeadlineRules.noProseBefore(paragraphs, best.line());
        return new Titled(best.text(), lookedPast ? paragraphs.subList(best.line(), paragraphs.size()) : paragraphs);
    }

    /** A menu bar, a breadcrumb or a label with a menu after it (快捷搜索:论文 合同 演讲): a site's navigation, no headline. */
    static boolean isNavigation(String line) {
        return line.length() <= HeadlineRules.MAX_HEADLINE && (HeadlineRules.isMenu(line) || CRUMB.matcher(line).find()
                || LABELLED_MENU.matcher(line).matches());
    }

    /** A headline run into its meeting line and the speaker (1政府工作报告——…在…会议上某某区长某某): the headline alone. */
    private String beforeMeeting(String saluted) {
        Matcher dash = MEETING_DASH.matcher(saluted);
        while (dash.find()) {
            if (dash.start() > 0 && rules.isMeetingLine(saluted.substring(dash.start()))) {
                String head = saluted.substring(0, dash.start());
                String unnumbered = PAGE_NUMBER.matcher(head).replaceFirst("");
                return rules.endsInKind(HeadlineRules.hanOf(unnumbered)) ? unnumbered : head;
            }
        }
        return saluted;
    }

    /** The title one paragraph starts with. */
    public String of(String paragraph) {
        return candidate(paragraph, 0).text();
    }

    /** The headline the paragraph at {@code index} starts with, or its first sentence shortened. */
    TitleCandidate candidate(String paragraph, int index) {
        String p = rules.clean(CHUNK_NUMBER.matcher(paragraph.strip()).replaceFirst(""));
        int space = p.indexOf(' ');
        if (space >= 4 && space <= MAX_RUN_ON_HEADLINE && p.length() - space > MIN_BODY) {
            String head = p.substring(0, space);
            boolean headline = head.length() >= MIN_SPACED_HEADLINE || rules.endsInKind(head);
            if (headline && !CLAUSE_BREAK.matcher(head).find() && !DATELINE.matcher(head).find()) {
                Matcher number = RUN_IN_CHUNK_NUMBER.matcher(head);
                if (number.find() && rules.endsInKind(head.substring(number.end()))) {
                    head = head.substring(number.end()); // 1、某某年度工作总结 在…: the chunk's number, not the headline's
                }
                return runOn(rules.clean(head), index);
            }
        }
        Matcher salutation = SALUTATION_START.matcher(p);
        if (salutation.find() && salutation.start() >= TitleFinder.MIN_HEADLINE_HAN && salutation.start() <= MAX_SALUTED_HEADLINE
                && !SENTENCE_END.matcher(p.substring(0, salutation.start())).find()) {
            // "…工作报告:副题各位委员,同志们:…": the headline ends where the speech begins
            return runOn(rules.clean(beforeMeeting(p.substring(0, salutation.start()))), index);
        }
        Matcher clause = CLAUSE_BREAK.matcher(p);
        int clauseEnd = Math.min(clause.find() ? clause.start() : p.length(), MAX_RUN_ON_HEADLINE);
        int end = rules.lastKindEnd(p.substring(0, clauseEnd));
        if (end >= 6 && p.length() - end > MIN_BODY
                && (YEAR.matcher(p.substring(0, end)).find() || YEAR_START.matcher(p.substring(end)).lookingAt())) {
            return runOn(rules.clean(p.substring(0, end)), index);
        }
        if (p.length() <= MAX_RUN_ON_HEADLINE && !CLAUSE_BREAK.matcher(p).find()) {
            return new TitleCandidate(p, List.of(index), TitleCandidate.Shape.LINE); // a paragraph that is one unbroken headline line (an uploaded file's name) is whole, not a sentence to shorten
        }
        String sentence = SENTENCE_END.split(p, 2)[0].strip();
        return new TitleCandidate(sentence.length() <= FALLBACK_LENGTH ? sentence : sentence.substring(0, FALLBACK_LENGTH) + "…",
                List.of(index), TitleCandidate.Shape.FIRST_SENTENCE);
    }

    private static TitleCandidate runOn(String head, int index) {
        return new TitleCandidate(head, List.of(index), TitleCandidate.Shape.RUN_ON_HEAD);
    }
}
