package dev.reportsearch.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Overload protection for {@code /api/*}: at most {@code maxConcurrent} requests work at once, at
 * most {@code maxQueued} more wait for a turn, each no longer than {@code maxWaitMs}. Anything beyond
 * is answered 503 with {@code Retry-After} at once instead of piling up threads and connections, so
 * the server stays responsive ({@code /health} and the page are not limited) and recovers as soon
 * as the flood ends. The time a request can take once admitted is bounded by the Elasticsearch
 * client's timeouts.
 *
 * <p>Limits come from system properties {@code reportsearch.api.maxConcurrent},
 * {@code reportsearch.api.maxQueued}, {@code reportsearch.api.maxWaitMs} or the environment
 * ({@code REPORTSEARCH_API_MAX_CONCURRENT}, …_MAX_QUEUED, …_MAX_WAIT_MS).
 */
public final class LoadShedding {
    private static final Logger LOG = LoggerFactory.getLogger(LoadShedding.class);
    private static final String PERMIT = LoadShedding.class.getName() + ".permit";

    /**
     * Searches are CPU work in Elasticsearch (its search pool has 1.5 threads per core): more at once
     * than a few per core only queue there, past the client's socket timeout.
     */
    public static final int DEFAULT_MAX_CONCURRENT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_MAX_QUEUED = 64;
    public static final long DEFAULT_MAX_WAIT_MS = 3_000;

    private static volatile LoadShedding last;

    private final int maxConcurrent;
    private final int maxQueued;
    private final long maxWaitMs;
    private final Semaphore permits;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong lastWarning = new AtomicLong();

    public LoadShedding(int maxConcurrent, int maxQueued, long maxWaitMs) {
        this.maxConcurrent = Math.max(1, maxConcurrent);
        this.maxQueued = Math.max(0, maxQueued);
        this.maxWaitMs = Math.max(0, maxWaitMs);
        this.permits = new Semaphore(this.maxConcurrent, true);
    }

    /** Limits from system properties or the environment, else the defaults. */
    public static LoadShedding fromSettings() {
        return new LoadShedding(
                (int) setting("reportsearch.api.maxConcurrent", "REPORTSEARCH_API_MAX_CONCURRENT", DEFAULT_MAX_CONCURRENT),
                (int) setting("reportsearch.api.maxQueued", "REPORTSEARCH_API_MAX_QUEUED", DEFAULT_MAX_QUEUED),
                setting("reportsearch.api.maxWaitMs", "REPORTSEARCH_API_MAX_WAIT_MS", DEFAULT_MAX_WAIT_MS));
    }

    /** The hook {@link ApiServer} calls while configuring Javalin. */
    public static LoadShedding install(JavalinConfig cfg) {
        LoadShedding shedding = fromSettings();
        shedding.register(cfg);
        last = shedding;
        return shedding;
    }

    /** The limiter installed last in this JVM (tests look at it). */
    public static LoadShedding lastInstalled() {
        return last;
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.before("/api/*", this::admit);
        cfg.routes.after("/api/*", this::release);
    }

    /** Requests working now. */
    public int inFlight() {
        return maxConcurrent - permits.availablePermits();
    }

    /** Requests waiting for a turn now. */
    public int queued() {
        return queued.get();
    }

    /** Requests answered 503 because of the limits, since start. */
    public long shed() {
        return shed.get();
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    void admit(Context ctx) throws InterruptedException {
        if (permits.tryAcquire()) {
            ctx.attribute(PERMIT, Boolean.TRUE);
            return;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            throw overloaded(ctx, "too many requests at once");
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitMs, TimeUnit.MILLISECONDS);
        } finally {
            queued.decrementAndGet();
        }
        if (!admitted) {
            throw overloaded(ctx, "no turn within " + maxWaitMs + " ms");
        }
        ctx.attribute(PERMIT, Boolean.TRUE);
    }

    void release(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(PERMIT))) {
            ctx.attribute(PERMIT, Boolean.FALSE);
            permits.release();
        }
    }

    private ApiException overloaded(Context ctx, String why) {
        long n = shed.incrementAndGet();
        long now = System.nanoTime();
        long prev = lastWarning.get();
        if ((prev == 0 || now - prev > TimeUnit.SECONDS.toNanos(10)) && lastWarning.compareAndSet(prev, now)) {
            LOG.warn("Overloaded: answering 503 ({}; {} working, {} waiting; {} shed so far)", why, inFlight(), queued(), n);
        }
        ctx.header("Retry-After", "1");
        return new ApiException(503, "overloaded",
                "The search service is busy right now (" + why + "). Try again in a second.");
    }

    private static long setting(String property, String env, long fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring {}={}: not a number", property, v);
            return fallback;
        }
    }
}
