package dev.reportsearch.indexer;

import java.nio.file.Path;

/**
 * A file's name as text that does not depend on the JVM's locale.
 *
 * <p>On Unix a file name is bytes, and {@link Path#toString()} decodes them with the platform charset
 * ({@code sun.jnu.encoding}, which follows {@code LANG}). Under {@code LANG=C} that charset is ASCII, so
 * every Chinese character becomes U+FFFD and two files named in Chinese print alike; a name that is not
 * UTF-8 (a GBK name from a Windows archive) does the same under any locale. A report's identity and the
 * loader's "other versions of this file" both key on the name, so such files would overwrite each other.
 * The path still holds the original bytes, and {@link Path#toUri()} percent-encodes exactly those bytes:
 * we read each damaged name element back from there, as UTF-8 when it is UTF-8, else percent-encoded
 * (distinct and stable, if not pretty).
 */
public final class PathNames {
    private static final char REPLACEMENT = '\uFFFD';

    private PathNames() {
    }

    /** The path as text, with '/' between elements where the platform's decoding lost characters. */
    public static String nameOf(Path file) {
        String plain = file.toString();
        if (plain.indexOf(REPLACEMENT) < 0) {
            return plain;
        }
        StringBuilder name = new StringBuilder();
        if (file.getRoot() != null) {
            name.append(file.getRoot());
        }
        for (int i = 0; i < file.getNameCount(); i++) {
            if (i > 0) {
                name.append('/');
            }
            name.append(elementName(file.getName(i)));
        }
        return name.toString();
    }

    private static String elementName(Path element) {
        String plain = element.toString();
        if (plain.indexOf(REPLACEMENT) < 0) {
            return plain;
        }
        // toUri() makes the element absolute (against the working directory); its last segment is the element.
        java.net.URI uri = element.toUri();
        String decoded = lastSegment(uri.getPath());
        return decoded.indexOf(REPLACEMENT) < 0 ? decoded : lastSegment(uri.getRawPath());
    }

    private static String lastSegment(String uriPath) {
        String path = uriPath.endsWith("/") ? uriPath.substring(0, uriPath.length() - 1) : uriPath;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
