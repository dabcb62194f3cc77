package dev.reportsearch.core.region;

import dev.reportsearch.core.model.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the gazetteer resources: gazetteer.tsv (made by scripts/generate-gazetteer) and not-mentions.txt. */
final class GazetteerFile {
    static final String DIR = "/dev/reportsearch/core/regions/";

    /** One row of gazetteer.tsv: code, level, name, parent code (empty for provinces), short forms. */
    record Row(String code, RegionLevel level, String name, String parentCode, List<String> shortForms) {
    }

    private GazetteerFile() {
    }

    static List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalStateException("bad gazetteer row: " + line);
            }
            List<String> shortForms = cols.length > 4 && !cols[4].isBlank()
                    ? Arrays.stream(cols[4].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            rows.add(new Row(cols[0], RegionLevel.fromId(cols[1]), cols[2], cols[3], shortForms));
        }
        return rows;
    }

    /** Whitespace-separated words, # comments allowed. */
    static Set<String> words(String resource) {
        return lines(resource).stream()
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GazetteerFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(line -> line.replaceFirst("#.*", "").stripTrailing())
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
