package dev.reportsearch.es;

/** The managed Elasticsearch could not be installed, started or stopped; the message says what to do. */
public class EsStartException extends RuntimeException {
    public EsStartException(String message) {
        super(message);
    }

    public EsStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
