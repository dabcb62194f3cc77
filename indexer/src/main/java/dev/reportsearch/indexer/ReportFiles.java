package dev.reportsearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths given to the indexer into report files: folders are walked for text, HTML, PDF and Word files. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The files found, and the given paths that could not be used, with why. */
    public record Found(List<Path> files, List<BatchIndexer.Skipped> skipped) {
    }

    /** The extensions a folder is walked for. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".wps");

    public static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // "~$report.docx" is Word's lock file beside an open document, not a report
        return !name.startsWith(".") && !name.startsWith("~$") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static Found collect(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<BatchIndexer.Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ReportFiles::isReportFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    skipped.add(new BatchIndexer.Skipped(PathNames.nameOf(input), "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                skipped.add(new BatchIndexer.Skipped(PathNames.nameOf(input), "no such file or folder"));
            }
        }
        return new Found(files.stream().distinct().toList(), skipped);
    }
}
