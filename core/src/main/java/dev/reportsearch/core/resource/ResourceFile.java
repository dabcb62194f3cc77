package dev.reportsearch.core.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the line-based resource files people tune (word lists, rules, tables): UTF-8, blank
 * lines and lines whose first non-blank character is {@code #} skipped, every other line kept with its
 * number for file:line errors.
 */
public final class ResourceFile {
    private ResourceFile() {
    }

    /**
     * The meaningful lines of a classpath resource, named as {@link Class#getResourceAsStream} takes it
     * (relative to {@code anchor}'s package unless it starts with "/").
     */
    public static List<ResourceLine> lines(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name + " (looked up from " + anchor.getName() + ")");
        }
        List<ResourceLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(new ResourceLine(name, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }

    /** The meaningful lines' texts, each stripped, for files whose lines carry no position-dependent columns. */
    public static List<String> texts(Class<?> anchor, String name) {
        return lines(anchor, name).stream().map(l -> l.text().strip()).toList();
    }
}
