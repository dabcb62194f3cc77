package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacedFiguresTest {
    private static LocatedFigure at(int start, int end) {
        return new LocatedFigure(new Span(start, end), new Span(start, end),
                new Figure("x", 1, "个", false, FigureKind.OTHER));
    }

    @Test
    void findsTheFiguresThatStartInsideASpan() {
        PlacedFigures placed = new PlacedFigures(List.of(at(2, 5), at(5, 8), at(12, 14)));
        assertThat(placed.within(new Span(0, 5))).extracting(f -> f.view().start()).containsExactly(2);
        assertThat(placed.within(new Span(3, 13))).extracting(f -> f.view().start()).containsExactly(5, 12);
        assertThat(placed.anyWithin(new Span(6, 12))).isFalse();
        assertThat(placed.anyWithin(new Span(12, 13))).isTrue();
        assertThat(placed.within(new Span(14, 20))).isEmpty();
        assertThat(new PlacedFigures(List.of()).isEmpty()).isTrue();
    }

    @Test
    void refusesFiguresOutOfTextOrder() {
        assertThatThrownBy(() -> new PlacedFigures(List.of(at(5, 8), at(2, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
