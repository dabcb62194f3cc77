package dev.reportsearch.indexer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a PDF's positioned lines into the paragraphs a person reads: page headers, footers and page numbers go
 * (lines at a page's top or bottom that repeat on half the pages but for their number, a page number as its first or last line, and a
 * first line set much smaller than the body),
 * and lines a layout wrapped are joined again. A line continues the one above when that one runs to its column's
 * right edge, does not end a sentence, and the next is neither indented (Chinese paragraphs start two characters
 * in) nor set in another size or weight; this holds across a page break too. What remains for the cleaner is one
 * line per paragraph or heading.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfLayout {
    /** How many lines at a page's top and bottom may be running headers or footers. */
    static final int EDGE_LINES = 2;
    /** A page number on its own: "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10", "Page 3 of 10". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-—–－\\s]*(?:page\\s*)?(?:第\\s*)?[0-9０-９]{1,4}\\s*(?:页)?\\s*(?:(?:[/／]|of|共)\\s*[0-9０-９]{1,4}\\s*(?:页)?)?[-—–－\\s]*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?；;：:][”’」』）)\"]*$");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");

    private PdfLayout() {
    }

    /** A page number on its own ("- 3 -", "第3页", "3/10"). */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text).matches();
    }

    /** The lines with running headers, footers and page numbers removed. */
    static List<PdfLine> withoutPageFurniture(List<PdfLine> lines) {
        Map<Integer, List<PdfLine>> pages = byPage(lines);
        Map<String, Set<Integer>> edgePages = new HashMap<>();
        for (List<PdfLine> page : pages.values()) {
            for (PdfLine edge : edges(page)) {
                edgePages.computeIfAbsent(furnitureKey(edge), k -> new java.util.HashSet<>()).add(edge.page());
            }
        }
        int repeats = Math.max(2, (pages.size() + 1) / 2);
        float body = bodySize(lines);
        List<PdfLine> kept = new ArrayList<>();
        for (List<PdfLine> page : pages.values()) {
            List<PdfLine> edges = edges(page);
            for (PdfLine line : page) {
                boolean onEdge = edges.contains(line);
                boolean outermost = line == topmost(page) || line == bottommost(page);
                boolean running = outermost && PAGE_NUMBER.matcher(line.text()).matches()
                        || onEdge && pages.size() > 1 && edgePages.get(furnitureKey(line)).size() >= repeats
                        || line == topmost(page) && line.fontSize() < SMALL * body && page.size() > 1;
                if (!running) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    /** A page's first line set this much smaller than the body is its running header, even where no other page repeats it. */
    static final float SMALL = 0.8f;

    /** The font size most of the document's characters are set in. */
    static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (PdfLine line : lines) {
            sizes.merge(line.fontSize(), line.text().length(), Integer::sum);
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static PdfLine topmost(List<PdfLine> page) {
        return page.stream().min((a, b) -> Float.compare(a.top(), b.top())).orElseThrow();
    }

    private static PdfLine bottommost(List<PdfLine> page) {
        return page.stream().max((a, b) -> Float.compare(a.top(), b.top())).orElseThrow();
    }

    /** The lines joined into paragraphs, in order. */
    static List<Paragraph> paragraphs(List<PdfLine> lines) {
        Map<Integer, List<PdfLine>> pages = byPage(lines);
        List<Paragraph> out = new ArrayList<>();
        PdfLine previous = null;
        for (PdfLine line : lines) {
            if (previous != null && continues(previous, line, pages)) {
                Paragraph last = out.remove(out.size() - 1);
                out.add(new Paragraph(LineText.join(last.text(), line.text()), last.lines() + 1, last.first()));
            } else {
                out.add(new Paragraph(line.text(), 1, line));
            }
            previous = line;
        }
        return out;
    }

    /**
     * A paragraph rebuilt from lines.
     *
     * @param lines how many lines it was set in
     * @param first its first line, whose face and size it has
     */
    record Paragraph(String text, int lines, PdfLine first) {
    }

    static boolean continues(PdfLine previous, PdfLine next, Map<Integer, List<PdfLine>> pages) {
        float em = Math.max(previous.fontSize(), 1f);
        if (Math.abs(previous.fontSize() - next.fontSize()) > 0.6f || previous.bold() != next.bold()
                || !previous.font().equals(next.font()) || ENDS_SENTENCE.matcher(previous.text()).find()) {
            return false;
        }
        if (previous.page() == next.page()) {
            float gap = next.top() - previous.top();
            if (gap <= 0 || gap > 2.2f * em) {
                return false;
            }
        } else if (next.page() != previous.page() + 1 || !isLast(previous, pages) || !isFirst(next, pages)) {
            return false;
        }
        List<PdfLine> previousColumn = column(previous, pages.get(previous.page()), em);
        float right = (float) previousColumn.stream().mapToDouble(PdfLine::right).max().orElse(previous.right());
        if (previousColumn.size() < 2 || previous.right() < right - 1.5f * em) {
            return false; // a short line ends its paragraph (and a lone line cannot show where its column ends)
        }
        List<PdfLine> nextColumn = column(next, pages.get(next.page()), em);
        float left = (float) nextColumn.stream().mapToDouble(PdfLine::left).min().orElse(next.left());
        return next.left() <= left + 0.5f * em;
    }

    /** The page's lines that start within a few characters of this one: its column, indented first lines included. */
    private static List<PdfLine> column(PdfLine line, List<PdfLine> page, float em) {
        return page.stream().filter(l -> Math.abs(l.left() - line.left()) <= 4 * em && Math.abs(l.fontSize() - line.fontSize()) <= 0.6f)
                .toList();
    }

    private static boolean isLast(PdfLine line, Map<Integer, List<PdfLine>> pages) {
        List<PdfLine> page = pages.get(line.page());
        return page.get(page.size() - 1) == line;
    }

    private static boolean isFirst(PdfLine line, Map<Integer, List<PdfLine>> pages) {
        return pages.get(line.page()).get(0) == line;
    }

    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> byTop = page.stream().sorted((a, b) -> Float.compare(a.top(), b.top())).toList();
        List<PdfLine> edges = new ArrayList<>(byTop.subList(0, Math.min(EDGE_LINES, byTop.size())));
        byTop.subList(Math.max(0, byTop.size() - EDGE_LINES), byTop.size()).stream().filter(Predicate.not(edges::contains)).forEach(edges::add);
        return edges;
    }

    /** Running lines differ only in their page number; a title set large on page 1 is not the running header naming it. */
    private static String furnitureKey(PdfLine line) {
        return DIGITS.matcher(line.text().replaceAll("\\s+", "")).replaceAll("#") + "@" + Math.round(line.fontSize());
    }

    private static Map<Integer, List<PdfLine>> byPage(List<PdfLine> lines) {
        return lines.stream().collect(Collectors.groupingBy(PdfLine::page, TreeMap::new, Collectors.toList()));
    }
}
