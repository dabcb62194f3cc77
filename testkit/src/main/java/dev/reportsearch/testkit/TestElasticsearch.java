package dev.reportsearch.testkit;

import java.time.Duration;

import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;

/**
 * The real Elasticsearch that tests of one JVM share: started on first use on a free port, stopped
 * when the JVM exits, and tied to this JVM's pid so that even a killed test run leaves no server
 * behind. {@code REPORTSEARCH_TEST_ES=http://host:port} reuses a running server instead.
 */
public final class TestElasticsearch {
    /**
     * The request deadline for an API over this node in tests about answers, not time: on a loaded
     * machine (two cores shared by many builds) a cold first search or export can take longer than the
     * product's 5 s, and a 503 there would say nothing about what those tests check. DeadlineTest
     * checks the deadline itself.
     */
    public static final Duration ANSWER_DEADLINE = Duration.ofSeconds(30);

    private static final int HEAP_MB = 512;
    private static String url;
    private static ManagedNode node;

    private TestElasticsearch() {
    }

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("REPORTSEARCH_TEST_ES");
            if (external != null && !external.isBlank()) {
                url = external;
            } else {
                node = startOwn();
                url = node.url();
            }
        }
        return url;
    }

    /** The node this JVM started, or null when an external server is used. */
    public static synchronized ManagedNode node() {
        url();
        return node;
    }

    private static ManagedNode startOwn() {
        long pid = ProcessHandle.current().pid();
        EsHome home = EsHome.resolve();
        String name = "test-" + pid;
        ManagedNode started = ManagedElasticsearch.startSingle(home, name, ManagedNode.freePort(), HEAP_MB, pid);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stop();
            deleteQuietly(started);
        }, "stop-test-elasticsearch"));
        return started;
    }

    /** Waits until the shared server answers again (after a test stopped it on purpose). */
    public static boolean awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (HealthProbe.health(url()).isPresent()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void deleteQuietly(ManagedNode n) {
        try (var walk = java.nio.file.Files.walk(n.dir())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // the directory of a test node is disposable
        }
    }
}
