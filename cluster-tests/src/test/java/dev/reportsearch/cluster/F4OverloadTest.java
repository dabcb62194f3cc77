package dev.reportsearch.cluster;

import static dev.reportsearch.cluster.Fixtures.LOG;
import static dev.reportsearch.cluster.Fixtures.enc;
import static dev.reportsearch.cluster.Fixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.api.LoadShedding;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;

/**
 * Fault 4: far more concurrent searches than the API serves at once. Those beyond its bounded
 * queue get a fast 503 (with Retry-After) instead of piling up; none fails otherwise; {@code /health}
 * answers quickly during the flood; afterwards nothing is left in flight and searches answer 200.
 */
class F4OverloadTest {
    private static final String ALIAS = "f4-reports";
    private static final int FLOOD = 200;
    private static final String[] QUERIES = {"妇女", "家庭教育", "创业就业", "儿童", "两癌筛查", "巾帼建功", "维权", "乡村振兴"};

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aFloodGetsFast503sTheApiStaysResponsiveAndRecovers() throws Exception {
        ManagedCluster es = Fixtures.singleNode();
        ElasticsearchClient client = Fixtures.client(es.urls());
        try {
            Fixtures.indexer(client, Fixtures.index(client, ALIAS))
                    .run(List.of(Fixtures.corpus(dir, 5, 300)), true, 2, BatchIndexer.Progress.NONE);
        } finally {
            client._transport().close();
        }

        try (ApiServer api = Fixtures.api(es.urls(), ALIAS)) {
            String base = "http://127.0.0.1:" + api.port();
            LoadShedding shedding = LoadShedding.lastInstalled();
            assertThat(Fixtures.get(base + "/api/search?q=" + enc("妇女")).status()).isEqualTo(200);

            ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
            List<CompletableFuture<Fixtures.Answer>> flood = new ArrayList<>();
            try {
                long t0 = System.nanoTime();
                for (int i = 0; i < FLOOD; i++) {
                    String q = QUERIES[i % QUERIES.length];
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + enc(q)))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    flood.add(CompletableFuture.supplyAsync(() -> Fixtures.send(req), pool));
                }
                // While the flood runs: the server itself still answers, quickly.
                Fixtures.sleep(300);
                List<Fixtures.Answer> healths = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    healths.add(Fixtures.get(base + "/health"));
                    Fixtures.sleep(200);
                }
                int inFlightDuring = shedding.inFlight();
                int queuedDuring = shedding.queued();
                List<Fixtures.Answer> answers = flood.stream().map(CompletableFuture::join).toList();
                long floodMs = ms(t0);

                Map<Integer, Integer> statuses = new TreeMap<>();
                answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
                // 503 "overloaded": shed by our limits; 503 "search_unavailable": admitted, but Elasticsearch
                // itself did not answer within the client's timeout. Both are honest, neither piles up.
                List<Fixtures.Answer> overloaded = answers.stream().filter(a -> a.status() == 503)
                        .filter(a -> a.json().path("error").path("code").asText().equals("overloaded")).toList();
                List<Long> shed = overloaded.stream().map(Fixtures.Answer::millis).sorted().toList();
                List<Long> served = answers.stream().filter(a -> a.status() == 200).map(Fixtures.Answer::millis).sorted().toList();
                LOG.info("Flood of {} in {} ms: statuses {} ({} shed as overloaded); shed in p50 {} / max {} ms; "
                                + "200 in p50 {} / max {} ms; during it {} working, {} queued; health answered in {} ms",
                        FLOOD, floodMs, statuses, overloaded.size(), pct(shed, 50), pct(shed, 100), pct(served, 50), pct(served, 100),
                        inFlightDuring, queuedDuring, healths.stream().map(Fixtures.Answer::millis).toList());

                assertThat(statuses.keySet()).as("only served (200) or shed (503)").isSubsetOf(200, 503);
                assertThat(overloaded).as("requests shed by the limits").isNotEmpty();
                assertThat(statuses.get(200)).as("requests served").isNotNull().isPositive();
                assertThat(inFlightDuring).isLessThanOrEqualTo(shedding.maxConcurrent());
                assertThat(queuedDuring).isLessThanOrEqualTo(LoadShedding.DEFAULT_MAX_QUEUED);
                assertThat(overloaded.get(0).header("Retry-After")).isEqualTo("1");
                assertThat(overloaded.get(0).json().path("error").path("message").asText()).contains("busy");
                // Shed fast: most at once (queue full), the rest after at most the bounded wait. (The median
                // includes this JVM's own contention: 200 client threads and the server on two cores.)
                assertThat(pct(shed, 50)).as("median time to a 503 (ms)").isLessThan(1_500);
                assertThat(pct(shed, 100)).as("slowest 503 (ms)").isLessThan(LoadShedding.DEFAULT_MAX_WAIT_MS + 5_000);
                assertThat(healths).allSatisfy(h -> {
                    assertThat(h.status()).isEqualTo(200);
                    assertThat(h.millis()).as("/health during the flood (ms)").isLessThan(2_000);
                });
            } finally {
                pool.shutdownNow();
            }

            // Recovered: nothing stuck in flight, and the next searches are served.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((shedding.inFlight() > 0 || shedding.queued() > 0) && System.nanoTime() < deadline) {
                Fixtures.sleep(50);
            }
            assertThat(shedding.inFlight()).isZero();
            assertThat(shedding.queued()).isZero();
            for (String q : QUERIES) {
                Fixtures.Answer a = Fixtures.get(base + "/api/search?q=" + enc(q));
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                assertThat(a.millis()).isLessThan(3_000);
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
