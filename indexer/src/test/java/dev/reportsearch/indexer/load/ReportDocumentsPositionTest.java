package dev.reportsearch.indexer.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;

/** A section's achievements share its reportId and order: their position tells them apart, so that equal scores sort the same way every time. */
class ReportDocumentsPositionTest {

    @Test
    void eachAchievementCarriesItsPositionInItsSection() {
        Achievement first = new Achievement("培训12场。", List.of(new Figure("12场", 12, "场", false, FigureKind.OTHER)), List.of());
        Achievement second = new Achievement("受益300人。", List.of(new Figure("300人", 300, "人", false, FigureKind.OTHER)), List.of());
        Section section = new Section(3, "培训", List.of("培训"), "培训12场。受益300人。", null, List.of(2024), List.of(), List.of(first, second));
        List<IndexDoc> docs = ReportDocuments.of(new Report("r", "总结", null, List.of(2024), null, List.of(), List.of(section)));
        assertThat(doc(docs, ReportDocuments.achievementId("r", 3, 0)).position()).isEqualTo(0);
        assertThat(doc(docs, ReportDocuments.achievementId("r", 3, 1)).position()).isEqualTo(1);
        assertThat(doc(docs, ReportDocuments.sectionId("r", 3)).position()).isNull();
    }

    private static IndexDocument doc(List<IndexDoc> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().source();
    }
}
