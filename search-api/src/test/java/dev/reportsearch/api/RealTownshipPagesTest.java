package dev.reportsearch.api;

import static dev.reportsearch.api.EndpointsTest.find;
import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.indexer.read.UnreadableReportException;
import dev.reportsearch.testkit.RealPages;
import dev.reportsearch.testkit.TestElasticsearch;

/**
 * Issue 9's acceptance at township level: the real pages labelled at a 镇, 乡 or 街道
 * (../shared/realpages), read by the real pipeline into an index of their own, are filed under
 * their township, found by its region filter and placed in the region tree below their county.
 * Township names repeat across China and some pages give too little to place one (the detector then
 * falls back to the county, or gives no region): at least {@link #FLOOR} of the pages must be filed
 * right, and every page filed right must be reachable by filter and tree.
 */
class RealTownshipPagesTest {
    private static final String ALIAS = "api-real-townships";
    /** Share of the township pages filed under their labelled township (9 of 11 at the time of writing). */
    private static final double FLOOR = 0.8;
    /** Report id → its labelled region path, for the township pages the product files right. */
    private static final Map<String, List<String>> RIGHT = new LinkedHashMap<>();
    /** Report id → its labelled region path, for every real page labelled at township level. */
    private static final Map<String, List<String>> LABELLED = new LinkedHashMap<>();
    private static Http http;

    @BeforeAll
    static void indexTheTownshipPages() throws IOException, UnreadableReportException {
        List<RealPages.Labelled> pages = RealPages.atTownshipLevel();
        Path copies = RealPages.copiedToTemp(pages, "real-townships");
        ReportPipeline pipeline = ReportPipeline.standard();
        for (RealPages.Labelled page : pages) {
            LABELLED.put(pipeline.parse(copies.resolve(page.file().getFileName())).id(), page.regionPath());
        }
        ElasticsearchClient client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        new BatchIndexer(client, index, pipeline::parse).run(List.of(copies), true, 1, BatchIndexer.Progress.NONE);
        ApiServer server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS,
                TestElasticsearch.ANSWER_DEADLINE));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-real-townships-api"));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @Test
    void townshipPagesAreFiledUnderTheirTownshipAndFoundByItsFilter() {
        assertThat(LABELLED).as("real pages labelled at township level").hasSizeGreaterThan(5);
        List<String> wrong = new ArrayList<>();
        RIGHT.clear();
        for (Map.Entry<String, List<String>> page : LABELLED.entrySet()) {
            JsonNode report = ok(http.get("/api/reports/" + page.getKey()));
            List<String> path = new ArrayList<>();
            report.path("regionPath").forEach(name -> path.add(name.asText()));
            if (!path.equals(page.getValue())) {
                wrong.add(report.path("title").asText() + ": " + path + " instead of " + page.getValue());
                continue;
            }
            RIGHT.put(page.getKey(), page.getValue());
            JsonNode hits = ok(http.get("/api/search", "region", String.join("", page.getValue()), "size", "100")).path("hits");
            assertThat(hits).as("hits of region %s", page.getValue())
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.path("regionPath").toString()).contains(page.getValue().get(page.getValue().size() - 1)))
                    .anySatisfy(h -> assertThat(h.path("reportId").asText()).isEqualTo(page.getKey()));
            String county = String.join("", page.getValue().subList(0, page.getValue().size() - 1));
            JsonNode countyHits = ok(http.get("/api/search", "region", county, "size", "100")).path("hits");
            assertThat(countyHits).as("a county filter covers its townships: %s", county)
                    .anySatisfy(h -> assertThat(h.path("reportId").asText()).isEqualTo(page.getKey()));
        }
        System.out.printf("[RealTownshipPagesTest] %d of %d township pages filed right; wrong: %s%n",
                RIGHT.size(), LABELLED.size(), wrong);
        assertThat((double) RIGHT.size() / LABELLED.size()).as("share filed right; wrong: %s", wrong).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void theRegionTreeHoldsEachTownshipBelowItsCounty() {
        JsonNode nodes = ok(http.get("/api/regions")).path("regions");
        townshipPagesAreFiledUnderTheirTownshipAndFoundByItsFilter(); // fills RIGHT whatever the test order
        assertThat(RIGHT).isNotEmpty();
        for (List<String> path : RIGHT.values()) {
            JsonNode node = null;
            JsonNode level = nodes;
            for (String name : path) {
                node = find(level, name);
                level = node.path("children");
            }
            assertThat(node.path("level").asText()).as("%s", path).isEqualTo("township");
            assertThat(node.path("reports").asLong()).as("%s", path).isPositive();
        }
    }
}
