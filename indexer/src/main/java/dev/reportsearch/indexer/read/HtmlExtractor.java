package dev.reportsearch.indexer.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page's article body as lines, plus its metadata. The main content element is the first of
 * the usual article containers ({@code article}, {@code .content}, {@code #content}, ...) that holds a
 * good share of the page's text, else the element whose paragraphs hold the most text; navigation,
 * headers, footers, scripts and styles are dropped. {@code h1}-{@code h4} and bold-only paragraphs are
 * heading hints. Short lines outside the body carrying a date or source label (发布时间, 来源) are kept
 * in front of the body so the cleaner can read them.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private static final String CONTAINERS = String.join(",",
            "article", "[itemprop=articleBody]", "#zoom", ".TRS_Editor", ".article-content", ".article_content",
            ".articleContent", "#articleContent", ".article", "#article", ".content", "#content", ".detail",
            "#detail", ".main-content", ".news_content", ".text", "main");
    private static final String CHROME = String.join(",",
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "select", "button", "input", "textarea", "svg", "canvas", "object", "embed", "menu");
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|footer|foot|header|top-?bar|breadcrumbs?|crumbs?|share|sidebar|side|copyright|comments?|related|toolbar|pager|pagination)($|[-_ ])");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "center", "td", "th",
            "main", "figure", "figcaption", "address");
    private static final Pattern META_LINE = Pattern.compile("(发布时间|发布日期|发表时间|时间|日期|来源|作者|浏览|点击)\\s*[:：]");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

    public HtmlExtractor() {
    }

    /** The charset an HTML page declares in its first bytes ({@code <meta charset>}), or null. */
    public static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)").matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** True when the text starts like an HTML document. */
    public static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.contains("<head") || head.contains("<body");
    }

    public ReadDocument extract(String fileName, DecodedText decoded) throws UnreadableReportException {
        Document doc = Jsoup.parse(decoded.text());
        PageMetadata metadata = metadata(doc);
        Set<String> hints = new LinkedHashSet<>();
        List<String> metaLines = new ArrayList<>();

        Element body = doc.body();
        if (body == null) {
            throw new UnreadableReportException(fileName, "HTML with no text");
        }
        body.select(CHROME).forEach(e -> keepMetaLines(e, metaLines));
        body.select(CHROME).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && isChromeByName(e)) {
                keepMetaLines(e, metaLines);
                e.remove();
            }
        }
        Element main = mainContent(body);
        List<String> lines = new ArrayList<>();
        collectLines(main, new StringBuilder(), lines);
        for (Element h : main.select("h1,h2,h3,h4,strong,b")) {
            if (h.tagName().startsWith("h") || isBoldOnlyParagraph(h)) {
                String text = clean(h.text());
                if (!text.isEmpty()) {
                    hints.add(text);
                }
            }
        }
        if (lines.stream().allMatch(String::isBlank)) {
            throw new UnreadableReportException(fileName, "HTML with no text");
        }
        // metadata lines found outside the body go first, where the cleaner looks for them
        List<String> withMeta = new ArrayList<>();
        String h1 = main.selectFirst("h1") != null ? clean(main.selectFirst("h1").text()) : null;
        if (metadata.title() != null && (h1 == null || !lines.contains(h1)) && !metaLines.isEmpty()) {
            withMeta.add(metadata.title());
        }
        for (String meta : metaLines) {
            if (!lines.contains(meta)) {
                withMeta.add(meta);
            }
        }
        withMeta.addAll(lines);
        PageMetadata withH1 = h1 != null ? new PageMetadata(h1, null, null, null).orElse(metadata) : metadata;
        return new ReadDocument(fileName, DocumentFormat.HTML, decoded.charset(), withMeta, withH1, hints);
    }

    private static boolean isChromeByName(Element e) {
        String idAndClass = e.id() + " " + e.className();
        if (idAndClass.isBlank()) {
            return false;
        }
        for (String token : idAndClass.split("\\s+")) {
            if (CHROME_CLASS.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    private static void keepMetaLines(Element chrome, List<String> metaLines) {
        for (Element e : chrome.getAllElements()) {
            String own = clean(e.ownText());
            if (!own.isEmpty() && own.length() <= 80 && META_LINE.matcher(own).find() && ISO_DATE.matcher(own).find()
                    && !metaLines.contains(own)) {
                metaLines.add(own);
            }
        }
    }

    private static boolean isBoldOnlyParagraph(Element bold) {
        Element parent = bold.parent();
        if (parent == null || !(parent.tagName().equals("p") || parent.tagName().equals("div"))) {
            return false;
        }
        String boldText = clean(bold.text());
        return !boldText.isEmpty() && boldText.equals(clean(parent.text()));
    }

    /** The first article container holding at least a third of the body's text, else the densest paragraph parent. */
    static Element mainContent(Element body) {
        int total = body.text().length();
        Element best = null;
        for (Element candidate : body.select(CONTAINERS)) {
            int length = candidate.text().length();
            if (length >= total / 3 && length > 0 && (best == null || length > best.text().length() * 1.2
                    && !candidate.parents().contains(best))) {
                best = candidate;
            }
        }
        if (best != null) {
            return best;
        }
        Element densest = null;
        int densestScore = 0;
        for (Element p : body.select("p, div, td, section")) {
            Element parent = p.tagName().equals("p") ? p.parent() : p;
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p") || child.tagName().matches("h[1-6]")) {
                    score += child.text().length();
                }
            }
            score += ownTextLength(parent);
            if (score > densestScore) {
                densestScore = score;
                densest = parent;
            }
        }
        return densest != null && densestScore >= total / 3 ? densest : body;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            n += t.text().strip().length();
        }
        return n;
    }

    private static void collectLines(Node node, StringBuilder current, List<String> lines) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        boolean block = BLOCKS.contains(element.tagName());
        if (block) {
            flush(current, lines);
        }
        for (Node child : element.childNodes()) {
            collectLines(child, current, lines);
        }
        if (block) {
            flush(current, lines);
        }
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String line = clean(current.toString());
        if (!line.isEmpty()) {
            lines.add(line);
        }
        current.setLength(0);
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    static PageMetadata metadata(Document doc) {
        String title = firstNonBlank(
                attr(doc, "meta[property=og:title]", "content"),
                attr(doc, "meta[name=ArticleTitle]", "content"),
                pageTitle(doc));
        String url = firstNonBlank(
                attr(doc, "link[rel=canonical]", "abs:href"),
                attr(doc, "link[rel=canonical]", "href"),
                attr(doc, "meta[property=og:url]", "content"));
        LocalDate date = null;
        for (String selector : List.of("meta[name=PubDate]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=publish_date]", "meta[name=publishDate]", "meta[property=article:published_time]",
                "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=DC.date.issued]",
                "meta[name=date]", "meta[name=firstpublishedtime]", "time[datetime]")) {
            String value = attr(doc, selector, selector.startsWith("time") ? "datetime" : "content");
            date = parseDate(value);
            if (date != null) {
                break;
            }
        }
        String publisher = firstNonBlank(attr(doc, "meta[name=ContentSource]", "content"),
                attr(doc, "meta[name=source]", "content"));
        return new PageMetadata(title, date, url, publisher);
    }

    private static String pageTitle(Document doc) {
        String title = clean(doc.title());
        if (title.isEmpty()) {
            return null;
        }
        return PageTitle.of(title); // "Article title - Site name" / "Site name_Article title"
    }

    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String attr(Document doc, String selector, String attribute) {
        Elements found = doc.select(selector);
        for (Element e : found) {
            String value = e.attr(attribute);
            if (!value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
