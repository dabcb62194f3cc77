package dev.reportsearch.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A report's id: the first 16 hex digits of SHA-256 over the file's normalised path (separators as '/', "." and
 * ".." resolved, as given, not made absolute), a newline, and the hex SHA-256 of its content. Re-indexing the same
 * file gives the same id; a changed file gives a new id; the same content under two paths gives two ids. The
 * indexer names reports with it, and the API checks with it that a report's original file is still the one indexed.
 */
public final class ReportIds {
    private ReportIds() {
    }

    /** The id of the report read from {@code file} (as the indexer was given it) with this content. */
    public static String of(String file, byte[] content) {
        return of(file, sha256(content));
    }

    /** The id of the report read from {@code file} whose content is read from {@code content} to its end. */
    public static String of(String file, InputStream content) throws IOException {
        MessageDigest digest = sha256();
        try (DigestInputStream in = new DigestInputStream(content, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return of(file, HexFormat.of().formatHex(digest.digest()));
    }

    private static String of(String file, String contentSha256Hex) {
        String key = normalisedPath(file) + "\n" + contentSha256Hex;
        return sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Separators as '/', "." and ".." resolved where the path allows, otherwise as given. */
    static String normalisedPath(String path) {
        String slashes = path.replace('\\', '/');
        try {
            return Path.of(slashes).normalize().toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return slashes;
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
