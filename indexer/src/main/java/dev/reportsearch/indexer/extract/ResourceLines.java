package dev.reportsearch.indexer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the meaningful lines of a resource file of this package: blank lines and "#" comments dropped. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String name) {
        InputStream in = ResourceLines.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name + " next to " + ResourceLines.class.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }

    /** The tab-separated fields of a line, checked to be exactly {@code count}. */
    static String[] fields(String name, String line, int count) {
        String[] fields = line.split("\t+");
        if (fields.length != count) {
            throw new IllegalStateException(name + ": expected " + count + " tab-separated fields in: " + line);
        }
        return fields;
    }
}
