package dev.reportsearch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.reportsearch.indexer.BatchIndexer;

/**
 * A terminal progress bar for indexing: files done, MB/s and time left. On a terminal it redraws one
 * line; otherwise (logs, CI) it prints a line every few seconds.
 */
final class ProgressBar implements BatchIndexer.Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final char full;
    private final char empty;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile int files;
    private volatile long bytes;
    private volatile long startNanos;
    private volatile long lastPrint;

    ProgressBar(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
        // Block characters only where the terminal's encoding has them (a C locale shows '?').
        boolean blocks = java.nio.charset.Charset.defaultCharset().newEncoder().canEncode('█');
        this.full = blocks ? '█' : '#';
        this.empty = blocks ? '░' : '-';
    }

    @Override
    public void started(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        this.startNanos = System.nanoTime();
        out.printf("Indexing %d files (%.1f MB)%n", files, bytes / 1e6);
    }

    @Override
    public void fileDone(Path file, long size, String problem) {
        int n = done.incrementAndGet();
        bytesDone.addAndGet(size);
        if (problem != null) {
            failed.incrementAndGet();
        }
        long now = System.nanoTime();
        boolean last = n == files;
        if (last || now - lastPrint > (terminal ? 100_000_000L : 3_000_000_000L)) {
            lastPrint = now;
            print(n, now, last);
        }
    }

    private synchronized void print(int n, long now, boolean last) {
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double mbPerSecond = bytesDone.get() / 1e6 / seconds;
        double fraction = files == 0 ? 1 : (double) n / files;
        long eta = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = String.valueOf(full).repeat(filled) + String.valueOf(empty).repeat(WIDTH - filled);
        String line = String.format("%s %3.0f%%  %d/%d files  %.2f MB/s  ETA %s%s", bar, fraction * 100, n, files,
                mbPerSecond, eta / 60 + ":" + String.format("%02d", eta % 60),
                failed.get() > 0 ? "  (" + failed.get() + " skipped)" : "");
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
