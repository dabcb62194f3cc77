package dev.reportsearch.indexer;

import java.nio.file.Path;
import java.util.List;

import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.read.UnreadableReportException;

/** Reads one file into a report. {@link ReportPipeline#parse(Path)} is the real one. */
@FunctionalInterface
public interface ReportParser {
    Report parse(Path file) throws UnreadableReportException;

    /** The report, and what a person should know about how it was read; parsers that never warn keep this. */
    default Parsed parseWithWarnings(Path file) throws UnreadableReportException {
        return new Parsed(parse(file), List.of());
    }

    /**
     * A parsed report.
     *
     * @param warnings for people, about a file that was indexed but not perfectly (e.g. damaged bytes replaced)
     */
    record Parsed(Report report, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }
}
