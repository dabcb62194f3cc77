package dev.reportsearch.indexer.read;

/** How a file's text is laid out: plain text, an HTML page, a PDF, or a Word file (.docx; .doc and Word-binary .wps). */
public enum DocumentFormat {
    TEXT, HTML, PDF, DOCX, DOC
}
