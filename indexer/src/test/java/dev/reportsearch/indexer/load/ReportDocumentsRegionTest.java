package dev.reportsearch.indexer.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.region.Gazetteer;

/** The region fields of index documents at township level, and for a report without a region. */
class ReportDocumentsRegionTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private static Section section(int order, String heading, Region region) {
        return new Section(order, heading, List.of(heading), heading + "开展活动。", region, List.of(2024), List.of(), List.of());
    }

    private static IndexDocument doc(List<IndexDoc> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().source();
    }

    @Test
    void townshipSectionsCarryEveryCodeOfTheirPathSoACountyFilterCoversThem() {
        Region county = gazetteer.resolve("苍南县").orElseThrow();
        Region township = gazetteer.byCode("330327104").orElseThrow();
        Report report = new Report("r1", "苍南县妇联工作总结", county, List.of(2024), null, List.of(),
                List.of(section(0, "全县工作", county), section(1, "乡镇亮点", township)));
        List<IndexDoc> docs = ReportDocuments.of(report);
        IndexDocument s1 = doc(docs, ReportDocuments.sectionId("r1", 1));
        assertThat(s1.regionLevel()).isEqualTo("township");
        assertThat(s1.regionCode()).isEqualTo("330327104");
        assertThat(s1.regionCodes()).containsExactly("330000", "330300", "330327", "330327104");
        assertThat(s1.regionPath()).containsExactly("浙江省", "温州市", "苍南县", "钱库镇");
        assertThat(s1.suggest()).containsExactly("乡镇亮点", "钱库镇");
        assertThat(doc(docs, ReportDocuments.sectionId("r1", 0)).suggest()).containsExactly("全县工作");
    }

    @Test
    void aReportWithoutARegionHasNoRegionFields() {
        Report report = new Report("r2", "工作总结", null, List.of(2024), null, List.of(), List.of(section(0, "概况", null)));
        for (IndexDoc d : ReportDocuments.of(report)) {
            IndexDocument doc = d.source();
            assertThat(java.util.Arrays.asList(doc.region(), doc.regionCode(), doc.regionCodes(), doc.regionPath(), doc.regionLevel()))
                    .as(d.id()).containsOnlyNulls();
        }
    }
}
