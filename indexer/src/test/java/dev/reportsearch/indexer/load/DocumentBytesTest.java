package dev.reportsearch.indexer.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.model.SubReport;
import dev.reportsearch.core.region.Gazetteer;

/**
 * The documents the writer sends are, field for field and value for value, those in {@code load/documents.json},
 * written from the string-keyed maps the writer built before the index document became a record (issue 10): the
 * typed writer sends Elasticsearch the same bytes. Serialised with the client's own mapper, as the bulk ingester does;
 * {@code indexedAt} (the time of the run) is only checked to be there.
 */
class DocumentBytesTest {
    private static final Path EXPECTED = Path.of("src/test/resources/load/documents.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Report report() {
        Gazetteer gazetteer = Gazetteer.standard();
        Region county = gazetteer.resolve("苍南县").orElseThrow();
        Region township = gazetteer.byCode("330327104").orElseThrow();
        Source source = new Source("/data/reports/苍南县妇联2024年工作总结.html", null, "苍南县妇联", LocalDate.of(2025, 1, 8));
        Achievement twoFigures = new Achievement("全年发放慰问金3.35亿元，惠及700余名困难妇女。",
                List.of(new Figure("3.35亿元", 335_000_000, "元", false, FigureKind.MONEY),
                        new Figure("700余名", 700, "名", true, FigureKind.PEOPLE)),
                List.of("care", "economy"));
        Achievement percent = new Achievement("覆盖率达56.22％。", List.of(new Figure("56.22％", 56.22, "％", false, FigureKind.PERCENT)),
                List.of());
        List<Section> sections = List.of(
                new Section(0, "", List.of(), "", county, List.of(2024), List.of(), List.of()),
                new Section(1, "一、关爱困难群体", List.of("一、关爱困难群体"), "全年发放慰问金3.35亿元，惠及700余名困难妇女。覆盖率达56.22％。",
                        county, List.of(2023, 2024), List.of("care"), List.of(twoFigures, percent)),
                new Section(2, "钱库镇：巾帼建功在行动，" + "很长的小节标题".repeat(8), List.of("一、关爱困难群体", "钱库镇"),
                        "钱库镇开展活动。", township, List.of(2024), List.of("economy"), List.of()));
        return new Report("r1", "苍南县妇联2024年工作总结", county, List.of(2024), source,
                List.of(new SubReport("钱库镇妇联", township), new SubReport("某单位", null)), sections);
    }

    @Test
    void theWriterSendsTheFieldsAndValuesItAlwaysSent() throws IOException {
        ObjectMapper client = EsClients.mapper().objectMapper();
        ObjectNode sent = JSON.createObjectNode();
        List<Report> reports = List.of(report(),
                new Report("r2", "工作总结", null, List.of(), null, List.of(), List.of(new Section(0, "概况", List.of("概况"), "开展活动。", null, List.of(), List.of(), List.of()))));
        for (Report report : reports) {
            for (IndexDoc doc : ReportDocuments.of(report)) {
                ObjectNode json = (ObjectNode) JSON.readTree(client.writeValueAsString(doc.source()));
                assertThat(json.path("indexedAt").asText()).as(doc.id()).isNotBlank();
                json.remove("indexedAt");
                sent.set(doc.id(), json);
            }
        }
        if (Boolean.getBoolean("documents.write")) {
            Files.writeString(EXPECTED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sent) + "\n");
            return;
        }
        JsonNode expected = JSON.readTree(Files.readString(EXPECTED));
        assertThat(sent.toPrettyString()).isEqualTo(expected.toPrettyString());
    }
}
