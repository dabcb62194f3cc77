package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Region detection against expected.json: each seed's own region, and the Quanzhou page's sub-reports. */
class RegionDetectorSeedTest {
    private static final JsonNode EXPECTED = SeedReports.expected();
    private final RegionDetector detector = new RegionDetector();

    static Stream<String> seeds() {
        return SeedReports.fileNames().stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void detectsEachSeedsOwnRegion(String fileName) {
        JsonNode expected = EXPECTED.get(fileName);
        List<String> lines = SeedReports.lines(fileName);
        RegionEvidence evidence = new RegionEvidence(SeedReports.title(lines), SeedReports.sourceLine(lines),
                SeedReports.text(fileName), null);

        Region region = detector.detect(evidence).orElseThrow();

        assertThat(region.name()).as(fileName).isEqualTo(expected.get("region").asText());
        assertThat(region.path()).as(fileName).isEqualTo(texts(expected.get("regionPath")));
    }

    @Test
    void detectsEachSubReportOfTheQuanzhouPage() {
        String fileName = "000_c36c8199fb7db377.txt";
        JsonNode expected = EXPECTED.get(fileName);
        List<String> lines = SeedReports.lines(fileName);
        Region page = Gazetteer.standard().resolve(expected.get("region").asText()).orElseThrow();

        List<Integer> starts = new ArrayList<>();
        for (JsonNode sub : expected.get("subReports")) {
            starts.add(SeedReports.lineContaining(lines, sub.get("headingContains").asText()).orElseThrow());
        }
        starts.add(lines.size());
        for (int i = 0; i < expected.get("subReports").size(); i++) {
            JsonNode sub = expected.get("subReports").get(i);
            String heading = lines.get(starts.get(i));
            String body = String.join("\n", lines.subList(starts.get(i) + 1, starts.get(i + 1)));

            Region region = detector.detect(new RegionEvidence(heading, null, body, page)).orElseThrow();

            assertThat(region.name()).isEqualTo(sub.get("region").asText());
            assertThat(region.path()).isEqualTo(texts(sub.get("regionPath")));
            assertThat(detector.organisationRegion(heading, page)).contains(region);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
