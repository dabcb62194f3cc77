package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a report's own headline, whole and alone, among the first lines of a page (once chrome is
 * gone), with the rules of {@code titles.txt}:
 * <ul>
 *   <li>a delivered report's title is the line(s), up to three, just above its meeting line
 *       ("——2026年1月25日在…会议上"); when a fuller headline above names the same document
 *       ("2026年宁夏回族自治区政府工作报告" over "政府工作报告"), that one;</li>
 *   <li>else the headline just above the first metadata line, or just below a metadata block that opens
 *       the page (索引号 | … tables);</li>
 *   <li>else a repost's 原标题:…;</li>
 *   <li>with no header at all, the start of the first paragraph, cut where the headline runs on into
 *       the body ({@link #fromFirstParagraph}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TitleFinder {
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/titles.txt";
    /** A headline line is at most this long (a title may span up to {@link #MAX_TITLE_LINES} lines). */
    static final int MAX_HEADLINE = 40;
    static final int MAX_TITLE_LINES = 3;
    /** A meeting line is short. */
    static final int MAX_MEETING_LINE = 90;
    /** Below this, the rest of a first paragraph is no body a headline ran into. */
    static final int MIN_BODY = 20;
    /** How much of a first paragraph a headline may take. */
    static final int MAX_RUN_ON_HEADLINE = 40;
    /** A shorter words-then-space start ("今年以来 全县…") is a pause, not a headline, unless it names a document kind. */
    static final int MIN_SPACED_HEADLINE = 8;
    /** Fewer Han characters make a name or a column label ("哈 热", "要闻"), not a headline taken on its own. */
    static final int MIN_HEADLINE_HAN = 5;
    /** How many opening salutations and names the fallback title looks past. */
    static final int MAX_SKIPPED_OPENERS = 3;
    private static final Pattern SALUTATION = Pattern.compile("^(各位|尊敬的|同志们|亲爱的|親愛的)[^。]{0,24}[:：]$");
    /** How much of the first paragraph stands in for a missing title. */
    static final int FALLBACK_LENGTH = 30;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?；;]");
    private static final Pattern LABEL_END = Pattern.compile("[:：]$");
    /** A row of a metadata table (标 题: | … |) names fields; it is no headline. */
    private static final Pattern TABLE_ROW = Pattern.compile("[:：]\\s*\\|");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！!？?\\s]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[—－\\-·•●\\s]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[·•●\\s]+$");
    private static final Pattern TRAILING_STAMP = Pattern.compile(
            "\\s+(19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$");
    /** A news dateline (本报4月25日讯) opens a paragraph the way a headline would; it is none. */
    private static final Pattern DATELINE = Pattern.compile("(讯|訊|电|電)$");
    /** A report's headline run into its body names its year ("…2017年度…工作总结"); prose merely naming a kind does not. */
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9xX]{2}\\s*年|[〇零一二三四五六七八九○]{4}年");
    private static final Pattern WRAPPED_MEETING_END = Pattern.compile("^[^。，,]{1,20}(会议|大会)上[)）]?$");

    private final List<Pattern> meeting;
    private final Pattern kind;
    private final List<Pattern> suffixes;
    private final List<Pattern> original;

    public TitleFinder(List<Pattern> meeting, List<Pattern> kinds, List<Pattern> suffixes, List<Pattern> original) {
        this.meeting = List.copyOf(meeting);
        this.kind = Pattern.compile(String.join("|", kinds.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
        this.suffixes = List.copyOf(suffixes);
        this.original = List.copyOf(original);
    }

    public static TitleFinder standard() {
        Map<String, List<Pattern>> rules = RuleFile.read(RESOURCE, Set.of("meeting", "kind", "suffix", "original"));
        return new TitleFinder(rules.get("meeting"), rules.get("kind"), rules.get("suffix"), rules.get("original"));
    }

    /** A title and the header lines that hold it (title lines, the meeting line), in order. */
    public record Found(String title, List<Integer> lines) {
        public Found {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param lines    the page's lines, chrome gone
     * @param top      how many of them form the header
     * @param meta     the indices of the header's metadata lines (date, source, metadata tables)
     * @param maxTitle how long a line above the first metadata line may be to be its title
     */
    public Optional<Found> find(List<String> lines, int top, List<Integer> meta, int maxTitle) {
        int meetingLine = -1;
        for (int i = 0; i < top && meetingLine < 0; i++) {
            if (isMeetingLine(lines.get(i))) { // its date may read as a metadata line: it is the title's subtitle first
                meetingLine = i;
            }
        }
        if (meetingLine >= 0) {
            Optional<Found> delivered = aboveMeeting(lines, meetingLine, meta);
            if (delivered.isPresent()) {
                return delivered;
            }
        }
        int firstMeta = meta.isEmpty() ? -1 : meta.get(0);
        if (firstMeta > 0 && lines.get(firstMeta - 1).length() <= maxTitle) {
            return Optional.of(found(lines.get(firstMeta - 1), List.of(firstMeta - 1)));
        }
        if (firstMeta == 0) {
            int below = 0;
            while (below < top && meta.contains(below)) {
                below++;
            }
            if (below < top && isHeadline(lines.get(below)) && hanCount(lines.get(below)) >= MIN_HEADLINE_HAN) {
                return Optional.of(found(lines.get(below), List.of(below)));
            }
        }
        return Optional.empty();
    }

    /** A repost's note of its original headline anywhere in the lines (原标题:…). */
    public Optional<String> originalTitle(List<String> lines) {
        for (String line : lines) {
            for (Pattern p : original) {
                Matcher m = p.matcher(SimplifiedView.of(line.strip()));
                if (m.find()) {
                    return Optional.of(clean(line.strip().substring(m.start(1), m.end(1))));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Found> aboveMeeting(List<String> lines, int meetingLine, List<Integer> meta) {
        // the headline lines right above; a line naming a document kind (…政府工作报告) is a whole
        // headline, so a column name above it ("工作动态") is not taken in
        List<Integer> run = new ArrayList<>();
        for (int k = meetingLine - 1; k >= 0 && run.size() < MAX_TITLE_LINES && !meta.contains(k) && isHeadline(lines.get(k)); k--) {
            run.add(0, k);
            if (endsInKind(hanOf(lines.get(k)))) {
                break;
            }
        }
        List<Integer> held = new ArrayList<>();
        String title;
        if (run.isEmpty()) {
            // the headline stands above the page's date and source lines: the first one
            // (one naming a document kind before any other: a column name may stand there too)
            int first = -1;
            int firstOfKind = -1;
            for (int k = 0; k < meetingLine && firstOfKind < 0; k++) {
                if (!meta.contains(k) && isHeadline(lines.get(k))) {
                    first = first < 0 ? k : first;
                    firstOfKind = endsInKind(hanOf(lines.get(k))) ? k : -1;
                }
            }
            first = firstOfKind >= 0 ? firstOfKind : first;
            if (first < 0) {
                return Optional.empty();
            }
            held.add(first);
            title = lines.get(first);
        } else {
            // a headline above (or atop the run) holding the line right above the meeting line is the
            // fuller title of the same document: "2026年宁夏回族自治区政府工作报告" over "政府工作报告"
            int bottom = run.get(run.size() - 1);
            String han = hanOf(lines.get(bottom));
            int fuller = -1;
            for (int k = 0; k < bottom && fuller < 0; k++) {
                String line = lines.get(k);
                if (!meta.contains(k) && isHeadline(line) && hanOf(line).length() > han.length() && hanOf(line).contains(han)) {
                    fuller = k;
                }
            }
            if (fuller >= 0) {
                title = lines.get(fuller);
                if (fuller < run.get(0)) {
                    held.add(fuller);
                }
            } else {
                title = joinLines(run.stream().map(lines::get).toList());
            }
            held.addAll(run);
        }
        held.add(meetingLine);
        if (meetingLine + 1 < lines.size() && WRAPPED_MEETING_END.matcher(lines.get(meetingLine + 1)).matches()) {
            held.add(meetingLine + 1);
        }
        return Optional.of(found(title, held));
    }

    private Found found(String title, List<Integer> held) {
        return new Found(clean(title), held);
    }

    boolean isMeetingLine(String line) {
        if (line.length() > MAX_MEETING_LINE) {
            return false;
        }
        String view = SimplifiedView.of(line.strip());
        return meeting.stream().anyMatch(p -> p.matcher(view).find());
    }

    private static long hanCount(String s) {
        return HAN.matcher(s).results().count();
    }

    /**
     * The paragraph a title is taken from when the header gives none: the first that is no salutation
     * ("各位代表:") and no bare name ("哈 热", an author under a meeting line).
     */
    public String fromParagraphs(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size() && i < MAX_SKIPPED_OPENERS; i++) {
            String p = paragraphs.get(i).strip();
            if (!SALUTATION.matcher(p).matches() && hanCount(p) >= MIN_HEADLINE_HAN) {
                return fromFirstParagraph(p);
            }
        }
        return fromFirstParagraph(paragraphs.get(0));
    }

    /** A short line with no sentence in it: what a headline line looks like. */
    static boolean isHeadline(String line) {
        String s = line.strip();
        return s.length() <= MAX_HEADLINE && !SENTENCE_END.matcher(s).find() && !LABEL_END.matcher(s).find()
                && !TABLE_ROW.matcher(s).find()
                && HAN.matcher(s).results().count() >= 2;
    }

    /**
     * A title from the first paragraph when the page has no header: the headline the paragraph starts
     * with, where it runs on into the body ("…工作总结 201X年,是…", "…工作总结今年以来,…"), else the
     * paragraph's first sentence, shortened.
     */
    public String fromFirstParagraph(String paragraph) {
        String p = clean(paragraph);
        int space = p.indexOf(' ');
        if (space >= 4 && space <= MAX_RUN_ON_HEADLINE && p.length() - space > MIN_BODY) {
            String head = p.substring(0, space);
            boolean headline = head.length() >= MIN_SPACED_HEADLINE || endsInKind(head);
            if (headline && !CLAUSE_BREAK.matcher(head).find() && !DATELINE.matcher(head).find()) {
                return clean(head);
            }
        }
        Matcher clause = CLAUSE_BREAK.matcher(p);
        int clauseEnd = Math.min(clause.find() ? clause.start() : p.length(), MAX_RUN_ON_HEADLINE);
        Matcher k = kind.matcher(SimplifiedView.of(p.substring(0, clauseEnd)));
        int end = -1;
        while (k.find()) {
            end = k.end();
        }
        if (end >= 6 && p.length() - end > MIN_BODY && YEAR.matcher(p.substring(0, end)).find()) {
            return clean(p.substring(0, end));
        }
        String sentence = SENTENCE_END.split(p, 2)[0].strip();
        return sentence.length() <= FALLBACK_LENGTH ? sentence : sentence.substring(0, FALLBACK_LENGTH) + "…";
    }

    private boolean endsInKind(String head) {
        Matcher k = kind.matcher(SimplifiedView.of(head));
        while (k.find()) {
            if (k.end() == head.length()) {
                return true;
            }
        }
        return false;
    }

    /** A headline without the marks, date stamp and site suffix around it ("·威海市妇女联合会·", "——X", "X 2021-04-02", "X范文"). */
    public String clean(String title) {
        String t = LEADING_MARKS.matcher(title.strip()).replaceAll("");
        t = TRAILING_MARKS.matcher(t).replaceAll("");
        t = TRAILING_STAMP.matcher(t).replaceAll("");
        for (Pattern suffix : suffixes) {
            Matcher m = suffix.matcher(SimplifiedView.of(t));
            if (m.find() && m.start() > 0) {
                t = t.substring(0, m.start()).strip();
            }
        }
        return t.isEmpty() ? title.strip() : t;
    }

    /** Lines of one headline joined: nothing between two Han characters, a space otherwise. */
    static String joinLines(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String s = part.strip();
            if (out.length() > 0 && !(isHan(out.charAt(out.length() - 1)) && !s.isEmpty() && isHan(s.charAt(0)))) {
                out.append(' ');
            }
            out.append(s);
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String hanOf(String s) {
        return NOT_HAN.matcher(SimplifiedView.of(s)).replaceAll("");
    }
}
