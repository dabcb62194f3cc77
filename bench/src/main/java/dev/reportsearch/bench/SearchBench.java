package dev.reportsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.index.IndexDefinition;

/**
 * {@code bench search}: the mixed query set with C concurrent clients against the API and, in the
 * same run, the same Elasticsearch requests sent directly; latency percentiles and throughput of each.
 */
public final class SearchBench {
    public static final String API = "api";
    public static final String DIRECT = "elasticsearch";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    public SearchBench(PrintStream out) {
        this.out = out;
    }

    public record Result(int reports, boolean realCorpus, long documents, int clients, double seconds, int queries, Map<String, LoadRunner.Phase> byTarget,
                         List<String> mismatches) {
        public Latencies.Summary summary(String target) {
            LoadRunner.Phase p = byTarget.get(target);
            return p == null ? null : p.all().summarize(p.wallNanos());
        }
    }

    /**
     * The recorded indexing ({seconds, date}) of the corpus into the alias on this cluster, when the alias still holds
     * exactly that corpus ({@link #holds}): what {@code --reuse-index} takes instead of indexing again.
     */
    static Optional<String[]> reusable(BenchCluster cluster, String alias, Corpus corpus) throws IOException {
        return corpus.indexing(alias, cluster.identity()).filter(recorded -> holds(cluster, alias, corpus));
    }

    /** Whether the alias holds exactly this corpus's reports (and no others), in an index of this version's mapping. */
    public static boolean holds(BenchCluster cluster, String alias, Corpus corpus) {
        try {
            // an index built by an older version would measure the old design, not this one
            IndexDefinition definition = new IndexDefinition(alias);
            Iterator<String> indices = cluster.get("/_alias/" + alias).fieldNames();
            if (!indices.hasNext() || !definition.isCurrent(indices.next())) {
                return false;
            }
            String body = "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"docType\":\"report\"}},"
                    + "{\"prefix\":{\"source.file\":" + JSON.writeValueAsString(corpus.dir().toString()) + "}}]}}}";
            long ours = cluster.post("/" + alias + "/_count", body).path("count").asLong();
            long all = cluster.post("/" + alias + "/_count", "{\"query\":{\"term\":{\"docType\":\"report\"}}}").path("count").asLong();
            return ours == corpus.files().size() && all == ours;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Indexes the corpus into the alias unless it already holds exactly it; returns the indexing summary or null. */
    public static dev.reportsearch.indexer.BatchIndexer.Summary ensureIndexed(BenchCluster cluster, String alias, Corpus corpus,
                                                                              int threads, PrintStream out) throws Exception {
        if (holds(cluster, alias, corpus)) {
            out.printf("The alias '%s' already holds these %,d reports; not indexing again.%n", alias, corpus.files().size());
            return null;
        }
        out.printf("Indexing %,d reports (%.1f MB) into '%s'…%n", corpus.files().size(), corpus.megabytes(), alias);
        var s = IndexBench.indexInto(cluster, alias, corpus, threads);
        out.printf("Indexed %,d reports in %.1f s%n", s.reports(), s.elapsed().toNanos() / 1e9);
        return s;
    }

    public Result run(Corpus corpus, boolean realCorpus, BenchCluster cluster, String alias, int clients, Duration length,
                      Set<String> targets, int threads) throws Exception {
        ensureIndexed(cluster, alias, corpus, threads, out);
        long documents = cluster.count(alias);
        List<QuerySet.Query> queries = QuerySet.load(alias, realCorpus);
        List<String> kinds = queries.stream().map(QuerySet.Query::kind).toList();
        Duration timeout = Duration.ofSeconds(30);
        try (ApiServer api = ApiServer.start(new ApiConfig(0, cluster.connection(), alias))) {
            String apiBase = "http://127.0.0.1:" + api.port() + "/api/search?";
            List<HttpRequest> apiRequests = queries.stream()
                    .map(q -> HttpRequest.newBuilder(URI.create(apiBase + q.apiQuery())).timeout(timeout).GET().build()).toList();
            List<HttpRequest> esRequests = queries.stream()
                    .map(q -> BenchCluster.authorize(HttpRequest.newBuilder(URI.create(cluster.url() + "/" + alias + "/_msearch?typed_keys=true")), cluster.connection())
                            .timeout(timeout).header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(q.esBody(), StandardCharsets.UTF_8)).build()).toList();
            LoadRunner runner = new LoadRunner(clients, timeout);

            // Both answer every query, with the same number of hits.
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                long apiTotal = JSON.readTree(runner.once(apiRequests.get(i))).path("total").asLong(-1);
                JsonNode es = JSON.readTree(runner.once(esRequests.get(i)));
                // the second request of the pair counts the total (QuerySet)
                long esTotal = es.path("responses").path(1).path("hits").path("total").path("value").asLong(-2);
                if (apiTotal != esTotal) {
                    mismatches.add(queries.get(i).text() + ": API " + apiTotal + ", Elasticsearch " + esTotal);
                }
                if (apiTotal == 0) {
                    mismatches.add(queries.get(i).text() + ": no hits (the query set should match the corpus)");
                }
            }
            mismatches.forEach(m -> out.println("  check: " + m));

            Map<String, List<HttpRequest>> byTarget = new LinkedHashMap<>();
            if (targets.contains(DIRECT)) {
                byTarget.put(DIRECT, esRequests);
            }
            if (targets.contains(API)) {
                byTarget.put(API, apiRequests);
            }
            Duration warm = Duration.ofSeconds(Math.min(5, Math.max(2, length.toSeconds() / 6)));
            out.printf("Warming up (%d s per target), then %d s per target in two alternating halves, %d clients, %d queries in the set…%n",
                    warm.toSeconds(), length.toSeconds(), clients, queries.size());
            for (List<HttpRequest> r : byTarget.values()) {
                runner.run(r, kinds, clients, warm);
            }
            Map<String, List<LoadRunner.Phase>> phases = new LinkedHashMap<>();
            Duration half = length.dividedBy(2);
            for (int round = 0; round < 2; round++) {
                for (var e : byTarget.entrySet()) {
                    phases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(runner.run(e.getValue(), kinds, clients, half));
                }
            }
            Map<String, LoadRunner.Phase> combined = new LinkedHashMap<>();
            phases.forEach((k, v) -> combined.put(k, LoadRunner.combine(v)));
            Result result = new Result(corpus.files().size(), realCorpus, documents, clients, length.toSeconds(), queries.size(), combined, mismatches);
            out.print(table(result));
            combined.forEach((t, p) -> p.errorReasons().entrySet().stream().limit(5)
                    .forEach(e -> out.printf("  %s error ×%d: %s%n", t, e.getValue(), e.getKey())));
            return result;
        }
    }

    public static String table(Result r) {
        MarkdownTable t = new MarkdownTable("Target", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var e : r.byTarget().entrySet()) {
            Latencies.Summary s = e.getValue().all().summarize(e.getValue().wallNanos());
            t.row(e.getKey().equals(API) ? "API (/api/search)" : "Elasticsearch direct", s.requests(), s.errors(),
                    MarkdownTable.num(s.throughput()), MarkdownTable.num(s.p50()), MarkdownTable.num(s.p95()),
                    MarkdownTable.num(s.p99()), MarkdownTable.num(s.max()));
        }
        return t.toString();
    }

    public static String kindTable(Result r) {
        List<String> targets = new ArrayList<>(r.byTarget().keySet());
        List<String> header = new ArrayList<>(List.of("Query kind"));
        for (String t : targets) {
            header.add(t + " p50 ms");
            header.add(t + " p99 ms");
        }
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        for (String kind : r.byTarget().values().iterator().next().byKind().keySet()) {
            List<Object> row = new ArrayList<>(List.of(kind));
            for (String t : targets) {
                LoadRunner.Phase p = r.byTarget().get(t);
                Latencies.Summary s = p.byKind().get(kind).summarize(p.wallNanos());
                row.add(MarkdownTable.num(s.p50()));
                row.add(MarkdownTable.num(s.p99()));
            }
            table.row(row.toArray());
        }
        return table.toString();
    }

    public static String markdown(Result r, String title, String commandLine, String cluster) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title).append("\n\n");
        md.append("- Date: ").append(Machine.now()).append("\n- Machine: ").append(Machine.describe())
                .append("\n- Command: `").append(commandLine).append("`\n- Elasticsearch: ").append(cluster)
                .append("; the API runs in the bench JVM; clients, API and Elasticsearch share the same cores\n");
        md.append(String.format("- Data: %,d %s reports (%,d index documents); %d queries in the set (`bench/src/main/resources/dev/reportsearch/bench/queries.tsv`%s), "
                + "%d closed-loop clients, %.0f s per target in two alternating halves after a warm-up%n%n", r.reports(),
                r.realCorpus() ? "real" : "generated", r.documents(), r.queries(), r.realCorpus() ? ", each line's real-corpus query" : "",
                r.clients(), r.seconds()));
        md.append(table(r)).append('\n');
        Latencies.Summary api = r.summary(API);
        Latencies.Summary es = r.summary(DIRECT);
        if (api != null && es != null) {
            double ratio = api.p50() / es.p50();
            md.append(String.format("Aim: API p50 within 15%% of direct Elasticsearch: %.2f ms vs %.2f ms = %+.0f%%: %s.%n%n",
                    api.p50(), es.p50(), (ratio - 1) * 100, ratio <= 1.15 ? "**met**" : "**not met**"));
        }
        if (api != null) {
            md.append(String.format("Errors: %d of %d API requests%s.%n%n", api.errors(), api.requests() + api.errors(),
                    api.errors() == 0 ? " (aim: zero — met)" : " (aim: zero — **not met**)"));
        }
        md.append("By query kind:\n\n").append(kindTable(r));
        r.byTarget().forEach((t, p) -> p.errorReasons().entrySet().stream().limit(5)
                .forEach(e -> md.append(String.format("%n- %s error ×%d: `%s`", t, e.getValue(), e.getKey().replace('`', '\'')))));
        if (!r.mismatches().isEmpty()) {
            md.append("\n\nChecks that failed before the run:\n");
            r.mismatches().forEach(m -> md.append("\n- ").append(m));
        }
        md.append('\n');
        return md.toString();
    }
}
