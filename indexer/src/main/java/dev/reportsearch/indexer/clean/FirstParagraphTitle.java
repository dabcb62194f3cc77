package dev.reportsearch.indexer.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title from the body when the page's header gives none: the headline the first paragraph starts
 * with, cut where it runs on into the body ("…工作总结 201X年,是…", "…工作总结今年以来,…", "…工作总结20xx年度,我会…",
 * "——…紀實 自…頒布以來"), else that paragraph's first sentence, shortened. Salutations ("各位代表:")
 * and bare names ("哈 热") before it are looked past.
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
    /** How many opening salutations and names are looked past. */
    static final int MAX_SKIPPED_OPENERS = 3;
    /** How long a headline (with its subtitle) run into a speech's salutation may be. */
    static final int MAX_SALUTED_HEADLINE = 80;
    /** A site's name or column over the headline is short (移动新媒体, 新闻中心); a headline is longer. */
    static final int MAX_SITE_NAME_HAN = 8;
    /** How much of the first sentence stands in for a missing title. */
    static final int FALLBACK_LENGTH = 30;

    private static final Pattern SALUTATION = Pattern.compile("^(各位|尊敬的|同志们|亲爱的|親愛的)[^。]{0,24}[:：]$");
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
    /** A collection's numbering of the pieces a page holds (第一篇:某某主持词, 第2篇 某某): the site's, not the piece's headline. */
    private static final Pattern PIECE_NUMBER = Pattern.compile("^第\\s*[0-9一二三四五六七八九十]{1,3}\\s*篇\\s*[:：]?");
    /** A subtitle's dash (——坚持改进作风,自身建设不断加强): a line under a headline, not one over the text. */
    private static final Pattern SUBTITLE = Pattern.compile("^[—－\\-]{1,2}");
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

    public FirstParagraphTitle(HeadlineRules rules) {
        this.rules = rules;
    }

    public static FirstParagraphTitle standard() {
        return new FirstParagraphTitle(HeadlineRules.standard());
    }

    /**
     * The title from the first paragraph that is no salutation, no bare name and no site navigation (a menu bar, a
     * breadcrumb): that paragraph's headline, or the headline standing right above the text when the first is only a
     * site's short name over it (移动新媒体 / 中国搜索 / 某省妇代会将于16日召开 / 5月13日,…), or the piece's own headline
     * when the first is a collection's "第一篇:…" over it (paragraphs not empty).
     */
    public String of(List<String> paragraphs) {
        return titled(paragraphs).title();
    }

    /** A title from the text, with the paragraphs left once the site's navigation above it is gone. */
    public record Titled(String title, List<String> paragraphs) {
        public Titled {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * As {@link #of(List)}, and the paragraphs without the navigation and short names above the headline when they
     * were looked past (移动新媒体 / 中国搜索 over it are the site's, not a section of the report).
     */
    public Titled titled(List<String> paragraphs) {
        int skippedNavigation = 0;
        for (int i = 0; i < paragraphs.size() && i < MAX_SKIPPED_OPENERS + skippedNavigation; i++) {
            String p = paragraphs.get(i).strip();
            if (isNavigation(p)) {
                skippedNavigation++;
                continue;
            }
            if (!SALUTATION.matcher(p).matches() && HeadlineRules.hanCount(p) >= TitleFinder.MIN_HEADLINE_HAN) {
                int headline = headlineOver(paragraphs, i);
                boolean lookedPast = (skippedNavigation > 0 || headline != i) && HeadlineRules.noProseBefore(paragraphs, headline);
                return new Titled(of(paragraphs.get(headline).strip()),
                        lookedPast ? paragraphs.subList(headline, paragraphs.size()) : paragraphs);
            }
        }
        return new Titled(of(paragraphs.get(0)), paragraphs);
    }

    /** A menu bar, a breadcrumb or a label with a menu after it (快捷搜索:论文 合同 演讲): a site's navigation, no headline. */
    static boolean isNavigation(String line) {
        return line.length() <= HeadlineRules.MAX_HEADLINE && (HeadlineRules.isMenu(line) || CRUMB.matcher(line).find()
                || LABELLED_MENU.matcher(line).matches());
    }

    /**
     * Which paragraph holds the headline when the opener at {@code first} is one: the headline right above the text
     * (past author lines and short marks) when the opener is a site's short name and that headline is at least twice
     * as long; the next line when the opener is a collection's numbering of its pieces; else the opener.
     */
    private int headlineOver(List<String> paragraphs, int first) {
        String opener = paragraphs.get(first).strip();
        if (PIECE_NUMBER.matcher(opener).lookingAt() && first + 1 < paragraphs.size()) {
            String next = paragraphs.get(first + 1).strip();
            if (HeadlineRules.isHeadline(next) && HeadlineRules.hanCount(next) >= TitleFinder.MIN_HEADLINE_HAN && !SALUTATION.matcher(next).matches()) {
                return first + 1; // 第一篇:某某(主持词) / 某某会议主持词: the piece's own headline
            }
        }
        long openerHan = HeadlineRules.hanCount(opener);
        if (!HeadlineRules.isHeadline(opener) || openerHan > MAX_SITE_NAME_HAN || rules.endsInKind(HeadlineRules.hanOf(opener))) {
            return first; // 政府工作报告 / ——坚持改进作风,… : a document's kind is its headline, no site's name
        }
        int text = first + 1;
        while (text < paragraphs.size() && text <= first + MAX_SKIPPED_OPENERS && !HeadlineRules.isProse(paragraphs.get(text))) {
            text++;
        }
        if (text >= paragraphs.size() || !HeadlineRules.isProse(paragraphs.get(text))) {
            return first;
        }
        for (int k = text - 1; k > first; k--) {
            String line = paragraphs.get(k).strip();
            if (rules.isAuthorLine(line) || HeadlineRules.hanCount(line) < TitleFinder.MIN_HEADLINE_HAN) {
                continue; // 【某网】 / 作者 某某 between the headline and the text
            }
            boolean lead = HeadlineRules.isHeadline(line) && !isNavigation(line) && !SUBTITLE.matcher(line).find()
                    && HeadlineRules.hanCount(line) >= 2 * openerHan;
            return lead ? k : first;
        }
        return first;
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
                return rules.clean(head);
            }
        }
        Matcher salutation = SALUTATION_START.matcher(p);
        if (salutation.find() && salutation.start() >= TitleFinder.MIN_HEADLINE_HAN && salutation.start() <= MAX_SALUTED_HEADLINE
                && !SENTENCE_END.matcher(p.substring(0, salutation.start())).find()) {
            // "…工作报告:副题各位委员,同志们:…": the headline ends where the speech begins
            return rules.clean(beforeMeeting(p.substring(0, salutation.start())));
        }
        Matcher clause = CLAUSE_BREAK.matcher(p);
        int clauseEnd = Math.min(clause.find() ? clause.start() : p.length(), MAX_RUN_ON_HEADLINE);
        int end = rules.lastKindEnd(p.substring(0, clauseEnd));
        if (end >= 6 && p.length() - end > MIN_BODY
                && (YEAR.matcher(p.substring(0, end)).find() || YEAR_START.matcher(p.substring(end)).lookingAt())) {
            return rules.clean(p.substring(0, end));
        }
        if (p.length() <= MAX_RUN_ON_HEADLINE && !CLAUSE_BREAK.matcher(p).find()) {
            return p; // a paragraph that is one unbroken headline line (an uploaded file's name) is whole, not a sentence to shorten
        }
        String sentence = SENTENCE_END.split(p, 2)[0].strip();
        return sentence.length() <= FALLBACK_LENGTH ? sentence : sentence.substring(0, FALLBACK_LENGTH) + "…";
    }
}
