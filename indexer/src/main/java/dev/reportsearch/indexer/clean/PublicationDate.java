package dev.reportsearch.indexer.clean;

import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.classify.YearNumerals;
import dev.reportsearch.indexer.extract.ChineseNumber;
import dev.reportsearch.indexer.extract.ResourceLines;
import dev.reportsearch.indexer.regex.Alternation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The publication date a page's header gives, read from its first lines (site chrome included, since
 * metadata tables and source lines are chrome too). Pages write it in many forms; the strongest wins:
 * <ol>
 *   <li>a labelled date: 发布日期：…, 发布时间, 发表时间：, 时间：2026-02-01, 日期 | 2022-01-17 | in a metadata
 *       table, the label alone on its line and the date on the next;</li>
 *   <li>a document's own labelled date: 成文日期, 生成日期, 印发日期;</li>
 *   <li>a date line: a numeric date in a short header line (来源：某报 2021-10-12 11:31:57, 2026-02-28 发布于四川,
 *       a long line that opens with a date and time or a labelled date, the stamp run into the text by a converter,
 *       a date after the title, 19.09.2019 17:44 written day first), a line that starts with 2026年2月10日 or
 *       ends with it after a space (某镇工作总结 2021年4月2日), or such a date in a source line
 *       (来源：某报 | 2019年09月29日);</li>
 *   <li>a repost's date (转载, 转自): only when the page gives no date of its own;</li>
 *   <li>a date written out in Chinese numerals under the title (二〇一一年七月十五日).</li>
 * </ol>
 * A government report's meeting line (——2026年1月25日在…会议上) dates the meeting, not the page: a report
 * page with nothing else has no publication date (its year is the years' business: ReportYear).
 * Crawl and snapshot dates (抓取时间, 快照, 访问时间) are never the page's; of two unlabelled stamps with their time the
 * earlier is (a repost's stamp over the original's). Update dates (更新时间) rank with the
 * document's dates, after the publication label. The label words are in {@code date-labels.tsv}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDate {
    /** How many non-blank lines from the top may hold the date: long metadata tables and menus come first. */
    static final int HEADER_LINES = 20;
    /** A publication stamp this long after the document's own date is a re-post's ({@link #reposted}). */
    static final int REPOSTED_AFTER_DAYS = 366;
    /** Lines this short (a letter index A / B / C, one-word menu items) do not use up the header's lines. */
    static final int MENU_ITEM = 2;
    /** How far into a long line a publication label (…会议发布时间2012年2月20日 来源:…) still belongs to its stamp. */
    static final int LONG_LINE_LABEL_REACH = 80;
    /** Longer lines are text, not metadata. */
    static final int MAX_LINE = 120;
    /** How far into the text a written-out date (二〇一一年七月十五日) still stands under the title. */
    static final int WRITTEN_OUT_REACH = 300;

    /** Kinds of evidence, strongest first. */
    private enum Kind { LABELLED, DOCUMENT, DATE_LINE, REPOST, WRITTEN_OUT, SIGNED }

    /** How many lines from the page's end a signing date stands (某镇妇联 某某 / 二〇〇九年三月八日). */
    static final int SIGNATURE_LINES = 2;
    /** A date in digits alone on a line (2009年3月8日). */
    private static final Pattern DIGIT_DATE_ALONE = Pattern.compile("^((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

    /** Year, month and day; an e-paper's masthead writes them each followed by a slash (2024 年/1 月/11 日/第 004 版). */
    private static final String YMD = "(?<![0-9])((?:19|20)\\d{2})\\s*(?:[-/.]|年\\s*/?)\\s*(\\d{1,2})\\s*(?:[-/.]|月\\s*/?)\\s*(\\d{1,2})(?![0-9])\\s*日?";
    private static final Pattern DATE = Pattern.compile(YMD);
    /** A date with digits and separators only (2021-07-23, 2019/9/29, 2019.09.29): the form of page metadata. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![0-9])");
    /** An e-paper's date widget, the year spaced off its month (2023 10月24日). */
    private static final Pattern SPACED_YEAR_DATE = Pattern.compile("((?:19|20)\\d{2})\\s+(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A date written with two-digit month and day (2021-09-29), whatever digits the text runs on with after it. */
    private static final Pattern PADDED_DATE = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    /** A numeric date and time opening a line (2022-03-09 09:29:35 …). */
    private static final Pattern STAMP_OPENING = Pattern.compile(
            "^\\s*((?:19|20)\\d{2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})\\s+\\d{1,2}:\\d{2}(:\\d{2})?(?![0-9])");
    /** Day first (19.09.2019 17:44), as some sites write it. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![0-9.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![0-9.])");
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/date-labels.tsv";
    private static final Map<String, List<String>> WORDS = ResourceLines.kinds(RESOURCE);
    private static final Pattern LABEL = Pattern.compile("(" + Alternation.of(
            Stream.concat(WORDS.get("published").stream(), WORDS.get("document").stream()).toList())
            + ")?(?:日期|时间)(?:\\s*[:|])*\\s*"); // 发布日期: | 2021-02-27 |: a table's bars after the colon, spaced
    private static final Pattern LABEL_ALONE = Pattern.compile("^(?:\\S{0,4}(?:日期|时间))\\s*[:|]*\\s*$");
    private static final Pattern DOCUMENT_LABEL = Pattern.compile(Alternation.of(WORDS.get("document")));
    private static final Pattern TIME_AFTER = Pattern.compile("^\\s*\\d{1,2}\\s*[:时]\\s*\\d{2}");
    private static final Pattern PUBLISHED_AFTER = Pattern.compile("^\\s*发布");
    /** A newspaper's page after the date: "图说新闻 2024年03月21日 某某晚报 12版" heads an e-edition's page. */
    private static final Pattern EDITION = Pattern.compile("(报|刊|/)\\s*第?\\s*[0-9A-Z]{1,3}\\s*版");
    private static final Pattern MEETING_AFTER = Pattern.compile("^\\s*在[^。]{0,60}?(?:会议|大会)");
    private static final Pattern CRAWL = Pattern.compile(Alternation.of(WORDS.get("crawl")));
    private static final Pattern REPOST = Pattern.compile(Alternation.of(WORDS.get("repost")));
    private static final Pattern SOURCE_LINE = Pattern.compile(Alternation.of(WORDS.get("source")));
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            "(" + TextNormalizer.CHINESE_YEAR + ")年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

    private PublicationDate() {
    }

    /** The strongest date of {@code lines} (normalised, non-blank, from the top of the page), if any. */
    public static Optional<LocalDate> in(List<String> lines) {
        Candidate best = null;
        int top = 0;
        for (int counted = 0; top < lines.size() && counted < HEADER_LINES; top++) {
            counted += lines.get(top).strip().length() > MENU_ITEM ? 1 : 0;
        }
        for (int i = 0; i < top; i++) {
            String line = SearchText.normalize(lines.get(i));
            if (LABEL_ALONE.matcher(line).matches() && i + 1 < lines.size()) {
                line = line + " " + SearchText.normalize(lines.get(i + 1)); // 发表时间： / 2026-02-09 09:45:30
            }
            best = stronger(best, inLine(line));
        }
        if (best == null) {
            best = writtenOut(String.join("\n", lines.subList(0, top)));
        }
        if (best == null) {
            best = signed(lines);
        }
        return best == null ? Optional.empty() : Optional.of(best.date);
    }

    /** A date of some kind of evidence; {@code timed} when a time of day follows it (a CMS's stamp: 2018-03-08 17:02). */
    private record Candidate(Kind kind, LocalDate date, boolean timed) {
        Candidate(Kind kind, LocalDate date) {
            this(kind, date, false);
        }
    }

    /**
     * The stronger of two candidates, the first on a tie; of two unlabelled stamps with their time of day, the earlier:
     * a repost's or a site's stamp (2018/5/11 15:20:28 点击:621) stands over the original's author and stamp (某某 /
     * 2018-03-08 17:02), and a page is never published before the text it carries. (A notice's date over the date of the
     * speech it prints, 2008年4月28日 / (2008年4月21日), is no such pair: the first stays.)
     */
    private static Candidate stronger(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b != null && (reposted(a, b) || reposted(b, a))) {
            return a.kind == Kind.DOCUMENT ? a : b;
        }
        if (b != null && b.kind == Kind.DATE_LINE && a.kind == Kind.DATE_LINE && a.timed && b.timed) {
            return b.date.isBefore(a.date) ? b : a;
        }
        return b != null && b.kind.ordinal() < a.kind.ordinal() ? b : a;
    }

    /**
     * True when a page publishes a document more than a year after the document's own date (发文日期: 2017-01-25 in a
     * 政务公开 table, 发布时间:2020-11-25 when a site moved its old files into a new directory): the publication
     * stamp is then a re-post's, and the document's date is the report's own.
     */
    private static boolean reposted(Candidate document, Candidate published) {
        return document.kind == Kind.DOCUMENT && published.kind == Kind.LABELLED
                && document.date.plusDays(REPOSTED_AFTER_DAYS).isBefore(published.date);
    }

    /** The strongest date one header line gives. */
    static Candidate inLine(String line) {
        if (CRAWL.matcher(line).find()) {
            return null;
        }
        if (line.length() > MAX_LINE) {
            return stampOpening(line);
        }
        Candidate best = null;
        boolean otherDate = false;
        Matcher label = LABEL.matcher(line);
        while (label.find()) {
            LocalDate date = dateAt(line, label.end());
            if (date == null) {
                continue;
            }
            boolean ownLabel = label.group(1) != null || label.start() == 0 || !Character.isIdeographic(line.codePointBefore(label.start()));
            if (ownLabel) {
                boolean document = label.group(1) != null && DOCUMENT_LABEL.matcher(label.group(1)).matches();
                best = stronger(best, new Candidate(document ? Kind.DOCUMENT : Kind.LABELLED, date));
            } else {
                otherDate = true; // 截止日期, 活动时间, 废止日期: a date, but not the page's
            }
        }
        if (best != null || otherDate) {
            return best;
        }
        Kind undated = REPOST.matcher(line).find() ? Kind.REPOST : Kind.DATE_LINE;
        Matcher numeric = NUMERIC_DATE.matcher(line);
        if (numeric.find()) {
            LocalDate date = date(numeric.group(1), numeric.group(3), numeric.group(4));
            if (date != null) {
                return new Candidate(undated, date, TIME_AFTER.matcher(line.substring(numeric.end())).find());
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(line);
        if (dayFirst.find()) {
            LocalDate date = date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
            if (date != null) {
                return new Candidate(undated, date);
            }
        }
        Matcher written = DATE.matcher(line);
        if (written.find()) {
            LocalDate date = date(written.group(1), written.group(2), written.group(3));
            String after = line.substring(written.end());
            if (date == null) {
                return null;
            }
            if (MEETING_AFTER.matcher(after).find()) {
                return null; // the meeting's date
            }
            boolean dateLine = written.start() <= 2 && after.length() < 40 && !after.contains("，") && !after.contains(",");
            boolean endsTheLine = after.isBlank() && written.start() > 0 && Character.isWhitespace(line.charAt(written.start() - 1));
            if (dateLine || endsTheLine || SOURCE_LINE.matcher(line).find() || TIME_AFTER.matcher(after).find() || PUBLISHED_AFTER.matcher(after).find()
                    || EDITION.matcher(after).find()) {
                return new Candidate(undated, date); // "2026年02月10日 07时41分", not "2019年3月,主题为…"
            }
        }
        return null;
    }

    /**
     * A long line that opens with a labelled date (时间:2021-09-299月26日,…) or a date and its time (2022-03-09 09:29:35
     * 来源:某网 作者:某某今年的…): the page's stamp, run into the text by a converter; any other long line is text, its
     * dates not the page's.
     */
    private static Candidate stampOpening(String line) {
        Matcher label = LABEL.matcher(line);
        if (label.lookingAt()) {
            LocalDate date = dateAt(line, label.end());
            return date == null ? null : new Candidate(Kind.LABELLED, date); // 时间:2021-09-29 9月26日,… run together
        }
        Matcher stamp = STAMP_OPENING.matcher(line);
        if (!stamp.lookingAt()) {
            return publishedLabelNearStart(line);
        }
        LocalDate date = date(stamp.group(1), stamp.group(3), stamp.group(4));
        return date == null ? null : new Candidate(Kind.DATE_LINE, date);
    }

    /**
     * A date labelled as the page's publication (发布时间, 发表日期) near the start of a long line: a headline, its stamp and
     * the text run together by a converter (某某召开执委会议发布时间2012年2月20日 来源:… 会上,…).
     */
    private static Candidate publishedLabelNearStart(String line) {
        Matcher label = LABEL.matcher(line).region(0, Math.min(line.length(), LONG_LINE_LABEL_REACH));
        while (label.find()) {
            if (label.group(1) != null && !DOCUMENT_LABEL.matcher(label.group(1)).matches()) {
                LocalDate date = dateAt(line, label.end());
                if (date != null) {
                    return new Candidate(Kind.LABELLED, date);
                }
            }
        }
        return null;
    }

    /** A labelled date: the date right after the label (and its colon or table bars). */
    private static LocalDate dateAt(String line, int from) {
        Matcher m = DATE.matcher(line).region(from, line.length());
        if (m.lookingAt()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher spaced = SPACED_YEAR_DATE.matcher(line).region(from, line.length());
        if (spaced.lookingAt()) {
            return date(spaced.group(1), spaced.group(2), spaced.group(3)); // 当前报纸日期: 2023 10月24日 星期
        }
        Matcher padded = PADDED_DATE.matcher(line).region(from, line.length());
        if (padded.lookingAt()) {
            return date(padded.group(1), padded.group(2), padded.group(3)); // 时间:2021-09-299月26日: the text runs on after the day
        }
        Matcher day = DAY_FIRST.matcher(line).region(from, line.length());
        return day.lookingAt() ? date(day.group(3), day.group(2), day.group(1)) : null;
    }

    private static Candidate writtenOut(String header) {
        Matcher m = WRITTEN_OUT.matcher(header.substring(0, Math.min(header.length(), WRITTEN_OUT_REACH)));
        while (m.find()) {
            if (MEETING_AFTER.matcher(header.substring(m.end())).lookingAt()) {
                continue; // ——二〇二六年一月二十七日在…会议上: the meeting's date
            }
            Optional<LocalDate> date = writtenDate(m);
            if (date.isPresent()) {
                return new Candidate(Kind.WRITTEN_OUT, date.get());
            }
        }
        return null;
    }

    /** A date alone on one of the page's last lines, under the signature of a short news item or notice: when it was signed. */
    private static Candidate signed(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGNATURE_LINES); i--) {
            String line = SearchText.normalize(lines.get(i)).strip();
            Matcher written = WRITTEN_OUT.matcher(line);
            Optional<LocalDate> date = written.matches() ? writtenDate(written) : Optional.empty();
            Matcher digits = DIGIT_DATE_ALONE.matcher(line);
            if (date.isEmpty() && digits.matches()) {
                date = Optional.ofNullable(date(digits.group(1), digits.group(2), digits.group(3)));
            }
            if (date.isPresent()) {
                return new Candidate(Kind.SIGNED, date.get());
            }
        }
        return null;
    }

    private static Optional<LocalDate> writtenDate(Matcher m) {
        OptionalInt year = YearNumerals.parse(m.group(1));
        Optional<ChineseNumber> month = ChineseNumber.parse(m.group(2));
        Optional<ChineseNumber> day = ChineseNumber.parse(m.group(3));
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(date(year.getAsInt(), (int) month.get().value(), (int) day.get().value()));
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return YearNumerals.plausible(year) ? LocalDate.of(year, month, day) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
