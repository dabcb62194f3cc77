package dev.reportsearch.cli;

import java.time.Duration;

import dev.reportsearch.indexer.BatchIndexer;
import picocli.CommandLine.Option;

/** How the indexer treats each file: shared by the commands that index. */
final class ParseOptions {
    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Skip (and report) a file not parsed within this many seconds, so that one file cannot stall "
                    + "the batch (default: ${DEFAULT-VALUE}).")
    long fileTimeoutSeconds = BatchIndexer.DEFAULT_FILE_TIMEOUT.toSeconds();

    Duration fileTimeout() {
        if (fileTimeoutSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--file-timeout must be a positive number of seconds, not " + fileTimeoutSeconds);
        }
        return Duration.ofSeconds(fileTimeoutSeconds);
    }
}
