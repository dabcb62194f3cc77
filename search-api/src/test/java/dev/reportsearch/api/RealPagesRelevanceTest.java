package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.TestData;
import dev.reportsearch.testkit.TestElasticsearch;

/**
 * Issue 13's acceptance on real pages: every page of ../shared/realpages/docs, read by the real
 * pipeline into an index of its own, searched through /api/search with the queries of
 * {@code relevance.json} as users type them (with their region and year filters). The first ten
 * section hits are judged by {@link RankJudge}; the means must stay above floors set just below what
 * the search reaches, so that relevance cannot fall silently.
 */
class RealPagesRelevanceTest {
    private static final String ALIAS = "api-real-relevance";
    static final double NDCG_FLOOR = 0.91;
    static final double RECALL_FLOOR = 0.90;
    static final int K = 10;
    private static Http http;

    record Query(String id, String q, Map<String, String> filters, List<RankJudge.Passage> passages) {
    }

    @BeforeAll
    static void indexTheRealPages() throws IOException {
        ElasticsearchClient client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        ReportPipeline pipeline = ReportPipeline.standard();
        BatchIndexer.Summary s = new BatchIndexer(client, index, pipeline::parse)
                .run(List.of(TestData.realPages().resolve("docs")), true, 1, BatchIndexer.Progress.NONE);
        assertThat(s.skipped()).as("real pages not indexed").isEmpty();
        ApiServer server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS,
                TestElasticsearch.ANSWER_DEADLINE));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-real-relevance-api"));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @Test
    void ndcgAndRecallAtTenStayAboveTheirFloors() throws IOException {
        List<Query> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
        double ndcgSum = 0;
        double recallSum = 0;
        long tookMs = 0;
        List<String> misses = new ArrayList<>();
        for (Query query : queries) {
            List<String> params = new ArrayList<>(List.of("q", query.q(), "size", String.valueOf(K)));
            query.filters().forEach((name, value) -> params.addAll(List.of(name, value)));
            Http.Response res = http.get("/api/search", params.toArray(String[]::new));
            assertThat(res.status()).as(query.q()).isEqualTo(200);
            tookMs += res.json().path("tookMs").asLong();
            List<String> texts = new ArrayList<>();
            List<String> top = new ArrayList<>();
            for (JsonNode hit : res.json().path("hits")) {
                texts.add(hit.path("heading").asText() + "\n" + hit.path("text").asText());
                top.add(hit.path("reportTitle").asText() + " / " + hit.path("heading").asText());
            }
            RankJudge.Score score = RankJudge.score(texts, query.passages(), K);
            ndcgSum += score.ndcg();
            recallSum += score.recall();
            if (!score.missed().isEmpty()) {
                misses.add(query.id() + " " + query.q() + " → missing " + score.missed().stream().map(RankJudge.Passage::contains).toList()
                        + "; top " + top);
            }
            System.out.printf("[real-relevance] %s %-10s nDCG@10 %.3f  recall@10 %.3f  took %d ms%n", query.id(), query.q(), score.ndcg(),
                    score.recall(), res.json().path("tookMs").asLong());
        }
        double ndcg = ndcgSum / queries.size();
        double recall = recallSum / queries.size();
        System.out.printf("[real-relevance] %d queries: mean nDCG@10 %.4f, mean recall@10 %.4f, mean took %.1f ms%n",
                queries.size(), ndcg, recall, (double) tookMs / queries.size());
        misses.forEach(m -> System.out.println("[real-relevance] " + m));
        assertThat(ndcg).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(recall).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    static List<Query> queries() throws IOException {
        Path file = TestData.realPages().resolve("relevance.json");
        JsonNode all = new ObjectMapper().readTree(Files.readString(file));
        List<Query> out = new ArrayList<>();
        for (JsonNode q : all) {
            Map<String, String> filters = new java.util.LinkedHashMap<>();
            q.path("filters").fields().forEachRemaining(f -> filters.put(f.getKey(), f.getValue().asText()));
            List<RankJudge.Passage> passages = new ArrayList<>();
            q.path("relevant").forEach(p -> passages.add(new RankJudge.Passage(p.path("contains").asText(), p.path("grade").asInt())));
            out.add(new Query(q.path("id").asText(), q.path("q").asText(), filters, passages));
        }
        return out;
    }
}
