package dev.reportsearch.indexer.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;

import dev.reportsearch.core.index.IndexGeneration;

/**
 * Writes documents through the client's {@link BulkIngester}. Every document that Elasticsearch
 * rejects, or that could not be sent at all, is kept with its reason: nothing is dropped silently.
 *
 * <p>Failures that pass are retried with growing pauses: a whole request that could not be sent
 * (no node reachable: the client has already tried every node it knows), and single documents
 * answered 502/503/504 (a shard between copies while a node leaves). The ingester itself retries
 * 429s. Ids are deterministic, so sending a document twice overwrites it. When a request still
 * cannot be sent after all retries, Elasticsearch counts as gone: every document not yet written
 * is rejected at once with that reason, so a run ends in bounded time instead of retrying each
 * batch in turn.
 */
public final class BulkLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

    /** How documents that failed for a passing reason are retried: pauses from {@code first}, doubling up to {@code max}. */
    public record Retries(int attempts, Duration first, Duration max) {
        public static final Retries DEFAULT = new Retries(6, Duration.ofMillis(250), Duration.ofSeconds(4));

        Duration delay(int retry) {
            long ms = first.toMillis() << Math.min(retry, 20);
            return Duration.ofMillis(Math.min(ms, max.toMillis()));
        }

        /** The longest a document waits in pauses before it is given up. */
        public Duration budget() {
            Duration total = Duration.ZERO;
            for (int i = 0; i < attempts; i++) {
                total = total.plus(delay(i));
            }
            return total;
        }
    }

    /** Each document goes to its kind's index of this generation. */
    private final IndexGeneration target;
    private final BulkIngester<Pending> ingester;
    private final Retries retries;
    private final ScheduledExecutorService retryScheduler;
    private final ExecutorService callbacks;
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    /** Documents added and neither written nor rejected yet (in a buffer, in flight or waiting to be retried). */
    private final Set<Pending> outstanding = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> gone = new AtomicReference<>();

    /** A document Elasticsearch did not take, and why. */
    public record Rejection(String docId, String origin, String reason) {
    }

    /** One document on its way, with how often it was retried (identity matters: no equals). */
    private static final class Pending {
        final IndexDoc doc;
        final AtomicInteger retries = new AtomicInteger();
        volatile long firstFailureNanos;

        Pending(IndexDoc doc) {
            this.doc = doc;
        }
    }

    public BulkLoader(ElasticsearchClient client, IndexGeneration target) {
        this(client, target, Retries.DEFAULT);
    }

    public BulkLoader(ElasticsearchClient client, IndexGeneration target, Retries retries) {
        this.target = target;
        this.retries = retries;
        this.retryScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulk-loader-retry");
            t.setDaemon(true);
            return t;
        });
        this.callbacks = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bulk-loader-callback");
            t.setDaemon(true);
            return t;
        });
        // Answers completed off the HTTP client's I/O thread: see DecoupledTransport for the deadlock this avoids.
        ElasticsearchClient decoupled = new ElasticsearchClient(new DecoupledTransport(client._transport(), callbacks),
                client._transportOptions());
        this.ingester = BulkIngester.of(b -> b.client(decoupled)
                .maxOperations(1000)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(2)
                .flushInterval(1, TimeUnit.SECONDS)
                // 429s (a busy cluster) are retried with growing pauses before a document counts as rejected.
                .backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 6))
                .listener(new Listener()));
    }

    public void add(IndexDoc doc) {
        String reason = gone.get();
        if (reason != null) {
            rejections.add(new Rejection(doc.id(), doc.origin(), reason));
            return;
        }
        Pending p = new Pending(doc);
        outstanding.add(p);
        send(p);
    }

    private void send(Pending p) {
        try {
            ingester.add(op -> op.index(i -> i.index(target.indexOf(p.doc.source().docType())).id(p.doc.id()).document(p.doc.source())), p);
        } catch (RuntimeException e) {
            reject(p, "not sent: " + e);
        }
    }

    public long written() {
        return written.get();
    }

    /** How many times a document was sent again after a passing failure. */
    public long retried() {
        return retried.get();
    }

    public List<Rejection> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    /** Why Elasticsearch counts as gone for this load, or null while it answers. */
    public String gaveUp() {
        return gone.get();
    }

    /** Sends what is buffered and waits for every outstanding request and retry. */
    @Override
    public void close() {
        try {
            while (!outstanding.isEmpty()) {
                ingester.flush();
                sleep(50);
            }
        } finally {
            ingester.close();
            retryScheduler.shutdownNow();
            callbacks.shutdown();
            // Only when interrupted can documents remain; they were not written.
            for (Pending p : List.copyOf(outstanding)) {
                reject(p, "not sent: the load was interrupted");
            }
        }
    }

    private void written(Pending p) {
        if (outstanding.remove(p)) {
            written.incrementAndGet();
        }
    }

    private void reject(Pending p, String reason) {
        if (outstanding.remove(p)) {
            rejections.add(new Rejection(p.doc.id(), p.doc.origin(), reason));
        }
    }

    /** Sends the document again after a pause, or rejects it when its retries are used up. */
    private void retry(Pending p, String reason, boolean unreachable) {
        int n = p.retries.getAndIncrement();
        if (n == 0) {
            p.firstFailureNanos = System.nanoTime();
        }
        String given = gone.get();
        if (given != null) {
            reject(p, given);
            return;
        }
        if (n >= retries.attempts()) {
            long seconds = Duration.ofNanos(System.nanoTime() - p.firstFailureNanos).toSeconds();
            String finalReason = (unreachable ? "not sent: Elasticsearch unreachable" : "not indexed")
                    + " after " + retries.attempts() + " retries over " + seconds + " s (" + reason + ")";
            if (unreachable && gone.compareAndSet(null, finalReason)) {
                LOG.error("Giving up: {}. Documents not yet written are rejected.", finalReason);
                for (Pending other : List.copyOf(outstanding)) {
                    if (other != p && other.retries.get() > 0) {
                        reject(other, finalReason);
                    }
                }
            }
            reject(p, finalReason);
            return;
        }
        retried.incrementAndGet();
        Duration delay = retries.delay(n);
        try {
            retryScheduler.schedule(() -> {
                String g = gone.get();
                if (g != null) {
                    reject(p, g);
                } else {
                    send(p);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            reject(p, "not sent: " + reason);
        }
    }

    private static boolean passing(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private final class Listener implements BulkListener<Pending> {
        private final AtomicLong warned = new AtomicLong();

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
            // nothing to prepare
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                Pending p = contexts.get(i);
                if (item.error() == null) {
                    written(p);
                } else if (passing(item.status())) {
                    warnOnce("Elasticsearch answered " + item.status() + " for some documents (" + item.error().type()
                            + "); retrying them");
                    retry(p, item.status() + " " + item.error().type() + ": " + item.error().reason(), false);
                } else {
                    reject(p, item.error().type() + ": " + item.error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            warnOnce("A bulk request could not be sent (" + reason + "); retrying with growing pauses for up to "
                    + retries.budget().toSeconds() + " s");
            for (Pending p : contexts) {
                retry(p, reason, true);
            }
        }

        private void warnOnce(String message) {
            long now = System.nanoTime();
            long last = warned.get();
            if ((last == 0 || now - last > TimeUnit.SECONDS.toNanos(5)) && warned.compareAndSet(last, now)) {
                LOG.warn(message);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for bulk requests", e);
        }
    }
}
