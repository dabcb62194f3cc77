package dev.reportsearch.api.json;

import java.util.List;

import dev.reportsearch.core.index.IndexDocument;

/**
 * A figure of an achievement as the API shows it. {@code value}: whole numbers as longs (117690000, not 1.1769E8),
 * others as doubles.
 */
public record ShownFigure(String raw, Number value, String unit, boolean approx, String kind) {
    public static List<ShownFigure> of(IndexDocument doc) {
        return Docs.orEmpty(doc.figures()).stream().map(ShownFigure::of).toList();
    }

    static ShownFigure of(IndexDocument.Figure f) {
        return new ShownFigure(Docs.orEmpty(f.raw()), number(f.value() == null ? 0 : f.value()), Docs.orEmpty(f.unit()),
                Boolean.TRUE.equals(f.approx()), f.kind());
    }

    static Number number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            return (long) d;
        }
        return d;
    }
}
