package dev.reportsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.load.IndexDoc;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.ReadDocument;

/**
 * {@code bench index}: parse-only, end-to-end and raw smartcn rates over the same generated text,
 * and where the pipeline's time goes.
 */
public final class IndexBench {
    private final PrintStream out;
    private final int threads;

    public IndexBench(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    /** Everything one run measured. Rates are MB of report files per second. */
    public record Result(int reports, double megabytes, double parseMbps, double parseReportsPerSecond,
                         Map<String, Long> stageNanos, double stageMbps, double analysedMegabytes, int documents,
                         double smartcnSingleMbps, double smartcnAllMbps, long tokens,
                         BatchIndexer.Summary endToEnd, double e2eMbps, double e2eReportsPerSecond,
                         double benchCpuSeconds, double esCpuSeconds, double parseCpuSeconds, double smartcnCpuSeconds,
                         Map<String, Long> analysedByField,
                         Map<String, Map<String, Double>> profile, Map<String, Map<String, Double>> esHot) {
    }

    public Result run(Corpus corpus, BenchCluster cluster, String alias, boolean profile) throws Exception {
        ReportPipeline pipeline = ReportPipeline.standard();
        List<byte[]> contents = corpus.contents();
        List<String> names = corpus.files().stream().map(java.nio.file.Path::toString).toList();
        int n = contents.size();
        double mb = corpus.megabytes();
        out.printf("Corpus: %,d reports, %.1f MB in %s%n", n, mb, corpus.dir());

        // Warm-up: the JIT compiles the hot paths before anything is timed.
        int warm = Math.min(n, 400);
        parseAll(pipeline, names.subList(0, warm), contents.subList(0, warm));

        long parseCpu0 = processCpuNanos();
        long parseNanos = parseAll(pipeline, names, contents);
        double parseCpu = (processCpuNanos() - parseCpu0) / 1e9;
        double parseMbps = mb / (parseNanos / 1e9);
        out.printf("Parse only (pipeline, %d threads):        %7.2f MB/s  %8.1f reports/s  (%.2f MB per CPU-second)%n", threads, parseMbps,
                n / (parseNanos / 1e9), mb / parseCpu);

        StageTimer stages = new StageTimer();
        long stageStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            stages.run(names.get(i), contents.get(i));
        }
        long stageWall = System.nanoTime() - stageStart;
        double stageMbps = mb / (stageWall / 1e9);

        // The same text smartcn sees: the decoded body of each file.
        DocumentReader reader = DocumentReader.standard();
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ReadDocument read = reader.read(names.get(i), contents.get(i));
            texts.add(String.join("\n", read.lines()));
        }
        AtomicLong tokens = new AtomicLong();
        SmartcnRate.run(texts.subList(0, warm), threads, new AtomicLong());
        long smartCpu0 = processCpuNanos();
        long single = SmartcnRate.run(texts, 1, tokens);
        double smartcnCpu = (processCpuNanos() - smartCpu0) / 1e9;
        long all = SmartcnRate.run(texts, threads, new AtomicLong());
        double smartcnSingle = mb / (single / 1e9);
        double smartcnAll = mb / (all / 1e9);
        out.printf("Raw smartcn tokenisation, 1 thread:       %7.2f MB/s  (%,d tokens; %.2f MB per CPU-second)%n", smartcnSingle,
                tokens.get(), mb / smartcnCpu);
        out.printf("Raw smartcn tokenisation, %d threads:      %7.2f MB/s%n", threads, smartcnAll);

        long cpuBefore = processCpuNanos();
        long esCpuBefore = cluster.cpuMillis();
        Profiler profiler = profile ? Profiler.start() : null;
        BatchIndexer.Summary summary;
        HotThreads hot = profile ? new HotThreads(cluster) : null;
        try {
            summary = indexInto(cluster, alias, corpus, threads);
        } finally {
            if (hot != null) {
                hot.close();
            }
        }
        Map<String, Map<String, Double>> prof = profiler == null ? Map.of() : profiler.stop(12);
        if (profiler != null) {
            profiler.close();
        }
        double benchCpu = (processCpuNanos() - cpuBefore) / 1e9;
        double esCpu = (cluster.cpuMillis() - esCpuBefore) / 1e3;
        double secs = summary.elapsed().toNanos() / 1e9;
        double e2eMbps = mb / secs;
        out.printf("End to end into Elasticsearch (%d threads): %7.2f MB/s  %8.1f reports/s  (%,d reports, %,d sections, "
                        + "%,d achievements in %.1f s; %d skipped, %d rejected)%n", threads, e2eMbps, summary.reports() / secs,
                summary.reports(), summary.sections(), summary.achievements(), secs, summary.skipped().size(), summary.rejected().size());
        out.printf("CPU during end to end: this JVM %.1f s, Elasticsearch %.1f s (wall %.1f s, %d cores): %.2f MB per CPU-second%n",
                benchCpu, esCpu, secs, Machine.cores(), mb / (benchCpu + esCpu));

        out.printf("Where the pipeline's time goes (one thread, %.2f MB/s over all stages):%n", stageMbps);
        long total = stages.nanosByStage().values().stream().mapToLong(Long::longValue).sum();
        stages.nanosByStage().forEach((k, v) -> out.printf("  %-10s %6.1f%%  %8.2f MB/s%n", k, 100.0 * v / total, mb / (v / 1e9)));
        out.printf("Text Elasticsearch analyses with smartcn (norm.*, %,d documents): %.1f MB = %.2f× the files%n",
                stages.documents(), stages.analysedBytes() / 1e6, stages.analysedBytes() / (double) corpus.bytes());
        stages.analysedByField().forEach((k, v) -> out.printf("  %-26s %6.1f MB%n", k, v / 1e6));
        Map<String, Map<String, Double>> esHot = hot == null ? Map.of() : hot.summary(10);
        printProfile(prof);
        printProfile(esHot);
        return new Result(n, mb, parseMbps, n / (parseNanos / 1e9), stages.nanosByStage(), stageMbps,
                stages.analysedBytes() / 1e6, stages.documents(), smartcnSingle, smartcnAll, tokens.get(), summary, e2eMbps,
                summary.reports() / secs, benchCpu, esCpu, parseCpu, smartcnCpu, stages.analysedByField(), prof, esHot);
    }

    private void printProfile(Map<String, Map<String, Double>> profile) {
        profile.forEach((title, rows) -> {
            out.println(title + ":");
            rows.forEach((k, v) -> out.printf("  %5.1f%%  %s%n", v, k));
        });
    }

    /** A rebuild of the bench alias from the corpus, as {@code reportsearch index --rebuild} does it. */
    public static BatchIndexer.Summary indexInto(BenchCluster cluster, String alias, Corpus corpus, int threads) throws IOException {
        return indexInto(cluster, alias, corpus, threads, UnaryOperator.identity());
    }

    /** @param stage what runs on each report's documents before loading (section vectors, for the vector bench) */
    public static BatchIndexer.Summary indexInto(BenchCluster cluster, String alias, Corpus corpus, int threads,
                                                 UnaryOperator<List<IndexDoc>> stage) throws IOException {
        ElasticsearchClient client = EsClients.create(cluster.connection(), 5_000, 120_000);
        try {
            ReportIndex index = new ReportIndex(client, new IndexDefinition(alias), IndexLayout.forNodes(cluster.nodes()));
            BatchIndexer indexer = new BatchIndexer(client, index, ReportPipeline.standard()::parse).withStage(stage);
            BatchIndexer.Summary s = indexer.run(List.of(corpus.dir()), true, threads, BatchIndexer.Progress.NONE);
            if (s.ok()) {
                corpus.recordIndexing(alias, cluster.identity(), s.elapsed().toNanos() / 1e9);
            }
            return s;
        } finally {
            client._transport().close();
        }
    }

    private long parseAll(ReportPipeline pipeline, List<String> names, List<byte[]> contents) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < names.size(); ) {
                    try {
                        pipeline.parse(names.get(i), contents.get(i));
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }, "parse-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failed.get() > 0) {
            out.printf("  (%d files could not be parsed)%n", failed.get());
        }
        return elapsed;
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The results section for bench/README.md. */
    public static String markdown(Result r, String commandLine, String cluster, int threads, CorpusSource source) {
        StringBuilder md = new StringBuilder();
        md.append("## Indexing speed (`bench index`").append(source.isReal() ? ", real reports" : "").append(")\n\n");
        md.append("- Date: ").append(Machine.now()).append("\n- Machine: ").append(Machine.describe())
                .append("\n- Command: `").append(commandLine).append("`\n- Elasticsearch: ").append(cluster)
                .append(", on the same machine and cores\n");
        md.append(String.format("- Corpus: %,d %s reports, %.1f MB; %,d index documents; smartcn analyses %.1f MB (%.2f× the files)%n%n",
                r.reports(), source.adjective(), r.megabytes(), r.documents(), r.analysedMegabytes(), r.analysedMegabytes() / r.megabytes()));
        MarkdownTable t = new MarkdownTable("Measure", "MB/s", "reports/s");
        t.row("Parse only (pipeline, " + threads + " threads)", MarkdownTable.num(r.parseMbps()), MarkdownTable.num(r.parseReportsPerSecond()));
        t.row("End to end into Elasticsearch (" + threads + " threads)", MarkdownTable.num(r.e2eMbps()), MarkdownTable.num(r.e2eReportsPerSecond()));
        t.row("Raw smartcn tokenisation, 1 thread", MarkdownTable.num(r.smartcnSingleMbps()), MarkdownTable.num(r.reports() / (r.megabytes() / r.smartcnSingleMbps())));
        t.row("Raw smartcn tokenisation, " + threads + " threads", MarkdownTable.num(r.smartcnAllMbps()), MarkdownTable.num(r.reports() / (r.megabytes() / r.smartcnAllMbps())));
        md.append(t).append('\n');
        double aim = r.smartcnSingleMbps() * threads / 2;
        md.append(String.format("Aim: end to end ≥ half the raw smartcn rate × cores used = %.2f × %d / 2 = **%.2f MB/s**; measured **%.2f MB/s**: %s.%n%n",
                r.smartcnSingleMbps(), threads, aim, r.e2eMbps(), r.e2eMbps() >= aim ? "**met**" : "**not met** (" + MarkdownTable.num(100 * r.e2eMbps() / aim) + "% of the aim)"));
        double e2eCpu = r.megabytes() / (r.benchCpuSeconds() + r.esCpuSeconds());
        double smartCpu = r.megabytes() / r.smartcnCpuSeconds();
        md.append(String.format("CPU used during the end-to-end run: this JVM (pipeline + bulk client) %.1f s, Elasticsearch %.1f s, over %.1f s of wall time on %d cores.%n%n",
                r.benchCpuSeconds(), r.esCpuSeconds(), r.endToEnd().elapsed().toNanos() / 1e9, Machine.cores()));
        md.append("The same rates per CPU-second actually used (robust to other programs on the machine):\n\n");
        MarkdownTable c = new MarkdownTable("Measure", "MB per CPU-second");
        c.row("Parse only (pipeline)", MarkdownTable.num(r.megabytes() / r.parseCpuSeconds()));
        c.row("End to end (pipeline + client + Elasticsearch)", MarkdownTable.num(e2eCpu));
        c.row("Raw smartcn tokenisation", MarkdownTable.num(smartCpu));
        md.append(c).append('\n');
        md.append(String.format("Aim per CPU-second (the aim if every core were ours): end to end ≥ half of raw smartcn = %.2f; measured %.2f: %s.%n%n",
                smartCpu / 2, e2eCpu, e2eCpu >= smartCpu / 2 ? "**met**" : "**not met** (" + MarkdownTable.num(100 * e2eCpu / (smartCpu / 2)) + "% of it)"));
        md.append(String.format("Text Elasticsearch analyses with smartcn (and again with the `chars` analyzer): %.1f MB, %.2f× the files:%n%n",
                r.analysedMegabytes(), r.analysedMegabytes() / r.megabytes()));
        MarkdownTable f = new MarkdownTable("Document type and field", "MB analysed", "× the files");
        r.analysedByField().forEach((k, v) -> f.row(k, MarkdownTable.num(v / 1e6), MarkdownTable.num(v / 1e6 / r.megabytes())));
        md.append(f).append('\n');
        md.append(String.format("Where the pipeline's time goes (stage calls timed one by one on one thread, %.2f MB/s over all stages):%n%n", r.stageMbps()));
        MarkdownTable s = new MarkdownTable("Stage", "share", "MB/s alone");
        long total = r.stageNanos().values().stream().mapToLong(Long::longValue).sum();
        r.stageNanos().forEach((k, v) -> s.row(k, String.format("%.1f%%", 100.0 * v / total), MarkdownTable.num(r.megabytes() / (v / 1e9))));
        md.append(s);
        appendProfile(md, r.profile());
        appendProfile(md, r.esHot());
        return md.toString();
    }

    static void appendProfile(StringBuilder md, Map<String, Map<String, Double>> profile) {
        profile.forEach((title, rows) -> {
            md.append("\n").append(title).append(":\n\n");
            MarkdownTable t = new MarkdownTable("Frame", "share");
            rows.forEach((k, v) -> t.row("`" + k + "`", String.format("%.1f%%", v)));
            md.append(t);
        });
    }
}
