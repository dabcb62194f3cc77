package dev.reportsearch.core.es;

/** The cluster refused our certificate trust or credentials; the message says what to fix, in one line. */
public final class EsAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EsAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
