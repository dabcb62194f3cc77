package dev.reportsearch.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.read.UnreadableReportException;

/**
 * Gives every file a time bound, so that one pathological file (a parser stage that runs away on it)
 * can never stall a batch: a file not parsed in time is refused as unreadable, with the reason and
 * what to do, and the batch goes on. The parse runs on its own daemon thread, which is interrupted
 * when the bound passes; the pipeline stops at its next check, and a stage that never checks can
 * keep that thread busy until it ends, but no longer holds up the batch or the JVM's exit.
 */
public final class TimeBoundParser implements ReportParser {
    private final ReportParser parser;
    private final Duration bound;

    public TimeBoundParser(ReportParser parser, Duration bound) {
        if (bound.isNegative() || bound.isZero()) {
            throw new IllegalArgumentException("the time bound per file must be positive: " + bound);
        }
        this.parser = parser;
        this.bound = bound;
    }

    @Override
    public Report parse(Path file) throws UnreadableReportException {
        return parseWithWarnings(file).report();
    }

    @Override
    public Parsed parseWithWarnings(Path file) throws UnreadableReportException {
        FutureTask<Parsed> task = new FutureTask<>(() -> parser.parseWithWarnings(file));
        Thread worker = new Thread(task, "parse " + file.getFileName());
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableReportException(PathNames.nameOf(file), timedOut(bound));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableReportException(PathNames.nameOf(file), "interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    static String timedOut(Duration bound) {
        return "timed out: not parsed within " + seconds(bound) + ", so it was skipped and the rest of the batch went on; "
                + "if the file is sound but large, index it again with a longer --file-timeout";
    }

    private static String seconds(Duration bound) {
        long millis = bound.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static UnreadableReportException rethrow(Throwable cause) throws UnreadableReportException {
        if (cause instanceof UnreadableReportException unreadable) {
            throw unreadable;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
