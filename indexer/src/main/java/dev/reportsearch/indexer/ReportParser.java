package dev.reportsearch.indexer;

import java.nio.file.Path;

import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.read.UnreadableReportException;

/** Reads one file into a report. {@link ReportPipeline#parse(Path)} is the real one. */
@FunctionalInterface
public interface ReportParser {
    Report parse(Path file) throws UnreadableReportException;
}
