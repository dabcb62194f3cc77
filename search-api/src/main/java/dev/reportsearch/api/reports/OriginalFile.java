package dev.reportsearch.api.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import dev.reportsearch.core.file.DocumentSignature;

/**
 * The file a report was indexed from, when this server still has it and it is a PDF or Word file: what a reader
 * opens from the report view (a page or a text file is there in full already). Its kind is read from its first
 * bytes, as the indexer read it, never from its name alone, so nothing is ever served as a page of ours.
 *
 * @param path the file as the index records it (a relative path against this server's working directory)
 * @param kind what it is
 */
public record OriginalFile(Path path, DocumentSignature kind) {
    private static final int HEAD = DocumentSignature.PDF_HEADER_WINDOW + 8;

    /** The recorded file if it is still a regular, readable file here; empty when it is gone or no path at all. */
    public static Optional<Path> existing(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(recorded);
            return Files.isRegularFile(path) && Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The recorded file if it is still here and a PDF or Word file. */
    public static Optional<OriginalFile> of(String recorded) {
        return existing(recorded).flatMap(OriginalFile::at);
    }

    /** The file at {@code path} (one {@link #existing} found) if it is a PDF or Word file. */
    public static Optional<OriginalFile> at(Path path) {
        return kindOf(path).map(kind -> new OriginalFile(path, kind));
    }

    /** The recorded file's name without its folders (the server's paths stay internal), or null. */
    public static String nameOf(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        String slashes = recorded.replace('\\', '/');
        return slashes.substring(slashes.lastIndexOf('/') + 1);
    }

    /** The media type it is served with: PDF opens in the browser, Word files download. */
    public String mediaType() {
        return switch (kind) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case DOC -> "application/msword";
        };
    }

    public boolean inline() {
        return kind == DocumentSignature.PDF;
    }

    private static Optional<DocumentSignature> kindOf(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return DocumentSignature.of(path.getFileName().toString(), in.readNBytes(HEAD));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
