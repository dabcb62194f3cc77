package dev.reportsearch.cluster;

import static dev.reportsearch.cluster.Fixtures.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.es.EsAccess;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.indexer.BatchIndexer;

/**
 * The role docker-compose gives the app (deploy/setup/app-role.json, issue 12 item 7) is enough for
 * everything the app does: rebuild its index twice (create, load, move the alias, delete the old index),
 * search, export and health through the API; and it reaches nothing else.
 */
@Timeout(600)
class AppRoleTest {
    /** The alias the role is written for: the app's default. */
    private static final String ALIAS = "reportsearch";

    @TempDir
    Path dir;

    @Test
    void theAppRoleCoversIndexingAndServingAndNothingElse() throws Exception {
        SecuredNode secured = SecuredNode.get();
        EsAccess.check(secured.app());
        ElasticsearchClient client = EsClients.create(secured.app());
        try {
            BatchIndexer indexer = Fixtures.indexer(client, Fixtures.index(client, ALIAS));
            Path corpus = Fixtures.corpus(dir, 5, 12);
            assertThat(indexer.run(List.of(corpus), true, 2, BatchIndexer.Progress.NONE).ok()).isTrue();
            // A second rebuild moves the alias and deletes the first build's indices: manage on our names.
            BatchIndexer.Summary second = indexer.run(List.of(corpus), true, 2, BatchIndexer.Progress.NONE);
            assertThat(second.ok()).isTrue();
            assertThat(client.indices().get(g -> g.index(ALIAS + "-v*")).result().keySet())
                    .containsExactlyInAnyOrderElementsOf(second.index().indices());

            assertThatThrownBy(() -> client.indices().create(c -> c.index("not-ours")))
                    .isInstanceOfSatisfying(ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThatThrownBy(() -> client.search(s -> s.index(".security"), Void.class))
                    .isInstanceOfSatisfying(ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(403));
        } finally {
            client._transport().close();
        }

        try (ApiServer api = ApiServer.start(new ApiConfig(0, secured.app(), ALIAS))) {
            String base = "http://127.0.0.1:" + api.port();
            Fixtures.Answer search = answered(base + "/api/search?q=" + enc("妇女"));
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            assertThat(search.json().path("total").asLong()).isPositive();
            Fixtures.Answer export = answered(base + "/api/export.csv?q=" + enc("妇女"));
            assertThat(export.status()).as(export.body()).isEqualTo(200);
            assertThat(answered(base + "/health").json().path("elasticsearch").asText()).isEqualTo("up");
        }
    }

    /**
     * The answer once it is not a 503: a first search on a busy machine can outlast the API's socket
     * timeout. A missing right is a 403 from Elasticsearch, which is never retried into a pass.
     */
    private static Fixtures.Answer answered(String url) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        Fixtures.Answer a = Fixtures.get(url);
        while (a.status() == 503 && System.nanoTime() < deadline) {
            Fixtures.sleep(500);
            a = Fixtures.get(url);
        }
        return a;
    }
}
