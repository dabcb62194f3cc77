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

    /** The title from the first paragraph that is no salutation and no bare name (paragraphs not empty). */
    public String of(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size() && i < MAX_SKIPPED_OPENERS; i++) {
            String p = paragraphs.get(i).strip();
            if (!SALUTATION.matcher(p).matches() && HeadlineRules.hanCount(p) >= TitleFinder.MIN_HEADLINE_HAN) {
                return of(p);
            }
        }
        return of(paragraphs.get(0));
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
