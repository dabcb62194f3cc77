package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.testkit.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The achievements and not-figures that expected.json lists for each seed report, the extractor
 * run over the seed's text paragraph by paragraph (the seeds are read from where they lie, never
 * copied into the project).
 */
class SeedAchievementsTest {
    private static final AchievementExtractor EXTRACTOR = AchievementExtractor.standard();
    private static final FigureParser PARSER = FigureParser.standard();
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, List<Achievement>> ACHIEVEMENTS = new ConcurrentHashMap<>();

    static Stream<Arguments> achievements() {
        List<Arguments> cases = new ArrayList<>();
        expected().properties().forEach(seed -> seed.getValue().path("achievements").forEach(a -> cases.add(Arguments.of(
                seed.getKey(), a.get("quote").asText(), a.get("value").asDouble(), a.get("unit").asText(), a.get("approx").asBoolean()))));
        return cases.stream();
    }

    static Stream<Arguments> notFigures() {
        List<Arguments> cases = new ArrayList<>();
        expected().properties().forEach(seed -> seed.getValue().path("notFigures")
                .forEach(n -> cases.add(Arguments.of(seed.getKey(), n.asText()))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("achievements")
    void findsTheAchievement(String seed, String quote, double value, String unit, boolean approx) {
        List<Achievement> quoting = achievementsOf(seed).stream().filter(a -> a.text().contains(quote)).toList();
        assertThat(quoting).as("achievements quoting %s", quote).isNotEmpty();
        assertThat(quoting).as("a figure %s %s (approx %s) in %s", value, unit, approx, quoting)
                .anySatisfy(a -> assertThat(a.figures()).anySatisfy(f -> {
                    assertThat(f.value()).isBetween(value * 0.995, value * 1.005);
                    assertThat(f.unit()).isEqualTo(unit);
                    assertThat(f.approx()).isEqualTo(approx);
                }));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notFigures")
    void findsNoFigureIn(String seed, String notFigure) {
        String text = textOf(seed);
        assertThat(text).contains(notFigure);
        for (String paragraph : paragraphs(text)) {
            List<LocatedFigure> figures = PARSER.locate(PARSER.view(paragraph));
            for (int at = paragraph.indexOf(notFigure); at >= 0; at = paragraph.indexOf(notFigure, at + 1)) {
                int start = at;
                int end = at + notFigure.length();
                assertThat(figures).as("figures overlapping %s in: %s", notFigure, paragraph)
                        .noneMatch(f -> f.source().start() < end && start < f.source().end());
            }
        }
        // And through the public API: no achievement rests on a figure written inside it.
        for (Achievement achievement : achievementsOf(seed)) {
            for (Figure figure : achievement.figures()) {
                assertThat(notFigure).as("%s of %s", figure, achievement.text()).doesNotContain(figure.raw());
            }
        }
    }

    private static List<Achievement> achievementsOf(String seed) {
        return ACHIEVEMENTS.computeIfAbsent(seed, s -> paragraphs(textOf(s)).stream()
                .flatMap(p -> EXTRACTOR.extract(p).stream()).toList());
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\\n\\s*\\n"));
    }

    private static String textOf(String seed) {
        return TEXTS.computeIfAbsent(seed, s -> read(TestData.seeds().resolve(s)));
    }

    private static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(TestData.seeds().resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
