package dev.reportsearch.indexer.extract;

import dev.reportsearch.core.model.Figure;

/**
 * A figure and where it stands.
 *
 * @param view   its span in the {@link TextView} text
 * @param source its span in the text as written
 */
record LocatedFigure(Span view, Span source, Figure figure) {
}
