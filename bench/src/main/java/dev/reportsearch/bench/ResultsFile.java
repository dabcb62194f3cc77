package dev.reportsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * bench/README.md, the record of results: each command owns a section between
 * {@code <!-- bench:KEY -->} and {@code <!-- /bench:KEY -->}, replaced on every run (appended the
 * first time), so the file always holds the latest numbers of each kind of run and nothing else changes.
 */
public final class ResultsFile {
    private final Path file;

    public ResultsFile(Path file) {
        this.file = file;
    }

    /** The repository's bench/README.md, found from the working directory upwards. */
    public static ResultsFile standard() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("bench")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return new ResultsFile(d.resolve("bench").resolve("README.md"));
            }
        }
        return new ResultsFile(dir.resolve("bench").resolve("README.md"));
    }

    public Path path() {
        return file;
    }

    public void put(String key, String markdown) throws IOException {
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, replaceSection(old, key, markdown), StandardCharsets.UTF_8);
    }

    /** {@code document} with KEY's section replaced by {@code markdown}, or with it appended when absent. */
    public static String replaceSection(String document, String key, String markdown) {
        String open = "<!-- bench:" + key + " -->";
        String close = "<!-- /bench:" + key + " -->";
        String body = open + "\n" + markdown.strip() + "\n" + close;
        int start = document.indexOf(open);
        int end = document.indexOf(close);
        if (start >= 0 && end > start) {
            return document.substring(0, start) + body + document.substring(end + close.length());
        }
        return document.stripTrailing() + "\n\n" + body + "\n";
    }
}
