package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.PageMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's title and publisher from its first lines and removes those lines (with the date lines;
 * the date itself is {@link PublicationDate}'s).
 * A metadata line is a short line near the top with a labelled date (发布时间2023年11月11日,
 * 时间:2022-10-13 11:09:06, 发布日期：..., 日期:...), a bare date (2017-09-22), a site's name and date
 * (某网 2025-03-14), a portal's address and date (http://www.example.cn 2003年09月10日17:07 某网) or a source label
 * (来源:...). The title is found by {@link TitleFinder} (else the markup's title, else a repost's 原标题);
 * its lines go; the short lines above it are site navigation ("干部队伍", "首页 > ...") and go too when
 * none of them is the report's text; and so do repetitions of the title just below, and short lines standing between
 * two metadata lines (the original's author and account under a repost's stamp).
 *
 * <p>Immutable and thread-safe.
 */
public final class MetadataExtractor {
    /** How many non-blank lines from the top may hold the title and metadata. */
    static final int HEADER_LINES = 12;
    static final int MAX_META_LINE = 100;
    static final int MAX_TITLE = 80;
    /** A short line between two metadata lines of the header (an author's name, an account) is one of its fields. */
    static final int MAX_HEADER_FIELD = 16;

    private static final String DATE = "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发表于|發表於|更新时间|更新時間|时间|時間|日期)\\s*[:：]?\\s*" + DATE);
    /** A publication stamp a converter ran onto the headline's line (某镇荣获先进集体发布时间:2021-04-15 文章来源:). */
    private static final Pattern RUN_IN_STAMP = Pattern.compile("(?:发布时间|發佈時間|发布日期|發佈日期|发表时间|發表時間|发表于|發表於)\\s*[:：]?\\s*" + DATE);
    /** A stamp's own field before its date (发布者:某某发布时间:…, 作者:某某 发布日期:…): the stamp's, no headline run onto it. */
    private static final Pattern STAMP_FIELD = Pattern.compile("(发布者|发布人|作者|来源|信息来源|文章来源|编辑|责任编辑|责编|供稿|撰稿|审核|录入)\\s*[:：]");
    /** How far into a long line (the whole page run together) a stamp after its headline may start. */
    static final int RUN_IN_STAMP_REACH = 60;
    private static final Pattern BARE_DATE = Pattern.compile("^\\s*" + DATE + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** A site's stamp: its name and the date, nothing else (某网 2025-03-14, once its counter is gone). */
    private static final Pattern SITE_STAMP = Pattern.compile(
            "^[^\\s，,。:：]{2,10}\\s+" + DATE + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");
    /** A portal's stamp: its address, the date and time, the source (http://www.example.com.cn 2003年09月10日17:07 某某网). */
    private static final Pattern ADDRESS_STAMP = Pattern.compile(
            "^(https?://)?[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+\\S*\\s+" + DATE + "\\s*(\\d{1,2}:\\d{2}(:\\d{2})?)?(\\s+[^\\s，,。]{2,10})?\\s*$");
    private static final Pattern TABLE_FRAME = Pattern.compile("^[|｜\\s]+|[|｜\\s]+$");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|來源|稿源|信息来源|信息來源)\\s*[:：]\\s*(.*)");
    private static final Pattern SOURCE_END = Pattern.compile(
            "\\s{2,}|\\s*(?:发布|發佈|發布|时间|時間|日期|阅读|閱讀|作者|浏览|瀏覽|点击|點擊|编辑|編輯|字体|字體)");
    private static final Set<String> NOT_A_PUBLISHER = Set.of("本站原创", "本站原創", "本站", "原创", "原創", "本网", "本網");

    private final TitleFinder titles;
    /** Page-metadata lines the chrome rules know (disclosure fields, document numbers): never a headline either. */
    private final Predicate<String> pageMeta;

    public MetadataExtractor() {
        this(TitleFinder.standard());
    }

    public MetadataExtractor(TitleFinder titles) {
        this(titles, line -> false);
    }

    public MetadataExtractor(TitleFinder titles, Predicate<String> pageMeta) {
        this.titles = titles;
        this.pageMeta = pageMeta;
    }

    /**
     * @param lines    normalised, non-blank body lines
     * @param markup   what the markup already said (HTML title, meta date); the markup wins
     */
    public PageHeader extract(List<String> lines, PageMetadata markup) {
        return extract(lines, markup, null);
    }

    /** As {@link #extract(List, PageMetadata)}, the file's name (maybe null) weighed in choosing the title too. */
    public PageHeader extract(List<String> lines, PageMetadata markup, String fileName) {
        List<String> body = withRunInStampsApart(lines);
        int top = Math.min(body.size(), HEADER_LINES);
        int firstMeta = -1;
        String publisher = null;
        List<Integer> metaLines = new ArrayList<>();
        for (int i = 0; i < top; i++) {
            String line = body.get(i);
            if (!isMetadataLine(line) && !pageMeta.test(line)) {
                continue;
            }
            if (firstMeta < 0) {
                firstMeta = i;
            }
            metaLines.add(i);
            if (publisher == null) {
                publisher = publisherIn(line);
            }
        }
        // a disclosure table's own title field (文件名称 | … |) names the document; its row is page metadata and goes with the others
        Optional<String> field = titles.fieldTitle(body, top);
        String title = field.orElse(null);
        List<Integer> titleLines = List.of();
        Optional<TitleFinder.Found> found = field.isPresent() ? Optional.empty() : titles.find(body, top, metaLines, MAX_TITLE,
                new TitleEvidence(markup.title(), fileName));
        if (found.isPresent()) {
            title = found.get().title();
            titleLines = found.get().lines();
        } else if (title == null && markup.title() != null) {
            for (int i = 0; i < top; i++) {
                if (sameTitle(body.get(i), markup.title())) {
                    titleLines = List.of(i);
                    title = body.get(i);
                    break;
                }
            }
        }
        if (title == null) {
            title = titles.originalTitle(body).orElse(null);
        }
        int titleLine = titleLines.isEmpty() ? -1 : titleLines.get(0);
        int lastHeld = titleLines.isEmpty() ? -1 : titleLines.get(titleLines.size() - 1);
        boolean navigationAbove = titleLine > 0 && HeadlineRules.noProseBefore(body, titleLine);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (metaLines.contains(i) || titleLines.contains(i)) {
                continue;
            }
            if (navigationAbove && i < titleLine) {
                continue; // navigation above the title (a notice above it is text: 印发…报告 / the report)
            }
            if (title != null && i > titleLine && i <= Math.max(lastHeld, firstMeta) + 3 && sameTitle(line, title)) {
                continue; // the title repeated below the date line
            }
            if (i > firstMeta && !metaLines.isEmpty() && i < metaLines.get(metaLines.size() - 1) && line.length() <= MAX_HEADER_FIELD
                    && !HeadlineRules.isProse(line)) {
                continue; // 2018/5/11 15:20 / 某某 / 某某街道 / 2018-03-08 17:02: an author or account between the stamps is the header's
            }
            kept.add(line);
        }
        PageMetadata merged = new PageMetadata(
                markup.title() != null ? markup.title() : title,
                markup.publishedAt(), // the page's own date is read by PublicationDate, chrome included
                markup.url(),
                markup.publisher() != null ? markup.publisher() : publisher);
        return new PageHeader(merged, kept);
    }

    /** The header's lines with a headline and the stamp run onto its line set apart: the headline, then its stamp line. */
    static List<String> withRunInStampsApart(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher stamp = RUN_IN_STAMP.matcher(line);
            if (i < HEADER_LINES && stamp.find() && stamp.start() > 0 && (line.length() <= MAX_META_LINE || stamp.start() <= RUN_IN_STAMP_REACH)) {
                String head = line.substring(0, stamp.start()).strip();
                if (HeadlineRules.hanCount(head) >= TitleFinder.MIN_HEADLINE_HAN && HeadlineRules.isHeadline(head)
                        && !STAMP_FIELD.matcher(SimplifiedView.of(head)).lookingAt()) {
                    out.add(head);
                    out.add(line.substring(stamp.start()));
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    static boolean isMetadataLine(String framed) {
        if (framed.length() > MAX_META_LINE) {
            return false;
        }
        String line = TABLE_FRAME.matcher(framed).replaceAll(""); // || 2023-12-01 11:22:24 编辑: 某某 |: a table row's bars frame it
        if (LABELLED_DATE.matcher(line).find()) {
            return true;
        }
        Matcher bare = BARE_DATE.matcher(line);
        if (bare.find() && line.length() - bare.end() < 40 && !line.substring(bare.end()).contains("，")
                && !line.substring(bare.end()).contains(",")) {
            return true; // "2017-09-22" or "2017-09-22 来源:..." but not "2019年3月,主题为..."
        }
        return SITE_STAMP.matcher(line).matches() || ADDRESS_STAMP.matcher(line).matches() || SOURCE.matcher(line).lookingAt();
    }

    static String publisherIn(String line) {
        Matcher m = SOURCE.matcher(line);
        if (!m.find()) {
            return null;
        }
        String rest = m.group(1);
        Matcher end = SOURCE_END.matcher(rest);
        String publisher = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        if (publisher.isEmpty() || NOT_A_PUBLISHER.contains(publisher)) {
            return null;
        }
        return publisher;
    }

    private static boolean sameTitle(String line, String title) {
        return squash(line).equals(squash(title));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
