package dev.reportsearch.cluster;

import static dev.reportsearch.cluster.Fixtures.LOG;
import static dev.reportsearch.cluster.Fixtures.enc;
import static dev.reportsearch.cluster.Fixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.load.ReportIndex;

/**
 * Fault 1: a node of the 3-node cluster is killed with SIGKILL in the middle of a bulk load into an
 * index of 3 shards with 1 replica. The load completes with every document (counted per type
 * against what the pipeline produced: nothing lost, nothing twice), searches through the API answer
 * 200 or a brief 503 and never a 500, and the cluster is green again once the node is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class F1NodeKilledDuringBulkLoadTest {
    private static final int REPORTS = 400;
    private static final String ALIAS = "f1-reports";

    @TempDir
    static Path dir;

    @AfterAll
    static void giveTheCoresBack() {
        Fixtures.releaseThreeNodes();
    }

    @Test
    @Order(1)
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theClusterHasThreeNodesOnLoopbackOnly() throws IOException {
        ManagedCluster cluster = Fixtures.threeNodes();
        assertThat(cluster.health()).get().extracting(HealthProbe.Health::nodes).isEqualTo(3);
        JsonNode nodes = Fixtures.JSON.readTree(HealthProbe.get(cluster.url(0), "/_nodes/http,transport").orElseThrow()).path("nodes");
        assertThat(nodes.size()).isEqualTo(3);
        for (JsonNode node : nodes) {
            for (String layer : List.of("http", "transport")) {
                JsonNode l = node.path(layer);
                assertThat(l.path("publish_address").asText()).as(layer + " publish address").startsWith("127.0.0.1:");
                assertThat(l.path("bound_address")).isNotEmpty();
                l.path("bound_address").forEach(a -> assertThat(a.asText()).as(layer + " bound address").startsWith("127.0.0.1:"));
            }
        }
    }

    @Test
    @Order(2)
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aNodeKilledDuringABulkLoadLosesNothingAndTheClusterHealsWhenItReturns() throws Exception {
        ManagedCluster cluster = Fixtures.threeNodes();
        Path warmup = Fixtures.corpus(dir.resolve("warmup"), 7, 20);
        Path corpus = Fixtures.corpus(dir.resolve("corpus"), 42, REPORTS);
        ElasticsearchClient client = Fixtures.client(cluster.urls());
        ReportIndex index = Fixtures.index(client, ALIAS);
        assertThat(client.cluster().health().numberOfNodes()).isEqualTo(3);
        BatchIndexer indexer = Fixtures.indexer(client, index);
        indexer.run(List.of(warmup), true, 2, BatchIndexer.Progress.NONE);

        // The elected master: the harder node to lose (an election on top of the shard promotions).
        int victim = master(cluster);
        LOG.info("Will kill node {} ({}), the elected master, after {} of {} reports", victim,
                cluster.config(victim).name(), REPORTS / 4, REPORTS);

        try (ApiServer api = Fixtures.api(cluster.urls(), ALIAS)) {
            Searches searches = new Searches("http://127.0.0.1:" + api.port());
            searches.start();
            try {
                AtomicInteger done = new AtomicInteger();
                AtomicLong killedAt = new AtomicLong();
                AtomicInteger doneAfterKill = new AtomicInteger();
                CompletableFuture<Void> kill = new CompletableFuture<>();
                BatchIndexer.Progress progress = new BatchIndexer.Progress() {
                    @Override
                    public void fileDone(Path file, long bytes, String problem) {
                        int n = done.incrementAndGet();
                        if (killedAt.get() != 0) {
                            doneAfterKill.incrementAndGet();
                        }
                        if (n == REPORTS / 4) {
                            CompletableFuture.runAsync(() -> {
                                cluster.kill(victim);
                                killedAt.set(System.nanoTime());
                                searches.mark("killed");
                                LOG.info("Killed node {} with SIGKILL", cluster.config(victim).name());
                            }).whenComplete((v, e) -> {
                                if (e != null) {
                                    kill.completeExceptionally(e);
                                } else {
                                    kill.complete(null);
                                }
                            });
                        }
                    }
                };

                long t0 = System.nanoTime();
                BatchIndexer.Summary summary = indexer.run(List.of(corpus), true, 2, progress);
                long loadMs = ms(t0);
                kill.get(30, TimeUnit.SECONDS);
                searches.mark("loaded");
                LOG.info("Load done in {} ms: {} reports, {} sections, {} achievements; {} files done after the kill; {} rejected",
                        loadMs, summary.reports(), summary.sections(), summary.achievements(), doneAfterKill.get(),
                        summary.rejected().size());

                assertThat(doneAfterKill.get()).as("files indexed after the kill (the fault hit mid-load)").isGreaterThan(REPORTS / 2);
                assertThat(summary.rejected()).as("documents Elasticsearch did not take").isEmpty();
                assertThat(summary.skipped()).isEmpty();
                assertThat(summary.reports()).isEqualTo(REPORTS);
                assertThat(summary.aliasSwapped()).isTrue();

                // Nothing lost, nothing twice: per type, exactly what the pipeline produced (ids are deterministic).
                assertCounts(client, summary, "with a node down");

                long r0 = System.nanoTime();
                cluster.restart(victim);
                searches.mark("restarted");
                boolean green = cluster.awaitStatus("green", Duration.ofSeconds(120));
                searches.mark("green");
                LOG.info("Node back and cluster {} {} ms after the restart began", green ? "green" : "NOT green", ms(r0));
                assertThat(green).as("cluster green again after the node returned").isTrue();
                assertCounts(client, summary, "after the node returned");

                searches.stop();
                LOG.info("Searches by phase: {}", searches.byPhase());
                assertThat(searches.statuses()).as("search statuses during the whole run").doesNotContainKey(500);
                assertThat(searches.statuses().keySet()).as("statuses other than 200 and 503").isSubsetOf(200, 503);
                assertThat(searches.okAfter("killed")).as("searches answered 200 while the node was down").isGreaterThan(0);
                assertThat(searches.longest503RunMs()).as("longest stretch of consecutive 503s (ms)").isLessThan(15_000);
            } finally {
                searches.stop();
            }
        } finally {
            client._transport().close();
        }
    }

    private static void assertCounts(ElasticsearchClient client, BatchIndexer.Summary summary, String when) throws IOException {
        client.indices().refresh(r -> r.index(ALIAS));
        assertThat(Fixtures.count(client, ALIAS, "report")).as("reports " + when).isEqualTo(summary.reports());
        assertThat(Fixtures.count(client, ALIAS, "section")).as("sections " + when).isEqualTo(summary.sections());
        assertThat(Fixtures.count(client, ALIAS, "achievement")).as("achievements " + when).isEqualTo(summary.achievements());
        long total = client.count(c -> c.index(ALIAS)).count();
        assertThat(total).as("all documents " + when)
                .isEqualTo(summary.reports() + summary.sections() + summary.achievements());
    }

    private static int master(ManagedCluster cluster) {
        String name = HealthProbe.get(cluster.url(0), "/_cat/master?h=node").orElseThrow().trim();
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.config(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no managed node is the master: " + name);
    }

    /** Searches through the API, one after another, recording each status with the phase it fell in. */
    static final class Searches {
        private static final String[] QUERIES = {"妇女", "家庭教育", "创业", "儿童", "两癌筛查", "巾帼"};
        private final String base;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<long[]> log = new ArrayList<>(); // {nanos, status, phase}
        private final List<String> phases = new ArrayList<>(List.of("before"));
        private Thread thread;

        Searches(String base) {
            this.base = base;
        }

        void start() {
            thread = new Thread(() -> {
                int i = 0;
                while (running.get()) {
                    Fixtures.Answer a = Fixtures.get(base + "/api/search?q=" + enc(QUERIES[i++ % QUERIES.length]));
                    synchronized (log) {
                        log.add(new long[] {System.nanoTime(), a.status(), phases.size() - 1});
                    }
                    if (a.status() != 200) {
                        LOG.info("search answered {} in {} ms: {}", a.status(), a.millis(),
                                a.body().length() > 200 ? a.body().substring(0, 200) : a.body());
                    }
                    Fixtures.sleep(50);
                }
            }, "searches");
            thread.setDaemon(true);
            thread.start();
        }

        void mark(String phase) {
            synchronized (log) {
                phases.add(phase);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        Map<Integer, Integer> statuses() {
            Map<Integer, Integer> m = new TreeMap<>();
            synchronized (log) {
                log.forEach(e -> m.merge((int) e[1], 1, Integer::sum));
            }
            return m;
        }

        Map<String, Map<Integer, Integer>> byPhase() {
            Map<String, Map<Integer, Integer>> m = new java.util.LinkedHashMap<>();
            synchronized (log) {
                for (long[] e : log) {
                    m.computeIfAbsent((int) e[2] + ":" + phases.get((int) e[2]), k -> new TreeMap<>()).merge((int) e[1], 1, Integer::sum);
                }
            }
            return m;
        }

        int okAfter(String phase) {
            synchronized (log) {
                int p = phases.indexOf(phase);
                return (int) log.stream().filter(e -> e[2] >= p && e[1] == 200).count();
            }
        }

        long longest503RunMs() {
            long longest = 0;
            long runStart = -1;
            synchronized (log) {
                for (long[] e : log) {
                    if (e[1] == 503) {
                        if (runStart < 0) {
                            runStart = e[0];
                        }
                        longest = Math.max(longest, Duration.ofNanos(e[0] - runStart).toMillis());
                    } else {
                        runStart = -1;
                    }
                }
            }
            return longest;
        }
    }
}
