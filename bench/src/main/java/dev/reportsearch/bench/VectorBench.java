package dev.reportsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.embed.SectionVectors;
import dev.reportsearch.indexer.load.IndexDoc;

/**
 * What semantic retrieval costs (issue 13): the same corpus indexed without and with section vectors (end-to-end
 * MB/s, index size), the model's load time and memory, Elasticsearch's heap, and the API's latency with
 * semantic=false and semantic=true for the same queries on the index with vectors (the latter includes embedding
 * the query and the kNN search). The words-only index is the one {@code bench scale} and {@code bench index} build
 * for that corpus and size, so a large size measured there need not be indexed again ({@code --reuse-index}).
 */
public final class VectorBench {
    /** Field words of the kinds users type: one and two words, common and rare. */
    static final List<String> QUERIES = List.of("家庭教育", "两癌 救助", "创业贷款", "留守儿童", "巾帼志愿服务", "妇女之家",
            "维权 热线", "技能培训", "乡村振兴 妇女", "反家暴", "救助金 发放", "儿童之家", "三八红旗手", "心理健康", "电商直播");
    static final int ROUNDS = 3;

    private final PrintStream out;
    private final int threads;

    public VectorBench(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    public record Result(int reports, double megabytes, int sections, boolean forceMerged, String reused, double modelLoadMs, long modelHeapBytes,
                         long modelResidentBytes, double secondsWithout, double secondsWith, long storeWithout, long storeWith,
                         long nodeHeapBytes, Latencies.Summary words, Latencies.Summary semantic) {
        double mbpsWithout() {
            return megabytes / secondsWithout;
        }

        double mbpsWith() {
            return megabytes / secondsWith;
        }

        /** Embedding time per section, in core-milliseconds: the extra wall time × the indexing threads. */
        double embedMsPerSection(int threads) {
            return (secondsWith - secondsWithout) * 1000 * threads / sections;
        }
    }

    /**
     * @param wordsAlias the words-only index; the one with vectors is that alias with {@code -vectors}
     * @param reuse      an index that already holds the corpus, with its indexing recorded, is not built again; the
     *                   indices are then measured as they are (not force-merged: merging a large one takes long and
     *                   changes what later runs of the other benches measure)
     */
    public Result run(Corpus corpus, BenchCluster cluster, String wordsAlias, boolean reuse) throws Exception {
        String alias = wordsAlias + "-vectors";
        long heapBefore = usedHeap();
        long residentBefore = Machine.residentBytes();
        long t0 = System.nanoTime();
        TextVectors vectors = TextVectors.standard();
        vectors.query("预热");
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long modelHeap = Math.max(0, usedHeap() - heapBefore);
        long modelResident = Math.max(0, Machine.residentBytes() - residentBefore);
        out.printf("Model loaded in %.0f ms, %.0f MB of heap, %.0f MB more resident memory%n", loadMs, modelHeap / 1e6, modelResident / 1e6);

        List<String> reused = new ArrayList<>();
        double secondsWithout = indexed(cluster, wordsAlias, corpus, reuse, UnaryOperator.identity(), reused);
        out.printf("Without vectors: %.1f s, %.2f MB/s%n", secondsWithout, corpus.megabytes() / secondsWithout);
        double secondsWith = indexed(cluster, alias, corpus, reuse, new SectionVectors(vectors), reused);
        out.printf("With vectors: %.1f s, %.2f MB/s%n", secondsWith, corpus.megabytes() / secondsWith);
        if (!reuse) {
            cluster.post("/" + wordsAlias + "," + alias + "/_forcemerge?max_num_segments=1", "");
        }
        cluster.post("/" + wordsAlias + "," + alias + "/_flush", null);
        long storeWithout = cluster.storeBytes(wordsAlias);
        long storeWith = cluster.storeBytes(alias);
        int sections = (int) cluster.post("/" + alias + "/_count", "{\"query\":{\"term\":{\"docType\":\"section\"}}}").path("count").asLong();
        out.printf("%,d sections; index on disk %.1f MB without vectors, %.1f MB with%n", sections, storeWithout / 1e6, storeWith / 1e6);

        ApiServer api = ApiServer.start(new ApiConfig(0, cluster.connection(), alias));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + api.port() + "/api/search?q=";
            get(http, base + encode("预热") + "&semantic=true", new Latencies());
            Latencies words = new Latencies();
            Latencies semantic = new Latencies();
            long start = System.nanoTime();
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : QUERIES) {
                    get(http, base + encode(q) + "&semantic=false", words);
                    get(http, base + encode(q) + "&semantic=true", semantic);
                }
            }
            long elapsed = System.nanoTime() - start;
            Latencies.Summary byWords = words.summarize(elapsed);
            Latencies.Summary byMeaning = semantic.summarize(elapsed);
            out.printf("API p50 / p95: words %.0f / %.0f ms, with meaning %.0f / %.0f ms%n", byWords.p50(), byWords.p95(),
                    byMeaning.p50(), byMeaning.p95());
            long nodeHeap = cluster.heapUsedLowBytes(5);
            return new Result(corpus.files().size(), corpus.megabytes(), sections, !reuse, String.join(", ", reused), loadMs, modelHeap, modelResident,
                    secondsWithout, secondsWith, storeWithout, storeWith, nodeHeap, byWords, byMeaning);
        } finally {
            api.close();
        }
    }

    /** Seconds to index the corpus into the alias through the stage: measured now, or as recorded when reused. */
    private double indexed(BenchCluster cluster, String alias, Corpus corpus, boolean reuse, UnaryOperator<List<IndexDoc>> stage,
                           List<String> reused) throws Exception {
        var recorded = reuse ? SearchBench.reusable(cluster, alias, corpus) : Optional.<String[]>empty();
        if (recorded.isPresent()) {
            out.printf("'%s' already holds the corpus (indexed in %s s at %s); not indexing again%n", alias, recorded.get()[0], recorded.get()[1]);
            reused.add(alias + " (" + recorded.get()[1] + ")");
            return Double.parseDouble(recorded.get()[0]);
        }
        BatchIndexer.Summary s = IndexBench.indexInto(cluster, alias, corpus, threads, stage);
        if (!s.ok()) {
            throw new IOException("Elasticsearch rejected " + s.rejected().size() + " documents of " + alias + "; see the log above");
        }
        return s.elapsed().toMillis() / 1000.0;
    }

    /** Records the request's latency, or an error when it is not answered with 200 (a busy machine times out). */
    private static void get(HttpClient http, String url, Latencies into) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() == 200) {
            into.record(System.nanoTime() - start);
        } else {
            into.error();
        }
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    public static String markdown(Result r, String commandLine, String cluster, int threads, CorpusSource source) {
        StringBuilder md = new StringBuilder();
        md.append("## Semantic retrieval's cost (`bench vectors`)\n\n");
        md.append("- Date: ").append(Machine.now()).append('\n');
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Command: `").append(commandLine).append("`\n");
        md.append("- Elasticsearch: ").append(cluster).append('\n');
        md.append(String.format("- Corpus: %,d %s reports, %.1f MB, %,d sections; %d indexing threads%n", r.reports(), source.adjective(),
                r.megabytes(), r.sections(), threads));
        if (!r.reused().isEmpty()) {
            md.append("- Reused from an earlier run (its indexing time as recorded then): ").append(r.reused()).append('\n');
        }
        md.append('\n');
        md.append("| Measure | words only | with section vectors |\n| --- | ---: | ---: |\n");
        md.append(String.format("| Indexing, end to end | %.2f MB/s (%.1f s) | %.2f MB/s (%.1f s) |%n", r.mbpsWithout(), r.secondsWithout(),
                r.mbpsWith(), r.secondsWith()));
        md.append(String.format("| Index on disk (%s) | %.1f MB | %.1f MB |%n", r.forceMerged() ? "force-merged" : "as indexed, not merged",
                r.storeWithout() / 1e6, r.storeWith() / 1e6));
        md.append(String.format("| API latency p50 / p95 / max, %d queries × %d | %.0f / %.0f / %.0f ms | %.0f / %.0f / %.0f ms |%n",
                QUERIES.size(), ROUNDS, r.words().p50(), r.words().p95(), r.words().max(), r.semantic().p50(), r.semantic().p95(),
                r.semantic().max()));
        md.append(String.format("| Requests not answered (503: Elasticsearch too slow) | %d | %d |%n", r.words().errors(), r.semantic().errors()));
        md.append(String.format("| Elasticsearch heap at rest after the searches (both indices on the node) | %.0f MB | |%n",
                r.nodeHeapBytes() / 1e6));
        md.append(String.format("%nModel (bge-small-zh-v1.5, quantized; passages cut at %d characters): loaded in %.0f ms, %.0f MB more Java "
                + "heap and %.0f MB more resident memory after loading (its weights live in ONNX Runtime's native memory, outside "
                + "the heap). Embedding: %.1f ms per section in wall time × threads (on a busy machine this counts the time other "
                + "programs had the cores).%n",
                TextVectors.MAX_PASSAGE_CHARS, r.modelLoadMs(), r.modelHeapBytes() / 1e6, r.modelResidentBytes() / 1e6,
                r.embedMsPerSection(threads)));
        return md.toString();
    }
}
