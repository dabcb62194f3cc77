package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.TestData;

/**
 * Elasticsearch going away and coming back, on a throwaway second node (the shared test node is never
 * stopped): 503 within 2 s on every endpoint, then answers again without restarting the API.
 */
class OutageTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final String NAME = "test-" + PID + "-down";
    private static int port;
    private static ManagedNode node;
    private static ApiServer api;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        port = ManagedNode.freePort();
        node = ManagedElasticsearch.startSingle(EsHome.resolve(), NAME, port, 256, PID);
        ElasticsearchClient client = EsClients.create(EsConnection.of(node.url()));
        try {
            ReportIndex index = new ReportIndex(client, new IndexDefinition("outage"), IndexLayout.forNodes(1));
            new BatchIndexer(client, index, ApiFixture::handmade)
                    .run(List.of(TestData.seeds().resolve("004_fcce65af47e823b1.txt")), true, 1, BatchIndexer.Progress.NONE);
        } finally {
            client._transport().close();
        }
        api = ApiServer.start(new ApiConfig(0, EsConnection.of(node.url()), "outage"));
        http = new Http("http://127.0.0.1:" + api.port());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void downMeans503WithinTwoSecondsAndServiceResumesByItself() {
        assertThat(http.get("/api/search", "q", "亲子阅读").status()).isEqualTo(200);

        node.stop();
        for (String path : List.of("/api/search", "/api/export.csv", "/api/regions", "/api/themes", "/api/suggest",
                "/api/reports/" + ApiFixture.HANDMADE_ID, "/health")) {
            long start = System.nanoTime();
            Http.Response res = http.get(path, "q", "亲子");
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(res.status()).as("%s: %s", path, res.body()).isEqualTo(503);
            assertThat(ms).as("%s answered in %d ms", path, ms).isLessThan(2_000);
            assertThat(res.body()).doesNotContain("Exception").doesNotContain("at co.elastic");
            if (path.startsWith("/api/")) {
                assertThat(res.json().path("error").path("code").asText()).isEqualTo("search_unavailable");
            }
        }

        node = ManagedElasticsearch.startSingle(EsHome.resolve(), NAME, port, 256, PID);
        assertThat(HealthProbe.health(node.url())).isPresent();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = http.get("/api/search", "q", "亲子阅读").status();
            if (status != 200) {
                sleep();
            }
        }
        assertThat(status).as("the API answers again once Elasticsearch is back").isEqualTo(200);
        assertThat(http.get("/api/search", "q", "亲子阅读").json().path("total").asLong()).isPositive();
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
