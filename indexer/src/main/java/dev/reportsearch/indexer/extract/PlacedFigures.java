package dev.reportsearch.indexer.extract;

import java.util.List;

/**
 * The figures of a text in text order, looked up by span.
 *
 * <p>Why not a scan of all figures per sentence: a section with n sentences and m figures then
 * costs n × m, and a long one-section page (megabytes, tens of thousands of figures) stalled for
 * minutes. Sorted starts and a binary search make each look-up logarithmic.
 */
final class PlacedFigures {
    private final List<LocatedFigure> figures;
    private final int[] starts;

    /** @param figures located figures in text order (as {@link FigureParser#locate} gives them) */
    PlacedFigures(List<LocatedFigure> figures) {
        this.figures = List.copyOf(figures);
        this.starts = new int[this.figures.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = this.figures.get(i).view().start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("Figures out of text order at " + starts[i]);
            }
        }
    }

    boolean isEmpty() {
        return figures.isEmpty();
    }

    /** The figures that start inside {@code span}, in text order. */
    List<LocatedFigure> within(Span span) {
        return figures.subList(firstAtOrAfter(span.start()), firstAtOrAfter(span.end()));
    }

    /** Whether some figure starts inside {@code span}. */
    boolean anyWithin(Span span) {
        return firstAtOrAfter(span.start()) < firstAtOrAfter(span.end());
    }

    /** The index of the first figure starting at or after {@code position}. */
    private int firstAtOrAfter(int position) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
