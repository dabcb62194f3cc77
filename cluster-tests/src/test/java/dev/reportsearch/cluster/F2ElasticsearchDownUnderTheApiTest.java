package dev.reportsearch.cluster;

import static dev.reportsearch.cluster.Fixtures.LOG;
import static dev.reportsearch.cluster.Fixtures.enc;
import static dev.reportsearch.cluster.Fixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;

/**
 * Fault 2: Elasticsearch is killed while the API runs. Every search is answered 503 within 2 s with
 * a message that says the search engine is unreachable, {@code /health} says so too; once
 * Elasticsearch is back, the same API process answers 200 again.
 */
class F2ElasticsearchDownUnderTheApiTest {
    private static final String ALIAS = "f2-reports";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theApiAnswers503FastWhileElasticsearchIsDownAnd200WhenItIsBack() throws Exception {
        ManagedCluster es = Fixtures.singleNode();
        ElasticsearchClient client = Fixtures.client(es.urls());
        try {
            Fixtures.indexer(client, Fixtures.index(client, ALIAS))
                    .run(List.of(Fixtures.corpus(dir, 3, 30)), true, 2, BatchIndexer.Progress.NONE);
        } finally {
            client._transport().close();
        }

        try (ApiServer api = Fixtures.api(es.urls(), ALIAS)) {
            String base = "http://127.0.0.1:" + api.port();
            String search = base + "/api/search?q=" + enc("妇女");
            assertThat(Fixtures.get(search).status()).isEqualTo(200);

            es.kill(0);
            LOG.info("Elasticsearch killed; the API keeps running");
            for (int i = 0; i < 5; i++) {
                Fixtures.Answer a = Fixtures.get(search);
                LOG.info("search with Elasticsearch down: {} in {} ms", a.status(), a.millis());
                assertThat(a.status()).as(a.body()).isEqualTo(503);
                assertThat(a.millis()).as("time to the 503 (ms)").isLessThan(2_000);
                assertThat(a.json().path("error").path("code").asText()).isEqualTo("search_unavailable");
                assertThat(a.json().path("error").path("message").asText()).contains("Elasticsearch").contains("not reachable");
            }
            Fixtures.Answer health = Fixtures.get(base + "/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.millis()).isLessThan(2_000);
            assertThat(health.json().path("elasticsearch").asText()).isEqualTo("down");

            long t0 = System.nanoTime();
            es.restart(0);
            LOG.info("Elasticsearch restarted in {} ms", ms(t0));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Fixtures.Answer again = firstOk(search, deadline);
            LOG.info("API answered {} {} ms after Elasticsearch was started again", again.status(), ms(t0));
            assertThat(again.status()).as("the same API process answers again: " + again.body()).isEqualTo(200);
            assertThat(again.json().path("total").asLong()).isPositive();
            // the searched indices can be back before every shard of the node is (the cluster still red): health follows
            Fixtures.Answer healthAgain = firstOk(base + "/health", deadline);
            assertThat(healthAgain.status()).as("health once Elasticsearch is back: " + healthAgain.body()).isEqualTo(200);
        }
    }

    /** The first 200 from the URL, asked every 250 ms, or its last answer at the deadline. */
    private static Fixtures.Answer firstOk(String url, long deadline) {
        Fixtures.Answer answer = Fixtures.get(url);
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            Fixtures.sleep(250);
            answer = Fixtures.get(url);
        }
        return answer;
    }
}
