package dev.reportsearch.indexer.clean;

import java.util.List;

/**
 * The page's top as {@link HeadlineScorer} sees a candidate in it.
 *
 * @param lines    the page's lines (chrome gone), candidates' indices pointing into them
 * @param meta     the indices of its metadata lines (date, source, metadata tables), ascending
 * @param text     the index of its first line of text (prose), or its size when none is near the top
 * @param evidence what the markup and the file's name say
 */
public record TitleContext(List<String> lines, List<Integer> meta, int text, TitleEvidence evidence) {
    public TitleContext {
        lines = List.copyOf(lines);
        meta = List.copyOf(meta);
    }
}
