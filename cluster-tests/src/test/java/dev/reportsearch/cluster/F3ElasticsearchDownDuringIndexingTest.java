package dev.reportsearch.cluster;

import static dev.reportsearch.cluster.Fixtures.LOG;
import static dev.reportsearch.cluster.Fixtures.enc;
import static dev.reportsearch.cluster.Fixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.index.IndexGeneration;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.load.BulkLoader;
import dev.reportsearch.indexer.load.ReportIndex;

/**
 * Fault 3: Elasticsearch is killed in the middle of a rebuild. The loader retries with growing
 * pauses, then gives up in bounded time with a failure that names the reports not indexed; the
 * alias still points at the last good index, so once Elasticsearch is back, searches answer from it.
 */
class F3ElasticsearchDownDuringIndexingTest {
    private static final String ALIAS = "f3-reports";
    private static final int GOOD = 40;
    private static final int REPORTS = 600;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aRebuildCutShortFailsClearlyAndTheLastGoodIndexStaysLive() throws Exception {
        ManagedCluster es = Fixtures.singleNode();
        Path good = Fixtures.corpus(dir.resolve("good"), 11, GOOD);
        Path next = Fixtures.corpus(dir.resolve("next"), 12, REPORTS);
        ElasticsearchClient client = Fixtures.client(es.urls());
        try {
            ReportIndex index = Fixtures.index(client, ALIAS);
            BatchIndexer indexer = Fixtures.indexer(client, index);
            BatchIndexer.Summary first = indexer.run(List.of(good), true, 2, BatchIndexer.Progress.NONE);
            assertThat(first.aliasSwapped()).isTrue();
            IndexGeneration lastGood = index.aliasTarget().orElseThrow();
            long goodSections = Fixtures.count(client, ALIAS, "section");
            assertThat(goodSections).isEqualTo(first.sections());

            AtomicInteger done = new AtomicInteger();
            AtomicLong killedAt = new AtomicLong();
            BatchIndexer.Progress killMidway = new BatchIndexer.Progress() {
                @Override
                public void fileDone(Path file, long bytes, String problem) {
                    if (done.incrementAndGet() == REPORTS / 5) {
                        CompletableFuture.runAsync(() -> {
                            es.kill(0);
                            killedAt.set(System.nanoTime());
                            LOG.info("Killed Elasticsearch after {} of {} reports", REPORTS / 5, REPORTS);
                        });
                    }
                }
            };
            long t0 = System.nanoTime();
            BatchIndexer.Summary cut = CompletableFuture.supplyAsync(() -> {
                try {
                    return indexer.run(List.of(next), true, 2, killMidway);
                } catch (Exception e) {
                    throw new AssertionError("the run must end with a summary, not " + e, e);
                }
            }).get(150, TimeUnit.SECONDS);
            long afterKillMs = killedAt.get() == 0 ? -1 : ms(killedAt.get());
            LOG.info("Rebuild ended {} ms after it began, {} ms after the kill: {} reports parsed, {} documents rejected "
                    + "from {} files; e.g. {}", ms(t0), afterKillMs, cut.reports(), cut.rejected().size(),
                    cut.filesNotIndexed().size(), cut.rejected().isEmpty() ? "-" : cut.rejected().get(0));

            assertThat(killedAt.get()).as("Elasticsearch was killed during the run").isNotZero();
            assertThat(cut.ok()).isFalse();
            assertThat(cut.aliasSwapped()).as("half an index never goes live").isFalse();
            Set<String> inputs;
            try (Stream<Path> files = Files.list(next)) {
                inputs = files.map(Path::toString).collect(Collectors.toSet());
            }
            assertThat(cut.filesNotIndexed()).as("the reports not indexed are named").isNotEmpty().allMatch(inputs::contains);
            assertThat(cut.rejected()).extracting(BulkLoader.Rejection::reason)
                    .allMatch(r -> r.contains("Elasticsearch unreachable after") && r.contains("retries"), "names the cause");
            // Retried with backoff (not given up at the first refusal), yet bounded.
            assertThat(afterKillMs).as("ms from the kill to the end of the run")
                    .isGreaterThanOrEqualTo(BulkLoader.Retries.DEFAULT.budget().toMillis() - 1_000)
                    .isLessThan(90_000);

            long r0 = System.nanoTime();
            es.restart(0);
            LOG.info("Elasticsearch back in {} ms", ms(r0));
            assertThat(es.awaitStatus("yellow", java.time.Duration.ofSeconds(60))).isTrue();
            assertThat(index.aliasTarget()).as("the alias still points at the last good index").contains(lastGood);
            assertThat(Fixtures.count(client, ALIAS, "section")).isEqualTo(goodSections);

            try (ApiServer api = Fixtures.api(es.urls(), ALIAS)) {
                Fixtures.Answer a = Fixtures.get("http://127.0.0.1:" + api.port() + "/api/search?q=" + enc("妇女"));
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                assertThat(a.json().path("total").asLong()).isPositive().isLessThanOrEqualTo(goodSections);
            }

            // The next rebuild clears the leftover of the cut one and goes live.
            BatchIndexer.Summary again = indexer.run(List.of(good), true, 2, BatchIndexer.Progress.NONE);
            assertThat(again.ok()).isTrue();
            assertThat(client.indices().get(g -> g.index(ALIAS + "-v*")).result().keySet()).containsExactlyInAnyOrderElementsOf(again.index().indices());
        } finally {
            client._transport().close();
        }
    }
}
