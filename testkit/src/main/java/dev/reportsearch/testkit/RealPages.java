package dev.reportsearch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Gazetteer;

/** The real pages of ../shared/realpages that tests pick by their labels (read from there, never copied into the project). */
public final class RealPages {
    private RealPages() {
    }

    /** A labelled page: its file under docs/ and the region path its label gives. */
    public record Labelled(Path file, List<String> regionPath) {
        public Labelled {
            regionPath = List.copyOf(regionPath);
        }

        /** The region as the API's filter names it alone: the whole path, 浙江省杭州市建德市航头镇. */
        public String regionQuery() {
            return String.join("", regionPath);
        }
    }

    /** Every page whose label puts it in a township (乡, 镇, 街道), in label order. */
    public static List<Labelled> atTownshipLevel() {
        Path dir = TestData.realPages();
        List<Labelled> out = new ArrayList<>();
        try {
            JsonNode labels = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> label = it.next();
                List<String> path = new ArrayList<>();
                label.getValue().path("regionPath").forEach(name -> path.add(name.asText()));
                boolean township = !path.isEmpty() && Gazetteer.standard().resolve(String.join("", path))
                        .filter(r -> r.level() == RegionLevel.TOWNSHIP).isPresent();
                if (township) {
                    out.add(new Labelled(dir.resolve("docs").resolve(label.getKey()), path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("expected.json"), e);
        }
        return out;
    }

    /** Copies of {@code pages} in a new temporary folder, for indexing them apart from other test data. */
    public static Path copiedToTemp(List<Labelled> pages, String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            for (Labelled page : pages) {
                Files.copy(page.file(), dir.resolve(page.file().getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
