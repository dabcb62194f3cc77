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

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.embed.SectionVectors;
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
    static final double NDCG_FLOOR = 0.905;
    static final double RECALL_FLOOR = 0.905;
    /** Without semantic retrieval (semantic=false): words alone must not fall either. */
    static final double WORDS_NDCG_FLOOR = 0.905;
    static final double WORDS_RECALL_FLOOR = 0.90;
    private static Http http;

    @BeforeAll
    static void indexTheRealPages() throws IOException {
        ElasticsearchClient client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        ReportPipeline pipeline = ReportPipeline.standard();
        BatchIndexer.Summary s = new BatchIndexer(client, index, pipeline::parse).withStage(new SectionVectors(TextVectors.standard()))
                .run(List.of(TestData.realPages().resolve("docs")), true, 1, BatchIndexer.Progress.NONE);
        assertThat(s.skipped()).as("real pages not indexed").isEmpty();
        ApiServer server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS,
                TestElasticsearch.ANSWER_DEADLINE));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-real-relevance-api"));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @Test
    void ndcgAndRecallAtTenStayAboveTheirFloors() throws IOException {
        List<RelevanceRuns.Case> cases = queries();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        RelevanceRuns.Comparison c = RelevanceRuns.compare("real-relevance", http, cases);
        assertThat(c.semantic().ndcg()).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(c.semantic().recall()).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(c.words().ndcg()).as("mean nDCG@10, words only").isGreaterThanOrEqualTo(WORDS_NDCG_FLOOR);
        assertThat(c.words().recall()).as("mean recall@10, words only").isGreaterThanOrEqualTo(WORDS_RECALL_FLOOR);
    }

    static List<RelevanceRuns.Case> queries() throws IOException {
        Path file = TestData.realPages().resolve("relevance.json");
        JsonNode all = new ObjectMapper().readTree(Files.readString(file));
        List<RelevanceRuns.Case> out = new ArrayList<>();
        for (JsonNode q : all) {
            Map<String, String> filters = new java.util.LinkedHashMap<>();
            q.path("filters").fields().forEachRemaining(f -> filters.put(f.getKey(), f.getValue().asText()));
            List<RankJudge.Passage> passages = new ArrayList<>();
            q.path("relevant").forEach(p -> passages.add(new RankJudge.Passage(p.path("contains").asText(), p.path("grade").asInt())));
            out.add(new RelevanceRuns.Case(q.path("id").asText(), q.path("q").asText(), filters, passages));
        }
        return out;
    }
}
