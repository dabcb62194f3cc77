package dev.reportsearch.api.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waiting for an answer of Elasticsearch's asynchronous client as the synchronous one would: its errors as
 * thrown (an {@code ElasticsearchException}, an {@link IOException}), and an interrupt (the request's deadline)
 * as an {@link InterruptedIOException} that gives the answer up.
 */
final class Responses {
    private Responses() {
    }

    static <T> T await(CompletableFuture<T> answer) throws IOException {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting for Elasticsearch");
            io.initCause(e);
            throw io;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }
}
