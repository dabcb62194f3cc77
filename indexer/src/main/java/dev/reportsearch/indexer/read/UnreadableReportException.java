package dev.reportsearch.indexer.read;

/**
 * A file that cannot be indexed, with a human-readable reason ("empty file", "binary file (not text)",
 * "too large (63 MB > 50 MB limit)", "undecodable text: tried UTF-8 (first bad byte at offset 12, …), GB18030 (…)…",
 * "HTML with no text", "unreadable: permission denied", "timed out: not parsed within 120 s, …").
 * The batch indexer reports the reason and skips the file.
 */
public class UnreadableReportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public UnreadableReportException(String file, String reason) {
        this(file, reason, null);
    }

    public UnreadableReportException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as given to the reader. */
    public String file() {
        return file;
    }

    /** Why it cannot be read, for people. */
    public String reason() {
        return reason;
    }
}
