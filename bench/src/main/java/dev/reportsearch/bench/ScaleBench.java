package dev.reportsearch.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;

/**
 * {@code bench scale}: for each corpus size, indexing time, documents, index size on disk, heap
 * used and search latency with C clients; stops before a size that would not fit the time budget
 * or the disk, and says so.
 */
public final class ScaleBench {
    private final PrintStream out;

    public ScaleBench(PrintStream out) {
        this.out = out;
    }

    /** One size's costs. Heap is the node's lowest heap use of five samples after the searches. */
    public record Point(int reports, double megabytes, double indexSeconds, String indexedAt, long documents, long storeBytes, long heapBytes,
                        double p50, double p99, double throughput, int errors) {
    }

    public record Result(List<Point> points, String stoppedBecause, int clients, double searchSeconds, long heapMaxBytes, CorpusSource source) {
    }

    /**
     * @param aliasPrefix each size gets its own alias, PREFIX-nSIZE
     * @param reuse       a size whose alias already holds its corpus is not indexed again; its indexing time is
     *                    the one recorded when that index was built
     */
    public Result run(List<Integer> sizes, BenchCluster cluster, String aliasPrefix, int clients, Duration searchLength, Duration budget,
                      int threads, CorpusSource source, boolean reuse) throws Exception {
        long start = System.nanoTime();
        List<Point> points = new ArrayList<>();
        String stopped = null;
        double lastSeconds = 0;
        long lastDisk = 0;
        int lastSize = 0;
        for (int size : sizes) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            double remaining = budget.toSeconds() - elapsed;
            if (lastSize > 0) {
                double scale = (double) size / lastSize;
                double estimate = lastSeconds * scale;
                long diskNeeded = (long) (lastDisk * scale * 1.5);
                long free = Corpus.usableSpace();
                if (estimate > remaining) {
                    stopped = String.format("stopped before %,d reports: the time budget (%d min) would run out (estimated %.0f s, %.0f s left)",
                            size, budget.toMinutes(), estimate, remaining);
                    break;
                }
                if (diskNeeded > free - (2L << 30)) {
                    stopped = String.format("stopped before %,d reports: not enough disk (needs about %.1f GB, %.1f GB free)",
                            size, diskNeeded / 1e9, free / 1e9);
                    break;
                }
            }
            long t0 = System.nanoTime();
            Corpus corpus = source.corpus(size);
            String alias = aliasPrefix + "-n" + size;
            var recorded = reuse ? SearchBench.reusable(cluster, alias, corpus) : Optional.<String[]>empty();
            double indexSeconds;
            String indexedAt = null;
            if (recorded.isPresent()) {
                indexSeconds = Double.parseDouble(recorded.get()[0]);
                indexedAt = recorded.get()[1];
                out.printf("%,d reports: '%s' already holds them (indexed in %.1f s at %s); not indexing again%n", size, alias,
                        indexSeconds, indexedAt);
            } else {
                BatchIndexer.Summary s = IndexBench.indexInto(cluster, alias, corpus, threads);
                indexSeconds = s.elapsed().toNanos() / 1e9;
                if (!s.ok()) {
                    stopped = "stopped at " + size + " reports: Elasticsearch rejected " + s.rejected().size() + " documents";
                    break;
                }
            }
            cluster.post("/" + alias + "/_flush", null);
            long store = cluster.storeBytes(alias);
            long docs = cluster.count(alias);
            out.printf("%,d reports (%.1f MB): indexing %.1f s, %,d documents, %.1f MB on disk%n", size, corpus.megabytes(),
                    indexSeconds, docs, store / 1e6);
            SearchBench.Result search = new SearchBench(out).run(corpus, source.isReal(), cluster, alias, clients, searchLength, Set.of(SearchBench.API), threads);
            Latencies.Summary api = search.summary(SearchBench.API);
            long heap = cluster.heapUsedLowBytes(5);
            points.add(new Point(size, corpus.megabytes(), indexSeconds, indexedAt, docs, store, heap, api.p50(), api.p99(), api.throughput(), api.errors()));
            out.printf("  heap used %.0f MB; search p50 %.1f ms, p99 %.1f ms%n", heap / 1e6, api.p50(), api.p99());
            lastSeconds = (System.nanoTime() - t0) / 1e9 + (indexedAt != null ? indexSeconds : 0);
            lastDisk = corpus.bytes() + store;
            lastSize = size;
        }
        return new Result(points, stopped, clients, searchLength.toSeconds(), cluster.heapMaxBytes(), source);
    }

    /** Exponent k of cost ∝ N^k between the first and last size. */
    static double growth(double n1, double c1, double n2, double c2) {
        if (c1 <= 0 || c2 <= 0 || n1 == n2) {
            return Double.NaN;
        }
        return Math.log(c2 / c1) / Math.log(n2 / n1);
    }

    public static String markdown(Result r, String commandLine, String cluster, String plotName) {
        StringBuilder md = new StringBuilder();
        md.append("## Costs as the corpus grows (`bench scale`, ").append(r.source().isReal() ? "real" : "generated").append(" reports)\n\n");
        md.append("- Date: ").append(Machine.now()).append("\n- Machine: ").append(Machine.describe())
                .append("\n- Command: `").append(commandLine).append("`\n- Elasticsearch: ").append(cluster)
                .append(String.format(" (heap max %.0f MB), index version %d (one shard for the reports and sections, one for the"
                        + " achievements), on the same cores as the indexer, the API and the clients%n", r.heapMaxBytes() / 1e6, IndexDefinition.VERSION));
        md.append("- Corpus: ").append(r.source().adjective()).append(" reports\n");
        md.append(String.format("- Search: the mixed query set through the API, %d closed-loop clients, %.0f s per size after a warm-up%n",
                r.clients(), r.searchSeconds()));
        md.append("- Heap used: the node's lowest heap use in five samples a second apart after the searches (closest the stats API gets to the live set)\n");
        if (r.stoppedBecause() != null) {
            md.append("- **").append(r.stoppedBecause()).append("**\n");
        }
        md.append('\n');
        MarkdownTable t = new MarkdownTable("Reports", "MB of files", "index s", "reports/s", "documents", "index MB on disk",
                "heap used MB", "search p50 ms", "search p99 ms", "req/s", "errors");
        for (Point p : r.points()) {
            t.row(String.format("%,d", p.reports()), MarkdownTable.num(p.megabytes()),
                    MarkdownTable.num(p.indexSeconds()) + (p.indexedAt() != null ? "*" : ""),
                    MarkdownTable.num(p.reports() / p.indexSeconds()), String.format("%,d", p.documents()),
                    MarkdownTable.num(p.storeBytes() / 1e6), MarkdownTable.num(p.heapBytes() / 1e6), MarkdownTable.num(p.p50()),
                    MarkdownTable.num(p.p99()), MarkdownTable.num(p.throughput()), p.errors());
        }
        md.append(t).append('\n');
        r.points().stream().filter(p -> p.indexedAt() != null).forEach(p -> md.append(String.format(
                "\\* %,d reports: index reused from an earlier run; its indexing time was measured when it was built (%s).%n%n",
                p.reports(), p.indexedAt())));
        if (r.points().size() >= 2) {
            Point a = r.points().get(0);
            Point b = r.points().get(r.points().size() - 1);
            md.append(String.format("Growth from %,d to %,d reports as cost ∝ N^k: indexing time k = %.2f, index size k = %.2f, "
                            + "heap k = %.2f, search p50 k = %.2f, search p99 k = %.2f.%n%n",
                    a.reports(), b.reports(), growth(a.reports(), a.indexSeconds(), b.reports(), b.indexSeconds()),
                    growth(a.reports(), a.storeBytes(), b.reports(), b.storeBytes()),
                    growth(a.reports(), a.heapBytes(), b.reports(), b.heapBytes()),
                    growth(a.reports(), a.p50(), b.reports(), b.p50()), growth(a.reports(), a.p99(), b.reports(), b.p99())));
        }
        md.append("![Costs against corpus size](").append(plotName).append(")\n");
        return md.toString();
    }
}
