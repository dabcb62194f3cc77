package dev.reportsearch.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.SubReport;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of an expected.json (the seeds', our samples'), checked on {@link ReportPipeline#parse(Path)}
 * of the files beside it: one named test per expectation, grouped by file.
 */
abstract class ExpectedJsonTest {

    /** The folder holding the reports and their expected.json. */
    abstract Path folder();

    @TestFactory
    Stream<DynamicNode> expectations() throws Exception {
        Path dir = folder();
        JsonNode all = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        ReportPipeline pipeline = ReportPipeline.standard();
        Map<String, Report> reports = new HashMap<>();
        for (Iterator<String> it = all.fieldNames(); it.hasNext(); ) {
            String file = it.next();
            reports.put(file, pipeline.parse(dir.resolve(file)));
        }
        List<DynamicNode> files = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            files.add(DynamicContainer.dynamicContainer(entry.getKey(), casesFor(entry.getKey(), entry.getValue(), reports::get)));
        }
        return files.stream();
    }

    private static Stream<DynamicNode> casesFor(String file, JsonNode e, Function<String, Report> report) {
        String seed = file.length() > 24 ? file.substring(0, 24) : file;
        List<DynamicNode> cases = new ArrayList<>();

        if (e.has("region")) {
            String region = e.get("region").asText();
            List<String> path = strings(e.get("regionPath"));
            cases.add(test(seed + " region " + region + " " + path, () -> {
                Report r = report.apply(file);
                assertThat(r.region()).as("region").isNotNull();
                assertThat(r.region().name()).isEqualTo(region);
                assertThat(r.region().path()).isEqualTo(path);
            }));
        }
        if (e.has("publishedAt")) {
            LocalDate date = LocalDate.parse(e.get("publishedAt").asText());
            cases.add(test(seed + " publishedAt " + date, () -> assertThat(report.apply(file).source().publishedAt()).isEqualTo(date)));
        }
        if (e.has("yearsInclude")) {
            List<Integer> years = ints(e.get("yearsInclude"));
            cases.add(test(seed + " yearsInclude " + years, () -> assertThat(report.apply(file).years()).containsAll(years)));
        }
        if (e.has("yearsWithin")) {
            List<Integer> range = ints(e.get("yearsWithin"));
            cases.add(test(seed + " yearsWithin " + range, () -> assertThat(report.apply(file).years())
                    .isNotEmpty().allSatisfy(y -> assertThat(y).isBetween(range.get(0), range.get(1)))));
        }
        for (JsonNode sub : iterable(e.get("subReports"))) {
            String heading = sub.get("headingContains").asText();
            String region = sub.get("region").asText();
            List<String> path = strings(sub.get("regionPath"));
            cases.add(test(seed + " subReport '" + heading + "' region " + region + " " + path, () -> {
                SubReport s = subReport(report.apply(file), heading);
                assertThat(s.region()).as("region").isNotNull();
                assertThat(s.region().name()).isEqualTo(region);
                assertThat(s.region().path()).isEqualTo(path);
            }));
            for (String section : strings(sub.get("sections"))) {
                cases.add(test(seed + " subReport '" + heading + "' section '" + section + "'", () -> {
                    SubReport s = subReport(report.apply(file), heading);
                    assertThat(report.apply(file).sections())
                            .filteredOn(x -> x.headingPath().contains(s.heading()))
                            .extracting(x -> x.heading().strip())
                            .contains(section.strip());
                }));
            }
        }
        for (String section : strings(e.get("sections"))) {
            cases.add(test(seed + " section '" + section + "'", () -> assertThat(report.apply(file).sections())
                    .extracting(x -> x.heading().strip()).contains(section.strip())));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(e.get("sectionYears")); it.hasNext(); ) {
            Map.Entry<String, JsonNode> sy = it.next();
            int year = sy.getValue().asInt();
            cases.add(test(seed + " sectionYears '" + sy.getKey() + "' = " + year, () -> {
                Optional<Section> s = report.apply(file).sections().stream()
                        .filter(x -> x.heading().strip().equals(sy.getKey().strip())).findFirst();
                assertThat(s).as("section").isPresent();
                assertThat(s.get().years()).containsExactly(year);
            }));
        }
        for (JsonNode a : iterable(e.get("achievements"))) {
            String quote = a.get("quote").asText();
            double value = a.get("value").asDouble();
            String unit = a.get("unit").asText();
            boolean approx = a.get("approx").asBoolean();
            cases.add(test(seed + " achievement '" + quote + "' = " + value + " " + unit + (approx ? " approx" : ""), () -> {
                List<Achievement> holding = achievements(report.apply(file)).stream()
                        .filter(x -> squash(x.text()).contains(squash(quote))).toList();
                assertThat(holding).as("achievements whose text holds the quote").isNotEmpty();
                assertThat(holding.stream().flatMap(x -> x.figures().stream()).toList())
                        .as("their figures")
                        .anySatisfy(f -> {
                            assertThat(f.value()).isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(0.5));
                            assertThat(f.unit()).isEqualTo(unit);
                            assertThat(f.approx()).isEqualTo(approx);
                        });
            }));
        }
        for (String notFigure : strings(e.get("notFigures"))) {
            cases.add(test(seed + " notFigure '" + notFigure + "'", () -> {
                for (Achievement a : achievements(report.apply(file))) {
                    for (Figure f : a.figures()) {
                        assertThat(overlaps(a.text(), f.raw(), notFigure))
                                .as("figure '%s' in '%s' overlaps '%s'", f.raw(), a.text(), notFigure).isFalse();
                    }
                }
            }));
        }
        for (String chrome : strings(e.get("boilerplate"))) {
            cases.add(test(seed + " boilerplate '" + chrome + "' absent", () -> {
                Report r = report.apply(file);
                for (Section s : r.sections()) {
                    assertThat(s.heading()).doesNotContain(chrome);
                    assertThat(s.headingPath()).allSatisfy(h -> assertThat(h).doesNotContain(chrome));
                    assertThat(s.text()).doesNotContain(chrome);
                    for (Achievement a : s.achievements()) {
                        assertThat(a.text()).doesNotContain(chrome);
                    }
                }
            }));
        }
        return cases.stream();
    }

    private static SubReport subReport(Report r, String headingContains) {
        return r.subReports().stream().filter(s -> s.heading().contains(headingContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no sub-report heading contains '" + headingContains + "' in "
                        + r.subReports().stream().map(SubReport::heading).collect(Collectors.toList())));
    }

    private static List<Achievement> achievements(Report r) {
        return r.sections().stream().flatMap(s -> s.achievements().stream()).toList();
    }

    /** True when some occurrence of {@code raw} in {@code text} shares a character with some occurrence of {@code other}. */
    static boolean overlaps(String text, String raw, String other) {
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + 1)) {
            int otherEnd = i + other.length();
            for (int j = text.indexOf(raw); j >= 0; j = text.indexOf(raw, j + 1)) {
                if (j < otherEnd && i < j + raw.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static DynamicTest test(String name, org.junit.jupiter.api.function.Executable body) {
        return DynamicTest.dynamicTest(name, body);
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null ? List.of() : node;
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node == null ? java.util.Collections.emptyIterator() : node.fields();
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        iterable(node).forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<Integer> ints(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        iterable(node).forEach(n -> out.add(n.asInt()));
        return out;
    }
}
