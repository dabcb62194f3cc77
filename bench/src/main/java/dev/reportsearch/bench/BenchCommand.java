package dev.reportsearch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.reportsearch.core.es.EsConnection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportsearch bench index|search|scale|vectors|parse}: benchmarks, not tests; results go to bench/README.md.
 *
 * <p>Its own entry point (the launcher script runs it on this module's classpath) so that the product's
 * runtime classpath, the cli module's, carries neither the benchmarks nor their report generator.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks on generated reports; each run prints its numbers and records them in bench/README.md.",
                "Runs its own Elasticsearch node 'bench' on a free port (or --es URL), never the default node."},
        subcommands = {BenchCommand.Index.class, BenchCommand.Search.class, BenchCommand.Scale.class, BenchCommand.Vectors.class,
                BenchCommand.Parse.class})
public final class BenchCommand {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Expected failures carry a message for people; no stack trace on the terminal.
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        System.exit(cli.execute(args));
    }

    /** Options every bench subcommand takes. */
    static final class Common {
        @Option(names = "--es", paramLabel = "URL[,URL...]", description = "Use an existing cluster instead of the bench node.")
        String urls;

        @Option(names = "--es-user", description = "User for basic auth.")
        String user;

        @Option(names = "--es-password", description = "Password for basic auth.")
        String password;

        @Option(names = "--es-heap", defaultValue = "1536", description = "Heap of the bench node in MB (default: ${DEFAULT-VALUE}).")
        int heapMb;

        @Option(names = "--alias", description = "Index alias the benchmark writes and searches (default: bench-nREPORTS).")
        String alias;

        String alias(int reports) {
            return alias != null ? alias : source().aliasPrefix("bench") + "-n" + reports;
        }

        @Option(names = "--seed", defaultValue = "" + Corpus.DEFAULT_SEED, description = "Seed of the report generator (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--corpus", defaultValue = "generated", paramLabel = "generated|real",
                description = "Generated reports, or the real full-length reports of --real-dir repeated with other places, years and numbers "
                        + "(default: ${DEFAULT-VALUE}); each is recorded in its own section.")
        String corpus;

        @Option(names = "--real-dir", defaultValue = "../shared/realpages/docs", paramLabel = "DIR",
                description = "Folder of the real reports (full*.txt) for --corpus real, read in place (default: ${DEFAULT-VALUE}).")
        Path realDir;

        CorpusSource source() {
            return switch (corpus) {
                case "generated" -> CorpusSource.generated(seed);
                case "real" -> CorpusSource.real(realDir, seed);
                default -> throw new IllegalArgumentException("--corpus is generated or real, not " + corpus);
            };
        }

        @Option(names = "--threads", description = "Indexing threads (default: all cores).")
        Integer threads;

        @Option(names = "--no-record", description = "Do not write the results into bench/README.md.")
        boolean noRecord;

        int threads() {
            return threads != null ? threads : Machine.cores();
        }

        BenchCluster cluster() {
            return urls != null ? BenchCluster.external(EsConnection.of(urls).withCredentials(user, password, null))
                    : BenchCluster.managed(heapMb);
        }

        String commandLine(CommandSpec command) {
            return "./reportsearch bench " + String.join(" ", command.root().commandLine().getParseResult().originalArgs());
        }

        void record(String key, String markdown) throws Exception {
            if (noRecord) {
                return;
            }
            ResultsFile file = ResultsFile.standard();
            file.put(key, markdown);
            System.out.println("Recorded in " + file.path());
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Parse-only, end-to-end and raw smartcn MB/s over N generated reports, and where the time goes.")
    static final class Index implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--reports", defaultValue = "1000", description = "Generated reports (default: ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--no-profile", description = "Skip the JFR sampling and Elasticsearch hot threads during the end-to-end run.")
        boolean noProfile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.out.println("Machine: " + Machine.describe());
            Corpus corpus = common.source().corpus(reports);
            try (BenchCluster cluster = common.cluster()) {
                IndexBench.Result r = new IndexBench(System.out, common.threads()).run(corpus, cluster, common.alias(reports), !noProfile);
                common.record(common.source().recordKey("index"), IndexBench.markdown(r, common.commandLine(spec), cluster.describeWithVersion(), common.threads(), common.source()));
                return r.endToEnd().ok() ? 0 : 2;
            }
        }
    }

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"Parse speed in MB/s of plain text, HTML, PDF and Word files on one thread, read stage and whole pipeline; "
                    + "no Elasticsearch.", "Reads the files under PATH (default: the samples); see bench/README.md for the corpus it was measured on."})
    static final class Parse implements Callable<Integer> {
        @Mixin
        Common common;

        @CommandLine.Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to parse (default: the samples).")
        List<Path> paths;

        @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per format and stage (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.out.println("Machine: " + Machine.describe());
            List<Path> roots = paths != null && !paths.isEmpty() ? paths : List.of(Path.of(System.getProperty("reportsearch.samples", "samples")));
            ParseBench.Result r = new ParseBench(System.out).run(roots, Duration.ofSeconds(seconds));
            common.record("parse", ParseBench.markdown(r, common.commandLine(spec)));
            return 0;
        }
    }

    @Command(name = "vectors", mixinStandardHelpOptions = true,
            description = "What section vectors (semantic retrieval) cost: indexing MB/s and index size without and with them, "
                    + "the model's load time and heap, API latency with semantic=false and true.")
    static final class Vectors implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--reports", defaultValue = "1000", description = "Reports (default: ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--reuse-index", description = "An index of this corpus already built by an earlier bench run (the words-only "
                + "one is bench scale's and bench index's) is not built again: its recorded indexing time is used, and the indices "
                + "are measured as they are, not force-merged.")
        boolean reuse;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.out.println("Machine: " + Machine.describe());
            Corpus corpus = common.source().corpus(reports);
            try (BenchCluster cluster = common.cluster()) {
                VectorBench.Result r = new VectorBench(System.out, common.threads()).run(corpus, cluster, common.alias(reports), reuse);
                common.record(common.source().recordKey("vectors"),
                        VectorBench.markdown(r, common.commandLine(spec), cluster.describeWithVersion(), common.threads(), common.source()));
                return 0;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Mixed query set with C clients: latency percentiles and throughput of the API and of Elasticsearch directly.")
    static final class Search implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--reports", defaultValue = "10000", description = "Generated reports to search (default: ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds per target (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--targets", split = ",", defaultValue = "api,elasticsearch",
                description = "What to load: api, elasticsearch or both (default: ${DEFAULT-VALUE}).")
        List<String> targets;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.out.println("Machine: " + Machine.describe());
            Set<String> chosen = new LinkedHashSet<>(targets);
            Corpus corpus = common.source().corpus(reports);
            try (BenchCluster cluster = common.cluster()) {
                SearchBench.Result r = new SearchBench(System.out).run(corpus, common.source().isReal(), cluster, common.alias(reports), clients,
                        Duration.ofSeconds(seconds), chosen, common.threads());
                String key = "search-c" + clients + (chosen.size() == 1 ? "-" + chosen.iterator().next() : "");
                String title = chosen.contains(SearchBench.DIRECT)
                        ? "Search latency, API vs Elasticsearch (`bench search`, " + clients + " clients)"
                        : "Search under load (`bench search`, " + clients + " clients, API only)";
                common.record(common.source().recordKey(key), SearchBench.markdown(r, title, common.commandLine(spec), cluster.describeWithVersion()));
                return 0;
            }
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = "Indexing time, documents, index size, heap and search latency for growing corpora; table and plot.")
    static final class Scale implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--reports", split = ",", defaultValue = "1000,10000,100000",
                description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--clients", defaultValue = "8", description = "Search clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", defaultValue = "20", description = "Measured search seconds per size (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--reuse-index", description = "Sizes already indexed by an earlier bench run are not indexed again; "
                + "their recorded indexing time is used (and marked).")
        boolean reuse;

        @Option(names = "--budget-minutes", defaultValue = "20", description = "Stop before a size that would not finish in time (default: ${DEFAULT-VALUE}).")
        int budgetMinutes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.out.println("Machine: " + Machine.describe());
            try (BenchCluster cluster = common.cluster()) {
                ScaleBench.Result r = new ScaleBench(System.out).run(sizes.stream().sorted().toList(), cluster,
                        common.alias != null ? common.alias : common.source().aliasPrefix("bench"), clients, Duration.ofSeconds(seconds), Duration.ofMinutes(budgetMinutes),
                        common.threads(), common.source(), reuse);
                if (r.stoppedBecause() != null) {
                    System.out.println(r.stoppedBecause());
                }
                if (!common.noRecord && !r.points().isEmpty()) {
                    String plot = common.source().recordKey("scale") + ".png";
                    Path png = ResultsFile.standard().path().resolveSibling(plot);
                    ScalePlot.write(r.points(), Machine.cores() + " cores shared by Elasticsearch, indexer, API and clients; "
                            + clients + " search clients; " + Machine.now(), png);
                    System.out.println("Plot: " + png);
                }
                common.record(common.source().recordKey("scale"), ScaleBench.markdown(r, common.commandLine(spec), cluster.describeWithVersion(), common.source().recordKey("scale") + ".png"));
                return 0;
            }
        }
    }
}
