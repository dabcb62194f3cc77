package dev.reportsearch.core.region;

import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.resource.ResourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the gazetteer resources: gazetteer.tsv, townships.tsv and former-names.tsv (made by
 * scripts/generate-gazetteer) and not-mentions.txt.
 */
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
            rows.add(new Row(cols[0], RegionLevel.fromId(cols[1]), cols[2], cols[3], shortForms(cols, 4)));
        }
        return rows;
    }

    /**
     * Rows of townships.tsv: code (9 digits), name, then optionally the parent code (when it is not the
     * code's first six digits) and short forms.
     */
    static List<Row> townshipRows(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].length() != 9) {
                throw new IllegalStateException("bad township row: " + line);
            }
            String parent = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : cols[0].substring(0, 6);
            rows.add(new Row(cols[0], RegionLevel.TOWNSHIP, cols[1], parent, shortForms(cols, 3)));
        }
        return rows;
    }

    /** One row of former-names.tsv: a name that is gone (户县) and the code of the region holding its land today. */
    record FormerName(String name, String code) {
    }

    static List<FormerName> formerNames(String resource) {
        List<FormerName> names = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalStateException("bad former name row: " + line);
            }
            names.add(new FormerName(cols[0].strip(), cols[1].strip()));
        }
        return names;
    }

    private static List<String> shortForms(String[] cols, int column) {
        return cols.length > column && !cols[column].isBlank()
                ? Arrays.stream(cols[column].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
    }

    /** Whitespace-separated words, # comments allowed. */
    static Set<String> words(String resource) {
        return lines(resource).stream()
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String resource) {
        return ResourceFile.lines(GazetteerFile.class, resource).stream().map(l -> l.text().stripTrailing()).toList();
    }
}
