package dev.reportsearch.bench;

import java.util.Arrays;

/**
 * Latencies of one kind of request, recorded by several client threads (each thread keeps its own
 * recorder; {@link #merge} joins them at the end), and their summary: percentiles by nearest rank.
 */
public final class Latencies {
    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    public void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public void error() {
        errors++;
    }

    public int count() {
        return count;
    }

    public int errors() {
        return errors;
    }

    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            for (int i = 0; i < p.count; i++) {
                all.record(p.nanos[i]);
            }
            all.errors += p.errors;
        }
        return all;
    }

    /** @param wallNanos how long the clients ran, for the throughput */
    public Summary summarize(long wallNanos) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return new Summary(count, errors, seconds <= 0 ? 0 : count / seconds,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                count == 0 ? 0 : ms(sorted[count - 1]), count == 0 ? 0 : ms(Arrays.stream(sorted).sum() / count));
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least p% of the
     * values are at most it. 0 for no values.
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Latencies in milliseconds, throughput in requests per second. */
    public record Summary(int requests, int errors, double throughput, double p50, double p95, double p99, double max,
                          double mean) {
    }
}
