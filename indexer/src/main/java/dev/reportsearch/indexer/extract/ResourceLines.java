package dev.reportsearch.indexer.extract;

import dev.reportsearch.core.resource.ResourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the meaningful lines of a resource file: blank lines and "#" comments dropped. A name is
 * relative to this package unless it starts with "/".
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    public static List<String> read(String name) {
        return ResourceFile.texts(ResourceLines.class, name);
    }

    /** The tab-separated fields of a line, checked to be exactly {@code count}. */
    static String[] fields(String name, String line, int count) {
        String[] fields = line.split("\t+");
        if (fields.length != count) {
            throw new IllegalStateException(name + ": expected " + count + " tab-separated fields in: " + line);
        }
        return fields;
    }

    /** The words of a file of "kind&lt;TAB&gt;words" lines (words whitespace-separated), by kind; a kind may take several lines. */
    public static Map<String, List<String>> kinds(String name) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String line : read(name)) {
            String[] f = fields(name, line, 2);
            byKind.computeIfAbsent(f[0], k -> new ArrayList<>()).addAll(Arrays.asList(f[1].strip().split("\\s+")));
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byKind);
    }
}
