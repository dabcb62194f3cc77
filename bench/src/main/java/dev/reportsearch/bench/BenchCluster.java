package dev.reportsearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;

/**
 * The Elasticsearch a benchmark runs against: an existing cluster, or a managed node of its own
 * (named {@value #NODE}, on a free port, with a bigger heap) that never clashes with the user's
 * {@code default} node or with tests, started here and stopped on {@link #close}.
 */
public final class BenchCluster implements AutoCloseable {
    public static final String NODE = "bench";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EsConnection connection;
    private final ManagedNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BenchCluster(EsConnection connection, ManagedNode node) {
        this.connection = connection;
        this.node = node;
    }

    public static BenchCluster external(EsConnection connection) {
        return new BenchCluster(connection, null);
    }

    /** Starts the bench node (or reuses it when a previous run left it up) with that heap. */
    public static BenchCluster managed(int heapMb) {
        EsHome home = EsHome.resolve();
        int port = ManagedElasticsearch.find(home, NODE).map(ManagedNode::httpPort).orElseGet(ManagedNode::freePort);
        System.err.printf("Starting the bench Elasticsearch node '%s' on port %d with a %d MB heap…%n", NODE, port, heapMb);
        ManagedNode node = ManagedElasticsearch.startSingle(home, NODE, port, heapMb, ProcessHandle.current().pid());
        return new BenchCluster(EsConnection.of(node.url()), node);
    }

    public EsConnection connection() {
        return connection;
    }

    public String url() {
        return connection.urls().get(0);
    }

    public String describe() {
        return node != null ? "managed node '" + NODE + "' at " + url() : "existing cluster at " + connection.describe();
    }

    /** What the results say they ran against: {@link #describe()} and the cluster's version. */
    public String describeWithVersion() {
        return describe() + " (Elasticsearch " + version() + ")";
    }

    /** GET a path of the cluster as JSON. */
    public JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET());
    }

    /** GET a path as text (e.g. hot threads). */
    public String getText(String path) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).GET();
        authorize(b, connection);
        try {
            return http.send(b.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** CPU time the cluster's processes have used so far, in ms (summed over nodes). */
    public long cpuMillis() throws IOException {
        long sum = 0;
        for (JsonNode n : get("/_nodes/stats/process").path("nodes")) {
            sum += n.path("process").path("cpu").path("total_in_millis").asLong();
        }
        return sum;
    }

    public JsonNode post(String path, String body) throws IOException {
        if (body == null) {
            return send(HttpRequest.newBuilder(URI.create(url() + path)).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private JsonNode send(HttpRequest.Builder b) throws IOException {
        authorize(b, connection);
        try {
            HttpResponse<String> res = http.send(b.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (res.statusCode() >= 300) {
                throw new IOException("Elasticsearch answered " + res.statusCode() + " to " + res.request().uri() + ": "
                        + abbreviate(res.body()));
            }
            return JSON.readTree(res.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Adds the connection's credentials, if any, to a request. */
    public static HttpRequest.Builder authorize(HttpRequest.Builder b, EsConnection c) {
        if (c.apiKey() != null) {
            b.header("Authorization", "ApiKey " + c.apiKey());
        } else if (c.username() != null) {
            String basic = c.username() + ":" + (c.password() == null ? "" : c.password());
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** Bytes on disk of the indices behind an alias (primaries and replicas). */
    public long storeBytes(String alias) throws IOException {
        return get("/" + alias + "/_stats/store").path("_all").path("total").path("store").path("size_in_bytes").asLong();
    }

    /** Top-level documents under an alias (reports, sections, achievements; not nested figures). */
    public long count(String alias) throws IOException {
        return get("/" + alias + "/_count").path("count").asLong();
    }

    /** Heap used summed over the cluster's nodes. */
    public long heapUsedBytes() throws IOException {
        long sum = 0;
        for (JsonNode n : get("/_nodes/stats/jvm").path("nodes")) {
            sum += n.path("jvm").path("mem").path("heap_used_in_bytes").asLong();
        }
        return sum;
    }

    public long heapMaxBytes() throws IOException {
        long sum = 0;
        for (JsonNode n : get("/_nodes/stats/jvm").path("nodes")) {
            sum += n.path("jvm").path("mem").path("heap_max_in_bytes").asLong();
        }
        return sum;
    }

    /**
     * The heap a node needs to hold at rest: the lowest of several samples a second apart, which is
     * the closest the stats API gets to the live set between collections.
     */
    public long heapUsedLowBytes(int samples) throws IOException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < samples; i++) {
            min = Math.min(min, heapUsedBytes());
            sleep(1000);
        }
        return min;
    }

    /** The nodes' Elasticsearch version, from the nodes API: the minimal distribution answers {@code GET /} with 405. */
    public String version() {
        try {
            for (JsonNode n : get("/_nodes/_all/version?filter_path=nodes.*.version").path("nodes")) {
                return n.path("version").asText("?");
            }
            return "?";
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * What identifies the cluster across runs: its UUID, for the bench node starts on a free port each time (so its URL
     * does not), or its URL when the UUID cannot be read.
     */
    public String identity() {
        try {
            String uuid = get("/_cluster/state/metadata?filter_path=metadata.cluster_uuid").path("metadata").path("cluster_uuid").asText("");
            return uuid.isEmpty() ? url() : uuid;
        } catch (IOException e) {
            return url();
        }
    }

    public int nodes() throws IOException {
        return get("/_cluster/health").path("number_of_nodes").asInt(1);
    }

    @Override
    public void close() {
        if (node != null) {
            System.err.println("Stopping the bench Elasticsearch node…");
            node.stop();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
