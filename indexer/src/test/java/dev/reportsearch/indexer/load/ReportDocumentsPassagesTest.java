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

/** Sections carry their sentences with figures as passages, so a search can score their best passage. */
class ReportDocumentsPassagesTest {
    private static IndexDocument doc(List<IndexDoc> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().source();
    }

    @Test
    void aSectionsAchievementsAreItsPassagesAsWritten() {
        Achievement a = new Achievement("舉辦家長學校培訓12場。", List.of(new Figure("12場", 12, "场", false, FigureKind.OTHER)), List.of());
        Section withFigures = new Section(0, "家庭教育", List.of("家庭教育"), "全年工作扎实。舉辦家長學校培訓12場。", null, List.of(2024), List.of(), List.of(a));
        Section without = new Section(1, "其他", List.of("其他"), "持续推进各项工作。", null, List.of(2024), List.of(), List.of());
        List<IndexDoc> docs = ReportDocuments.of(new Report("r", "总结", null, List.of(2024), null, List.of(), List.of(withFigures, without)));
        // stored once, as written: Elasticsearch analyses the search normal form (举办家长学校…) from it
        assertThat(doc(docs, ReportDocuments.sectionId("r", 0)).passages()).containsExactly("舉辦家長學校培訓12場。");
        assertThat(doc(docs, ReportDocuments.sectionId("r", 1)).passages()).isNull();
        assertThat(doc(docs, ReportDocuments.achievementId("r", 0, 0)).passages()).isNull();
    }
}
