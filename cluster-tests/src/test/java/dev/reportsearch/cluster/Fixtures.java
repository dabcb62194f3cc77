package dev.reportsearch.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.generate.ReportGenerator;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;

/**
 * What the tests of this module share in one JVM: a real 3-node cluster and a real single node
 * (each started on first use on free loopback ports, tied to this JVM's pid and deleted at exit),
 * generated corpora, the real pipeline, and plain HTTP.
 */
final class Fixtures {
    static final Logger LOG = LoggerFactory.getLogger("cluster-tests");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Small heaps: two shared cores and four nodes in one test run. */
    static final int HEAP_MB = 320;

    private static ManagedCluster three;
    private static ManagedCluster single;
    private static ReportPipeline pipeline;

    private Fixtures() {
    }

    /** Three nodes, each master-eligible data node, on loopback. Node names test-PID-c-1..3. */
    static synchronized ManagedCluster threeNodes() {
        if (three == null) {
            three = start("c", 3);
        }
        return three;
    }

    /** One node (single-node discovery): the one the "Elasticsearch fully down" faults stop and start. */
    static synchronized ManagedCluster singleNode() {
        if (single == null) {
            single = start("s", 1);
        }
        return single;
    }

    /** Stops the 3-node cluster early, to give the cores back to the remaining tests. */
    static synchronized void releaseThreeNodes() {
        if (three != null) {
            three.destroy();
            three = null;
        }
    }

    private static ManagedCluster start(String suffix, int nodes) {
        long pid = ProcessHandle.current().pid();
        deleteLeftovers();
        long t0 = System.nanoTime();
        ManagedCluster cluster = ManagedCluster.start(EsHome.resolve(), "test-" + pid + "-" + suffix, nodes, HEAP_MB, pid);
        LOG.info("{} node(s) up in {} ms: {}", nodes, ms(t0), cluster.urls());
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "stop-" + cluster.name()));
        return cluster;
    }

    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("test-(\\d+)-([cs](-\\d+|\\.cluster\\.properties)|tls)");

    /** Node directories of earlier runs of this module whose JVM is gone (a run killed before its shutdown hook). */
    static void deleteLeftovers() {
        try (var entries = Files.list(EsHome.resolve().nodes())) {
            for (Path p : entries.toList()) {
                var m = OURS.matcher(p.getFileName().toString());
                if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    LOG.info("Deleting {} left by an earlier run", p);
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // nothing to clean, or not ours to clean
        }
    }

    static synchronized ReportPipeline pipeline() {
        if (pipeline == null) {
            pipeline = ReportPipeline.standard();
        }
        return pipeline;
    }

    /** Generated reports 1..count (deterministic for the seed) in dir. */
    static Path corpus(Path dir, long seed, int count) {
        new ReportGenerator(seed).writeCorpus(dir, count);
        return dir;
    }

    static ElasticsearchClient client(List<String> urls) {
        return EsClients.create(new EsConnection(urls, null, null, null));
    }

    static ReportIndex index(ElasticsearchClient client, String alias) throws IOException {
        int nodes = client.cluster().health().numberOfNodes();
        return new ReportIndex(client, new IndexDefinition(alias), IndexLayout.forNodes(nodes));
    }

    static BatchIndexer indexer(ElasticsearchClient client, ReportIndex index) {
        return new BatchIndexer(client, index, pipeline()::parse);
    }

    static ApiServer api(List<String> urls, String alias) {
        return ApiServer.start(new ApiConfig(0, new EsConnection(urls, null, null, null), alias));
    }

    static long count(ElasticsearchClient client, String alias, String docType) throws IOException {
        return client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("docType").value(docType)))).count();
    }

    // --- plain HTTP ---

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer with how long it took; status -1 when the request itself failed (timeout, refused). */
    record Answer(int status, String body, long millis, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }
    }

    static Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    static Answer send(HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> res = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(res.statusCode(), res.body(), ms(t0), res);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), ms(t0), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), ms(t0), null);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long ms(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp data
        }
    }
}
