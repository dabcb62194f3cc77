package dev.reportsearch.indexer.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportsearch.testkit.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The seed reports and expected.json, read raw, with only the crude cleanup these tests need. */
final class SeedReports {
    private SeedReports() {
    }

    static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(TestData.seeds().resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = expected().fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The seed's lines, non-breaking spaces folded and lines trimmed. */
    static List<String> lines(String fileName) {
        Path path = TestData.seeds().resolve(fileName);
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replace('\u00a0', ' ').replace('\u3000', ' ').strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String fileName) {
        return String.join("\n", lines(fileName));
    }

    /** The publisher line (来源:...), where the page has one. */
    static String sourceLine(List<String> lines) {
        return lines.stream().filter(l -> l.contains("来源")).findFirst().orElse(null);
    }

    /** A crude title guess: the first short line that reads like a report's title. */
    static String title(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isEmpty() && l.length() <= 40)
                .filter(l -> l.matches(".*(工作报告|综述|回顾|发展篇).*"))
                .findFirst().orElse(null);
    }

    /** Index of the first line containing {@code text}. */
    static Optional<Integer> lineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
