package dev.reportsearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.index.IndexGeneration;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.indexer.load.BulkLoader;
import dev.reportsearch.indexer.load.IndexDoc;
import dev.reportsearch.indexer.load.ReportDocuments;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.indexer.read.UnreadableReportException;

/**
 * Indexes a batch of files: parses them on several threads, loads the documents in bulk, and either
 * adds to the live index or builds a fresh one and swaps the alias onto it only when every document
 * made it in. A file that cannot be read, or is not parsed within the time bound per file, is reported
 * and skipped; the rest go on. A file indexed with damage (bad bytes replaced) is reported as a warning.
 */
public final class BatchIndexer {
    /** Enough for the largest file the reader accepts; a file that takes longer has hit a runaway stage. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofMinutes(2);

    private final ElasticsearchClient client;
    private final ReportIndex index;
    private final TimeBoundParser parser;
    /** What happens to a report's documents between building and loading (section vectors, when asked for). */
    private final UnaryOperator<List<IndexDoc>> beforeLoad;

    /** A file that was not indexed, and why. */
    public record Skipped(String file, String reason) {
    }

    /** A file that was indexed, but not perfectly. */
    public record Warning(String file, String message) {
    }

    /** What a run did. */
    public record Summary(IndexGeneration index, int files, long bytes, int reports, int sections, int achievements,
                          List<Skipped> skipped, List<Warning> warnings, List<BulkLoader.Rejection> rejected,
                          boolean aliasSwapped, Duration elapsed) {
        public boolean ok() {
            return rejected.isEmpty();
        }

        /** The files some of whose documents did not reach the index. */
        public List<String> filesNotIndexed() {
            return rejected.stream().map(BulkLoader.Rejection::origin).distinct().sorted().toList();
        }
    }

    /** Told about each file as it is done, for progress bars. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void started(int files, long bytes) {
        }

        default void fileDone(Path file, long bytes, String problem) {
        }
    }

    public BatchIndexer(ElasticsearchClient client, ReportIndex index, ReportParser parser) {
        this(client, index, parser, DEFAULT_FILE_TIMEOUT);
    }

    /** @param fileTimeout how long one file may take to parse before it is skipped */
    public BatchIndexer(ElasticsearchClient client, ReportIndex index, ReportParser parser, Duration fileTimeout) {
        this(client, index, new TimeBoundParser(parser, fileTimeout), UnaryOperator.identity());
    }

    private BatchIndexer(ElasticsearchClient client, ReportIndex index, TimeBoundParser parser, UnaryOperator<List<IndexDoc>> beforeLoad) {
        this.client = client;
        this.index = index;
        this.parser = parser;
        this.beforeLoad = beforeLoad;
    }

    /** This indexer with a stage run on each report's documents before they are loaded (e.g. {@code SectionVectors}). */
    public BatchIndexer withStage(UnaryOperator<List<IndexDoc>> stage) {
        return new BatchIndexer(client, index, parser, stage);
    }

    /**
     * @param rebuild true: a new index holding exactly these files replaces the old one; false: add to it
     * @param threads parser threads
     */
    public Summary run(List<Path> inputs, boolean rebuild, int threads, Progress progress) throws IOException {
        long start = System.nanoTime();
        ReportFiles.Found found = ReportFiles.collect(inputs);
        List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>(found.skipped()));
        List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
        long totalBytes = found.files().stream().mapToLong(BatchIndexer::size).sum();
        progress.started(found.files().size(), totalBytes);

        IndexGeneration target = rebuild ? index.createIndexForRebuild() : index.ensureWritable();
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger sections = new AtomicInteger();
        AtomicInteger achievements = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        BulkLoader loader = new BulkLoader(client, target);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Path file : found.files()) {
                work.add(pool.submit(() -> {
                    long size = size(file);
                    String problem = null;
                    try {
                        ReportParser.Parsed parsed = parser.parseWithWarnings(file);
                        Report report = parsed.report();
                        parsed.warnings().forEach(w -> warnings.add(new Warning(PathNames.nameOf(file), w)));
                        if (!rebuild) {
                            index.deleteOtherVersionsOfFile(target, report.source().file(), report.id());
                        }
                        for (IndexDoc doc : beforeLoad.apply(ReportDocuments.of(report))) {
                            loader.add(doc);
                        }
                        reports.incrementAndGet();
                        sections.addAndGet(report.sections().size());
                        achievements.addAndGet(report.sections().stream().map(Section::achievements).mapToInt(List::size).sum());
                    } catch (UnreadableReportException e) {
                        problem = e.reason();
                    } catch (RuntimeException | IOException e) {
                        // A bug or an odd file must not stop the batch; it is reported like an unreadable one.
                        problem = "failed: " + e;
                    }
                    if (problem != null) {
                        skipped.add(new Skipped(PathNames.nameOf(file), problem));
                    }
                    bytes.addAndGet(size);
                    progress.fileDone(file, size, problem);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
            loader.close();
        }
        boolean swapped = false;
        List<BulkLoader.Rejection> rejected = loader.rejections();
        if (rejected.isEmpty()) {
            if (rebuild) {
                index.restoreRefreshInterval(target);
            }
            index.refresh(target);
        } else {
            // Elasticsearch may be why documents were rejected: the summary naming them matters more.
            index.refreshQuietly(target);
        }
        if (rebuild) {
            if (rejected.isEmpty()) {
                index.pointAliasAt(target);
                index.deleteStaleIndices(target);
                swapped = true;
            } else {
                // Half an index must never go live: the alias stays on the last good one.
                index.deleteQuietly(target);
            }
        }
        List<Skipped> skippedSorted = new ArrayList<>(skipped);
        skippedSorted.sort(java.util.Comparator.comparing(Skipped::file));
        List<Warning> warningsSorted = new ArrayList<>(warnings);
        warningsSorted.sort(java.util.Comparator.comparing(Warning::file));
        return new Summary(target, found.files().size(), bytes.get(), reports.get(), sections.get(), achievements.get(),
                List.copyOf(skippedSorted), List.copyOf(warningsSorted), rejected, swapped,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
