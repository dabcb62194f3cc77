package dev.reportsearch.indexer.read;

/** How a file's text is laid out. */
public enum DocumentFormat {
    TEXT, HTML
}
