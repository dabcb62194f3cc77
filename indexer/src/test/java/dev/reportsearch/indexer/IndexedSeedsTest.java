package dev.reportsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.TestData;
import dev.reportsearch.testkit.TestElasticsearch;

/**
 * The seeds through the real pipeline into a real index: what users can search must hold no site
 * chrome and no false figures, and a corrupt file among them costs only itself.
 */
class IndexedSeedsTest {
    private static final String ALIAS = "t-seeds";
    private static ElasticsearchClient client;
    private static JsonNode expected;
    private static BatchIndexer.Summary summary;

    @TempDir
    static Path dir;

    @BeforeAll
    static void indexSeedsWithACorruptFile() throws IOException {
        client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        expected = new ObjectMapper().readTree(TestData.seeds().resolve("expected.json").toFile());
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String file = it.next();
            Files.copy(TestData.seeds().resolve(file), dir.resolve(file));
        }
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("corrupt.txt"), noise);
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        summary = new BatchIndexer(client, index, ReportPipeline.standard()::parse)
                .run(List.of(dir), true, 2, BatchIndexer.Progress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        client._transport().close();
    }

    @Test
    void everySeedIsIndexedAndTheCorruptFileIsNamed() {
        assertThat(summary.reports()).isEqualTo(expected.size());
        assertThat(summary.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("corrupt.txt");
            assertThat(s.reason()).isNotBlank();
        });
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.aliasSwapped()).isTrue();
        assertThat(summary.achievements()).isGreaterThan(40);
    }

    @Test
    void noBoilerplateIsSearchable() throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode seed : expected) {
            for (JsonNode chrome : seed.path("boilerplate")) {
                String text = chrome.asText();
                long hits = client.count(c -> c.index(ALIAS).query(q -> q.bool(b -> b
                        .should(IndexFields.exact(IndexFields.BODY, text, 1f))
                        .should(IndexFields.exact(IndexFields.HEADING, text, 1f))))).count();
                if (hits > 0) {
                    found.add(text + " (" + hits + " documents)");
                }
            }
        }
        assertThat(found).as("boilerplate found in the index").isEmpty();
    }

    @Test
    void noFigureIsMadeOfANotFigure() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode seed : expected) {
            for (JsonNode notFigure : seed.path("notFigures")) {
                String text = notFigure.asText();
                SearchResponse<JsonNode> res = client.search(s -> s.index(ALIAS).size(100)
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("docType").value("achievement")))
                                .must(IndexFields.exact(IndexFields.BODY, text, 1f)))), JsonNode.class);
                for (Hit<JsonNode> hit : res.hits().hits()) {
                    String quote = hit.source().path("text").asText();
                    int at = quote.indexOf(text);
                    for (JsonNode figure : hit.source().path("figures")) {
                        String raw = figure.path("raw").asText();
                        // A figure whose text lies inside the not-figure's occurrence was taken from it.
                        for (int i = quote.indexOf(raw); at >= 0 && i >= 0; i = quote.indexOf(raw, i + 1)) {
                            if (i < at + text.length() && i + raw.length() > at) {
                                wrong.add(text + " -> " + raw + " in: " + quote);
                            }
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("figures made of notFigures").isEmpty();
    }

    @Test
    void achievementsCarryTheirFiguresInBaseUnits() throws IOException {
        SearchResponse<JsonNode> res = client.search(s -> s.index(ALIAS).size(5)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("docType").value("achievement")))
                        .must(m -> m.matchPhrase(p -> p.field(IndexFields.BODY + IndexFields.PAIRS).query("办理贷款11769万元"))))), JsonNode.class);
        assertThat(res.hits().hits()).isNotEmpty();
        JsonNode doc = res.hits().hits().get(0).source();
        assertThat(doc.path("region").asText()).isIn("泉州市", "石狮市", "晋江市", "南安市", "惠安县");
        List<Map<String, Object>> figures = new ArrayList<>();
        doc.path("figures").forEach(f -> figures.add(Map.of("value", f.path("value").asDouble(), "unit", f.path("unit").asText())));
        assertThat(figures).contains(Map.of("value", 117_690_000.0, "unit", "元"));
    }
}
