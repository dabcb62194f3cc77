package dev.reportsearch.indexer.read;

import dev.reportsearch.core.file.DocumentSignature;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code .txt}, {@code .html} or {@code .htm} file into lines of text, detecting its encoding, and a
 * {@code .pdf}, {@code .docx}, {@code .doc} or {@code .wps} file through {@link PdfReader} or {@link WordReader}
 * (the file's first bytes decide, so a misnamed file is still read for what it is).
 * A file that cannot be read raises {@link UnreadableReportException} with a reason for people.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentReader {
    /** Files above this size are refused. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** Bytes of a parsed PDF kept in memory; the rest of a large one goes to a temporary file. */
    public static final long PDF_MAIN_MEMORY = 64L * 1024 * 1024;

    private final EncodingDetector encodings;
    private final HtmlExtractor html;
    private final PdfReader pdf;
    private final WordReader word;
    private final long maxBytes;

    public DocumentReader(EncodingDetector encodings, HtmlExtractor html, long maxBytes) {
        this(encodings, html, new PdfReader(PDF_MAIN_MEMORY), new WordReader(), maxBytes);
    }

    public DocumentReader(EncodingDetector encodings, HtmlExtractor html, PdfReader pdf, WordReader word, long maxBytes) {
        this.encodings = encodings;
        this.html = html;
        this.pdf = pdf;
        this.word = word;
        this.maxBytes = maxBytes;
    }

    public static DocumentReader standard() {
        return new DocumentReader(EncodingDetector.standard(), new HtmlExtractor(), DEFAULT_MAX_BYTES);
    }

    /** The standard reader, reading scanned PDFs with this OCR instead of refusing them. */
    public static DocumentReader withOcr(PdfOcr ocr) {
        return new DocumentReader(EncodingDetector.standard(), new HtmlExtractor(),
                new PdfReader(PDF_MAIN_MEMORY, PdfReader.DEFAULT_MAX_GLYPHS, ocr), new WordReader(), DEFAULT_MAX_BYTES);
    }

    public ReadDocument read(Path file) throws UnreadableReportException {
        return read(file.toString(), bytesOf(file));
    }

    /** The file's bytes, or why they cannot be had (missing, a directory, no permission, too large). */
    public byte[] bytesOf(Path file) throws UnreadableReportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableReportException(name, "unreadable: is a directory");
            }
            checkSize(name, Files.size(file));
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new UnreadableReportException(name, "unreadable: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException(name, "unreadable: no such file", e);
        } catch (IOException e) {
            throw new UnreadableReportException(name, "unreadable: " + e.getMessage(), e);
        }
    }

    public ReadDocument read(String fileName, byte[] content) throws UnreadableReportException {
        checkSize(fileName, content.length);
        Optional<DocumentSignature> signature = DocumentSignature.of(fileName, content);
        if (signature.isPresent()) {
            return switch (signature.get()) {
                case PDF -> pdf.read(fileName, content);
                case DOCX -> word.readDocx(fileName, content);
                case DOC -> word.readDoc(fileName, content);
            };
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean documentName = DocumentSignature.isDocumentName(fileName);
        if (documentName && asciiHead(content).startsWith("{\\rtf")) {
            throw new UnreadableReportException(fileName, "an RTF document under a Word name: RTF is not read (save it as .docx)");
        }
        // Word's "save as web page" under a .doc name is common on government sites: it is read as the HTML it is
        if (documentName && !HtmlExtractor.looksLikeHtml(asciiHead(content))) {
            throw new UnreadableReportException(fileName, "not a " + lower.substring(lower.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                    + " file: its first bytes are not that format's (corrupt or misnamed)");
        }
        boolean htmlName = isHtmlName(fileName);
        String declared = htmlName || HtmlExtractor.looksLikeHtml(asciiHead(content)) ? HtmlExtractor.declaredCharset(content) : null;
        DecodedText decoded = encodings.decode(fileName, content, declared);
        if (decoded.text().isBlank()) {
            throw new UnreadableReportException(fileName, "empty file");
        }
        if (htmlName || HtmlExtractor.looksLikeHtml(decoded.text())) {
            return html.extract(fileName, decoded).withDamage(decoded.damage());
        }
        List<String> lines = decoded.text().lines().toList();
        return new ReadDocument(fileName, DocumentFormat.TEXT, decoded.charset(), lines, PageMetadata.NONE, Set.of(), decoded.damage());
    }

    private void checkSize(String fileName, long size) throws UnreadableReportException {
        if (size > maxBytes) {
            throw new UnreadableReportException(fileName,
                    "too large (" + megabytes(size) + " MB > " + megabytes(maxBytes) + " MB limit)");
        }
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? Long.toString(mb) : String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024.0));
    }

    private static boolean isHtmlName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || lower.endsWith(".shtml");
    }

    private static String asciiHead(byte[] content) {
        return new String(content, 0, Math.min(content.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
