package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.clean.TextNormalizer;
import java.util.List;

/**
 * What a report says about where it comes from.
 *
 * @param title      the report's title or heading line; may be null or empty
 * @param sourceLine the publisher text (来源:石狮市、晋江市妇联); may be null
 * @param body       the report text
 * @param within     a region the answer must lie within (the page's region when detecting a
 *                   sub-report's); may be null
 */
public record RegionEvidence(String title, String sourceLine, String body, Region within) {
    /** How many of a page's first lines may hold its publisher before the body starts. */
    private static final int HEAD_LINES = 15;

    public RegionEvidence {
        title = title == null ? "" : title;
        sourceLine = sourceLine == null ? "" : sourceLine;
        body = body == null ? "" : body;
    }

    /**
     * The same evidence in one script: NFKC and Traditional folded to Simplified (開福區 → 开福区), and
     * characters spaced out joined again (沈家 门 镇), so names match the gazetteer however the page writes them.
     */
    RegionEvidence folded() {
        return new RegionEvidence(SpacedCharacters.joined(SearchText.normalize(title)),
                SpacedCharacters.joined(SearchText.normalize(sourceLine)), SpacedCharacters.joined(SearchText.normalize(body)), within);
    }

    /**
     * The evidence of a whole page: its title and source line, and as body the page's head lines that
     * cleaning left out of {@code body} (the 发布机构 row of a metadata table, the "在X县第十七届人民代表大会"
     * line under a government report's title), then the body itself.
     *
     * @param pageLines the page's lines as read, before cleaning
     */
    public static RegionEvidence ofPage(String title, String sourceLine, List<String> pageLines, String body) {
        String foldedBody = SearchText.normalize(body == null ? "" : body);
        StringBuilder head = new StringBuilder();
        pageLines.stream().filter(line -> !line.isBlank()).limit(HEAD_LINES)
                .map(line -> SearchText.normalize(TextNormalizer.dropPinyinGlosses(line)).strip())
                .filter(line -> !foldedBody.contains(line))
                .forEach(line -> head.append(line).append('\n'));
        return new RegionEvidence(title, sourceLine, head + foldedBody, null);
    }

    public static RegionEvidence ofBody(String body) {
        return new RegionEvidence(null, null, body, null);
    }
}
