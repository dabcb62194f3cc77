package dev.reportsearch.core.file;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a PDF or Word file is, read from its first bytes rather than its name (a misnamed file is read for what it
 * is): the indexer picks its reader with it, and the API the media type it serves an original file as.
 */
public enum DocumentSignature {
    /** "%PDF-" first, or within the first {@value #PDF_HEADER_WINDOW} bytes of a file named .pdf. */
    PDF,
    /** A zip (Office Open XML) under a Word name: .docx, or .doc/.wps saved as one. */
    DOCX,
    /** An OLE compound file: Word 97-2003 .doc, or a .wps that is a Word binary. */
    DOC;

    /** How far into a .pdf file its header may sit (some producers put junk first; readers accept it). */
    public static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The file's kind from its name and first bytes (the first {@value #PDF_HEADER_WINDOW} + 5 are enough); empty for anything else. */
    public static Optional<DocumentSignature> of(String fileName, byte[] head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (startsAt(head, PDF_MAGIC, 0) || lower.endsWith(".pdf") && hasPdfHeader(head)) {
            return Optional.of(PDF);
        }
        if (startsAt(head, ZIP_MAGIC, 0) && isWordName(lower)) {
            return Optional.of(DOCX);
        }
        return startsAt(head, OLE_MAGIC, 0) ? Optional.of(DOC) : Optional.empty();
    }

    /** A name a PDF or Word file goes by: .pdf, .docx, .doc, .wps. */
    public static boolean isDocumentName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".pdf") || isWordName(lower);
    }

    private static boolean isWordName(String lower) {
        return lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".wps");
    }

    private static boolean hasPdfHeader(byte[] head) {
        int window = Math.min(head.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
        for (int i = 0; i <= window; i++) {
            if (startsAt(head, PDF_MAGIC, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(byte[] content, byte[] magic, int offset) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
