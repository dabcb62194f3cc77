package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.regex.FastPattern;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Site-chrome patterns loaded from {@code boilerplate.txt}, each a class of line seen on real pages
 * (copyright and ICP lines, share prompts, credits, image placeholders, comment prompts, document-site
 * banners, font and print controls, ...): whole lines to drop, fragments to delete from any line, and
 * page-metadata lines (date stamps, metadata tables) that the header reader sees first and that are
 * dropped wherever else they stand. Rules are written in Simplified script and match Traditional too.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateRules {
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/boilerplate.txt";
    /** Lines longer than this are prose, never dropped whole. */
    static final int MAX_CHROME_LINE = 120;

    private final List<FastPattern> linePatterns;
    private final List<FastPattern> inlinePatterns;
    private final List<FastPattern> metaPatterns;
    private final List<FastPattern> listPatterns;
    private final List<FastPattern> footerPatterns;

    public BoilerplateRules(List<Pattern> linePatterns, List<Pattern> inlinePatterns, List<Pattern> metaPatterns,
                            List<Pattern> listPatterns, List<Pattern> footerPatterns) {
        // Every line meets every rule: each is tried only where its first char stands.
        this.linePatterns = linePatterns.stream().map(FastPattern::of).toList();
        this.inlinePatterns = inlinePatterns.stream().map(FastPattern::of).toList();
        this.metaPatterns = metaPatterns.stream().map(FastPattern::of).toList();
        this.listPatterns = listPatterns.stream().map(FastPattern::of).toList();
        this.footerPatterns = footerPatterns.stream().map(FastPattern::of).toList();
    }

    public BoilerplateRules(List<Pattern> linePatterns, List<Pattern> inlinePatterns) {
        this(linePatterns, inlinePatterns, List.of(), List.of(), List.of());
    }

    public static BoilerplateRules standard() {
        Map<String, List<Pattern>> rules = RuleFile.read(RESOURCE, Set.of("line", "inline", "meta", "list", "footer"));
        return new BoilerplateRules(rules.get("line"), rules.get("inline"), rules.get("meta"), rules.get("list"), rules.get("footer"));
    }

    /** True when the whole line is chrome. */
    public boolean isChromeLine(String line) {
        return line.length() <= MAX_CHROME_LINE && anyFoundIn(linePatterns, SimplifiedView.of(line));
    }

    /** True when the whole line is page metadata (a date stamp, a metadata table row): the header's, not the report's. */
    public boolean isMetaLine(String line) {
        return line.length() <= MAX_CHROME_LINE && anyFoundIn(metaPatterns, SimplifiedView.of(line));
    }

    /** True when the line heads a link list (相关新闻, 相关链接>>, 原标题:…): other pages' titles follow. */
    public boolean opensLinkList(String line) {
        return line.length() <= MAX_CHROME_LINE && anyFoundIn(listPatterns, SimplifiedView.of(line));
    }

    /** True when the line opens a site's footer (its copyright or registration line): the page's own text is above. */
    public boolean opensFooter(String line) {
        return line.length() <= MAX_CHROME_LINE && anyFoundIn(footerPatterns, SimplifiedView.of(line));
    }

    private static boolean anyFoundIn(List<FastPattern> patterns, String view) {
        // One pass over the line tells which rules cannot occur in it (no 编 in the line, no "小编"):
        // those are never run, which spares a matcher per rule and line.
        BitSet chars = FastPattern.charsOf(view);
        for (FastPattern p : patterns) {
            if (p.mayOccurIn(chars) && p.foundIn(view)) {
                return true;
            }
        }
        return false;
    }

    /** The line without chrome fragments, or empty when nothing but chrome is left. */
    public Optional<String> strip(String line) {
        if (isChromeLine(line)) {
            return Optional.empty();
        }
        String stripped = line;
        // Deleting only takes chars away: a rule that cannot occur in the whole line cannot in what is left.
        BitSet chars = FastPattern.charsOf(SimplifiedView.of(line));
        for (FastPattern p : inlinePatterns) {
            if (p.mayOccurIn(chars)) {
                stripped = deleteMatches(p, stripped);
            }
        }
        stripped = stripped.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    /** Deletes what the pattern finds in the Simplified view from the line itself (the view keeps offsets). */
    private static String deleteMatches(FastPattern p, String line) {
        FastPattern.Finder f = p.finder(SimplifiedView.of(line));
        if (!f.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        do {
            out.append(line, copied, f.match().start());
            copied = f.match().end();
        } while (f.find());
        return out.append(line, copied, line.length()).toString();
    }
}
