package dev.reportsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.embed.SectionVectors;

/**
 * What semantic retrieval costs (issue 13): the same generated corpus indexed without and with section vectors
 * (end-to-end MB/s, index size), the model's load time and heap, and the API's latency with semantic=false and
 * semantic=true for the same queries (the latter includes embedding the query and the kNN search).
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

    public record Result(int reports, double megabytes, int sections, double modelLoadMs, long modelHeapBytes,
                         double secondsWithout, double secondsWith, long storeWithout, long storeWith,
                         Latencies.Summary words, Latencies.Summary semantic) {
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

    public Result run(Corpus corpus, BenchCluster cluster, String alias) throws Exception {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        TextVectors vectors = TextVectors.standard();
        vectors.query("预热");
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long modelHeap = Math.max(0, usedHeap() - heapBefore);
        out.printf("Model loaded in %.0f ms, %.0f MB of heap%n", loadMs, modelHeap / 1e6);

        String without = alias + "-words";
        BatchIndexer.Summary plain = IndexBench.indexInto(cluster, without, corpus, threads);
        out.printf("Without vectors: %.1f s, %.2f MB/s%n", plain.elapsed().toMillis() / 1000.0, corpus.megabytes() / (plain.elapsed().toMillis() / 1000.0));
        BatchIndexer.Summary withVectors = IndexBench.indexInto(cluster, alias, corpus, threads, new SectionVectors(vectors));
        out.printf("With vectors: %.1f s, %.2f MB/s%n", withVectors.elapsed().toMillis() / 1000.0,
                corpus.megabytes() / (withVectors.elapsed().toMillis() / 1000.0));
        cluster.post("/" + without + "," + alias + "/_forcemerge?max_num_segments=1", "");
        long storeWithout = cluster.storeBytes(without);
        long storeWith = cluster.storeBytes(alias);
        out.printf("%,d sections; index on disk %.1f MB without vectors, %.1f MB with%n", withVectors.sections(), storeWithout / 1e6, storeWith / 1e6);

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
            return new Result(withVectors.reports(), corpus.megabytes(), withVectors.sections(), loadMs, modelHeap,
                    plain.elapsed().toMillis() / 1000.0, withVectors.elapsed().toMillis() / 1000.0, storeWithout, storeWith,
                    words.summarize(System.nanoTime() - start), semantic.summarize(System.nanoTime() - start));
        } finally {
            api.close();
        }
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

    public static String markdown(Result r, String commandLine, String cluster, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("## Semantic retrieval's cost (`bench vectors`)\n\n");
        md.append("- Date: ").append(Machine.now()).append('\n');
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Command: `").append(commandLine).append("`\n");
        md.append("- Elasticsearch: ").append(cluster).append('\n');
        md.append(String.format("- Corpus: %,d generated reports, %.1f MB, %,d sections; %d indexing threads%n%n", r.reports(), r.megabytes(),
                r.sections(), threads));
        md.append("| Measure | words only | with section vectors |\n| --- | ---: | ---: |\n");
        md.append(String.format("| Indexing, end to end | %.2f MB/s (%.1f s) | %.2f MB/s (%.1f s) |%n", r.mbpsWithout(), r.secondsWithout(),
                r.mbpsWith(), r.secondsWith()));
        md.append(String.format("| Index on disk (force-merged) | %.1f MB | %.1f MB |%n", r.storeWithout() / 1e6, r.storeWith() / 1e6));
        md.append(String.format("| API latency p50 / p95 / max, %d queries × %d | %.0f / %.0f / %.0f ms | %.0f / %.0f / %.0f ms |%n",
                QUERIES.size(), ROUNDS, r.words().p50(), r.words().p95(), r.words().max(), r.semantic().p50(), r.semantic().p95(),
                r.semantic().max()));
        md.append(String.format("| Requests not answered (503: Elasticsearch too slow) | %d | %d |%n", r.words().errors(), r.semantic().errors()));
        md.append(String.format("%nModel (bge-small-zh-v1.5, quantized): loaded in %.0f ms, %.0f MB more Java heap after loading (its weights "
                + "live in ONNX Runtime's native memory, outside the heap). Embedding: %.0f ms per section in wall time × "
                + "threads (on a busy machine this counts the time other programs had the cores).%n",
                r.modelLoadMs(), r.modelHeapBytes() / 1e6, r.embedMsPerSection(threads)));
        return md.toString();
    }
}
