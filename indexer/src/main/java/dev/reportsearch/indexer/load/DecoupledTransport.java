package dev.reportsearch.indexer.load;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;

/**
 * The client's transport, with asynchronous answers handed to an executor of ours instead of being
 * completed on the HTTP client's I/O thread.
 *
 * <p>Why: when no node accepts connections, the low-level client fails the request synchronously
 * while holding its connection-pool lock, and {@code BulkIngester}'s completion handler then waits
 * for the ingester's own lock, held by a thread that is itself waiting for the pool lock to send the
 * next request: a deadlock (elastic/elasticsearch-java#925), seen here with Elasticsearch killed
 * during a load. Completing the future elsewhere breaks that cycle. Closing this transport does not
 * close the one it wraps.
 */
final class DecoupledTransport implements ElasticsearchTransport {
    private final ElasticsearchTransport delegate;
    private final Executor executor;

    DecoupledTransport(ElasticsearchTransport delegate, Executor executor) {
        this.delegate = delegate;
        this.executor = executor;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint,
                                                                  TransportOptions options) throws IOException {
        return delegate.performRequest(request, endpoint, options);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        CompletableFuture<ResponseT> answer = new CompletableFuture<>();
        CompletableFuture<ResponseT> sent;
        try {
            sent = delegate.performRequestAsync(request, endpoint, options);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((value, failure) -> executor.execute(() -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(value);
            }
        }));
        return answer;
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() {
        // the wrapped transport belongs to whoever made the client
    }
}
