package dev.reportsearch.indexer.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;

/**
 * Writes documents through the client's {@link BulkIngester}. Every document that Elasticsearch
 * rejects, or that could not be sent at all, is kept with its reason: nothing is dropped silently.
 */
public final class BulkLoader implements AutoCloseable {
    private final BulkIngester<IndexDoc> ingester;
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong written = new AtomicLong();

    /** A document Elasticsearch did not take, and why. */
    public record Rejection(String docId, String origin, String reason) {
    }

    public BulkLoader(ElasticsearchClient client, String index) {
        this.ingester = BulkIngester.of(b -> b.client(client)
                .globalSettings(g -> g.index(index))
                .maxOperations(1000)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(2)
                .flushInterval(1, TimeUnit.SECONDS)
                // 429s (a busy cluster) are retried with growing pauses before a document counts as rejected.
                .backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 6))
                .listener(new Listener()));
    }

    public void add(IndexDoc doc) {
        ingester.add(op -> op.index(i -> i.id(doc.id()).document(doc.source())), doc);
    }

    public long written() {
        return written.get();
    }

    public List<Rejection> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    /** Sends what is buffered and waits for every outstanding request. */
    @Override
    public void close() {
        ingester.close();
    }

    private final class Listener implements BulkListener<IndexDoc> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<IndexDoc> contexts) {
            // nothing to prepare
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<IndexDoc> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() != null) {
                    IndexDoc doc = contexts.get(i);
                    rejections.add(new Rejection(doc.id(), doc.origin(), item.error().type() + ": " + item.error().reason()));
                } else {
                    written.incrementAndGet();
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<IndexDoc> contexts, Throwable failure) {
            String reason = "not sent: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
            for (IndexDoc doc : contexts) {
                rejections.add(new Rejection(doc.id(), doc.origin(), reason));
            }
        }
    }
}
