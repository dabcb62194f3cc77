package dev.reportsearch.indexer.clean;

import java.util.List;

/**
 * A line (or lines) of a page's top that may be the report's headline, as {@link HeadlineChooser} weighs it.
 *
 * @param text  the headline it would give, tidied
 * @param lines the indices of the lines it holds, in order (the first is where it stands)
 * @param shape what kind of line it comes from
 */
public record TitleCandidate(String text, List<Integer> lines, Shape shape) {
    public TitleCandidate {
        lines = List.copyOf(lines);
    }

    /** Where a candidate comes from: a line of its own, or the start of the text's first paragraph. */
    public enum Shape {
        /** A short line (or lines) standing on its own. */
        LINE,
        /** The headline a first paragraph starts with, cut where it runs on into the body (…工作总结 今年以来,…). */
        RUN_ON_HEAD,
        /** A first paragraph's first sentence, shortened: what stands in for a headline the page does not print. */
        FIRST_SENTENCE
    }

    int line() {
        return lines.get(0);
    }

    int lastLine() {
        return lines.get(lines.size() - 1);
    }
}
