package dev.reportsearch.indexer.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cue words of region-cues.tsv: organisation, institution and framing words. */
record RegionCues(List<String> organisation, List<String> institution, List<String> framing) {
    private static final String RESOURCE = "/dev/reportsearch/indexer/classify/region-cues.tsv";

    RegionCues {
        organisation = List.copyOf(organisation);
        institution = List.copyOf(institution);
        framing = List.copyOf(framing);
    }

    static RegionCues standard() {
        Map<String, List<String>> byKind = new HashMap<>();
        try (InputStream in = RegionCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .forEach(cols -> byKind.put(cols[0].strip(), Arrays.asList(cols[1].strip().split("\\s+"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegionCues(byKind.getOrDefault("organisation", List.of()),
                byKind.getOrDefault("institution", List.of()),
                byKind.getOrDefault("framing", List.of()));
    }

    boolean startsWithAny(List<String> words, String text, int offset) {
        return words.stream().anyMatch(w -> text.startsWith(w, offset));
    }
}
