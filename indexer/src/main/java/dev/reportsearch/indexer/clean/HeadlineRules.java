package dev.reportsearch.indexer.clean;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a headline looks like, from {@code titles.txt} (meeting lines, document kinds, site suffixes,
 * 原标题 notes) and from its shape (a short line with no sentence in it), and how a headline is
 * tidied: without the marks, date stamp and site suffix around it.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeadlineRules {
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/titles.txt";
    /** A headline line is at most this long (a title may span several lines). */
    static final int MAX_HEADLINE = 40;
    /** Lines above a title up to this long are site navigation ("干部队伍", "首页 > ..."). */
    static final int MAX_NAVIGATION_LINE = 60;
    /** A meeting line is short. */
    static final int MAX_MEETING_LINE = 90;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?；;]");
    /** A speech's salutation alone on its line: 各位代表:, 尊敬的各位领导、同志们:. */
    private static final Pattern SALUTATION = Pattern.compile("^(各位|尊敬的|同志们|亲爱的|親愛的)[^。]{0,24}[:：]$");
    private static final Pattern LABEL_END = Pattern.compile("[:：]$");
    /** A row of a metadata table (标 题: | … |) names fields; it is no headline. */
    private static final Pattern TABLE_ROW = Pattern.compile("[:：]\\s*\\|");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[—－\\-·•●\\s]+");
    /** Marks after a headline: bullets, a table cell's bar (…会议 |), pictographs (…工作报告📜). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[·•●|｜\\s\\p{So}\\x{FE0F}\\x{200D}]+$");
    /** A headline set in brackets as a whole (【落实某某规划】, 〔某某总结〕): the brackets frame it, they are not part of it. */
    private static final Pattern WRAPPED = Pattern.compile("^[【〔\\[]([^【】〔〕\\[\\]]+)[】〕\\]]$");
    /** A bracketed note closing a line: 某某总结(某某总结与计划). */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("[(（]([^()（）]+)[)）]$");
    /**
     * A menu bar: six or more names of two to four characters spaced out (首页 新闻 体育 娱乐 邮箱 导航), never a headline
     * (a title spaced out character by character, 政 府 工 作 报 告, is one, and so is a slogan of four or five phrases,
     * 学党史 悟思想 办实事 开新局).
     */
    private static final Pattern MENU = Pattern.compile("^[^\\s，,。:：]{2,4}(\\s+[^\\s，,。:：]{2,4}){5,}$");
    private static final Pattern TRAILING_STAMP = Pattern.compile(
            "\\s+(19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$");

    private final List<Pattern> meeting;
    private final Pattern kind;
    private final List<Pattern> suffixes;
    private final List<Pattern> original;
    private final List<Pattern> author;
    private final List<Pattern> field;
    private final List<Pattern> continued;
    private final List<Pattern> tag;
    private final List<Pattern> opens;
    private final List<Pattern> closes;

    public HeadlineRules(List<Pattern> meeting, List<Pattern> kinds, List<Pattern> suffixes, List<Pattern> original,
                         List<Pattern> author, List<Pattern> field, List<Pattern> continued,
                         List<Pattern> tag, List<Pattern> opens, List<Pattern> closes) {
        this.meeting = List.copyOf(meeting);
        this.kind = Pattern.compile(String.join("|", kinds.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
        this.suffixes = List.copyOf(suffixes);
        this.original = List.copyOf(original);
        this.author = List.copyOf(author);
        this.field = List.copyOf(field);
        this.continued = List.copyOf(continued);
        this.tag = List.copyOf(tag);
        this.opens = List.copyOf(opens);
        this.closes = List.copyOf(closes);
    }

    public static HeadlineRules standard() {
        Map<String, List<Pattern>> rules = RuleFile.read(RESOURCE, Set.of("meeting", "kind", "suffix", "original", "author", "field",
                "continued", "tag", "opens", "closes"));
        return new HeadlineRules(rules.get("meeting"), rules.get("kind"), rules.get("suffix"), rules.get("original"),
                rules.get("author"), rules.get("field"), rules.get("continued"),
                rules.get("tag"), rules.get("opens"), rules.get("closes"));
    }

    /** The line under a delivered report's title saying when and where it was delivered. */
    public boolean isMeetingLine(String line) {
        if (line.length() > MAX_MEETING_LINE) {
            return false;
        }
        String view = SimplifiedView.of(line.strip());
        return meeting.stream().anyMatch(p -> p.matcher(view).find());
    }

    /** A line naming who delivers or signs the report (省长 某某, a bare name): near the title, never part of it. */
    public boolean isAuthorLine(String line) {
        String view = SimplifiedView.of(line.strip());
        return author.stream().anyMatch(p -> p.matcher(view).find());
    }

    /** Whether a headline line goes on from the line above (暨…部署会, 召开…总结): a headline set over lines. */
    boolean continuesAbove(String line) {
        String view = SimplifiedView.of(line.strip());
        return continued.stream().anyMatch(p -> p.matcher(view).find());
    }

    /** Whether {@code line} closes the notice headline {@code above} leaves open (…关于印发某某 / …计划的通知). */
    boolean closesAbove(String above, String line) {
        String up = SimplifiedView.of(above.strip());
        String view = SimplifiedView.of(line.strip());
        return opens.stream().anyMatch(p -> p.matcher(up).find()) && closes.stream().anyMatch(p -> p.matcher(view).find());
    }

    /** Whether the text ends in a document kind (…工作报告, …工作总结). */
    boolean endsInKind(String text) {
        return lastKindEnd(text) == text.length() && !text.isEmpty();
    }

    /** Where the last document kind in the text ends, or -1. */
    int lastKindEnd(String text) {
        Matcher k = kind.matcher(SimplifiedView.of(text));
        int end = -1;
        while (k.find()) {
            end = k.end();
        }
        return end;
    }

    /** The headline a repost's note names (原标题:…), if the line is one. */
    Optional<String> originalIn(String line) {
        return group1(original, line);
    }

    /** The headline a disclosure page's title field gives (标 题: | … |), if the line is one. */
    Optional<String> fieldIn(String line) {
        return group1(field, line);
    }

    private Optional<String> group1(List<Pattern> patterns, String line) {
        String s = line.strip();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(SimplifiedView.of(s));
            if (m.find()) {
                return Optional.of(clean(s.substring(m.start(1), m.end(1))));
            }
        }
        return Optional.empty();
    }

    /** A headline without the marks, date stamp and site suffix around it ("·威海市妇女联合会·", "——X", "X 2021-04-02", "X范文"). */
    public String clean(String title) {
        String t = LEADING_MARKS.matcher(title.strip()).replaceAll("");
        t = undoubled(t);
        t = TRAILING_MARKS.matcher(t).replaceAll("");
        t = TRAILING_STAMP.matcher(t).replaceAll("");
        t = WRAPPED.matcher(t).replaceAll("$1").strip();
        for (Pattern category : tag) {
            Matcher m = category.matcher(SimplifiedView.of(t));
            if (m.lookingAt() && hanCount(t.substring(m.end())) >= TitleFinder.MIN_HEADLINE_HAN) {
                t = t.substring(m.end()).strip(); // 【妇联总结】某县妇联工作总结: the site's shelf, not the headline
            }
        }
        for (Pattern suffix : suffixes) {
            Matcher m = suffix.matcher(SimplifiedView.of(t));
            if (m.find() && m.start() > 0) {
                t = t.substring(0, m.start()).strip();
            }
        }
        return t.isEmpty() ? title.strip() : t;
    }

    /**
     * A headline printed twice without a break (某某工作总结某某工作总结, as document sites' text layers
     * give it), once.
     */
    static String undoubled(String text) {
        int half = text.length() / 2;
        if (text.length() % 2 == 0 && half >= TitleFinder.MIN_HEADLINE_HAN && text.substring(0, half).equals(text.substring(half))) {
            return text.substring(0, half);
        }
        Matcher bracketed = BRACKETED_TAIL.matcher(text);
        if (bracketed.find() && bracketed.start() >= TitleFinder.MIN_HEADLINE_HAN
                && hanOf(bracketed.group(1)).equals(hanOf(text.substring(0, bracketed.start())))) {
            return text.substring(0, bracketed.start()).strip(); // 某某工作总结(某某工作总结): a 范文 site's headline and its echo
        }
        return text;
    }

    /**
     * The line with its bracketed note dropped, when the note is all that sets it apart from {@code shorter}
     * (某某工作总结(某某总结与计划) over 某某工作总结), else empty.
     */
    static Optional<String> withoutNote(String line, String shorter) {
        Matcher bracketed = BRACKETED_TAIL.matcher(line.strip());
        if (!bracketed.find()) {
            return Optional.empty();
        }
        String head = line.strip().substring(0, bracketed.start()).strip();
        return hanOf(head).equals(hanOf(shorter)) && !head.isEmpty() ? Optional.of(head) : Optional.empty();
    }

    /** A short line with no sentence in it: what a headline line looks like. */
    static boolean isHeadline(String line) {
        String s = line.strip();
        return s.length() <= MAX_HEADLINE && !SENTENCE_END.matcher(s).find() && !LABEL_END.matcher(s).find()
                && !TABLE_ROW.matcher(s).find() && !LabelLines.isField(s) && !MENU.matcher(s).matches() && hanCount(s) >= 2;
    }

    /** A menu bar: short names spaced out (首页 新闻 体育 娱乐 邮箱 导航). */
    static boolean isMenu(String line) {
        return MENU.matcher(line.strip()).matches();
    }

    /** A line of the report's text (long, or holding a sentence): a header has none above its title. */
    static boolean isProse(String line) {
        return line.length() > MAX_NAVIGATION_LINE || SENTENCE_END.matcher(line).find();
    }

    /** A speech's salutation (各位代表:): what follows it is the speech, its headings the speech's, not the page's. */
    static boolean isSalutation(String line) {
        return SALUTATION.matcher(line.strip()).matches();
    }

    /** Whether the lines before {@code index} are all short navigation, none the report's text. */
    static boolean noProseBefore(List<String> lines, int index) {
        return lines.subList(0, index).stream().noneMatch(HeadlineRules::isProse);
    }

    static long hanCount(String s) {
        return HAN.matcher(s).results().count();
    }

    /** The Han characters of a line, Simplified: what two spellings of one headline share ("政 府 工 作 报 告uv9"). */
    static String hanOf(String s) {
        return NOT_HAN.matcher(SimplifiedView.of(s)).replaceAll("");
    }

    /**
     * Whether the Han characters of a line, Simplified, begin with {@code han}: {@code hanOf(s).startsWith(han)}
     * without building the line's Han string, for a check that runs over every line of a page.
     */
    static boolean hanStartsWith(String s, String han) {
        int matched = 0;
        for (int i = 0; i < s.length() && matched < han.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int simplified = Character.isBmpCodePoint(c) ? SimplifiedView.of((char) c) : c;
            if (Character.UnicodeScript.of(simplified) == Character.UnicodeScript.HAN) {
                if (matched + Character.charCount(simplified) > han.length() || han.codePointAt(matched) != simplified) {
                    return false;
                }
                matched += Character.charCount(simplified);
            }
        }
        return matched >= han.length();
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
}
