package dev.reportsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.index.IndexGeneration;
import dev.reportsearch.indexer.BatchIndexer;
import picocli.CommandLine;

/** The summary a person reads after indexing: what was skipped and why, and what was indexed with damage. */
class IndexingSummaryTest {
    private static String print(BatchIndexer.Summary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Indexing.printSummary(summary, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsEachWarningWithItsFileAndEachSkippedFileWithItsReason() {
        BatchIndexer.Summary summary = new BatchIndexer.Summary(new IndexGeneration("reports-1"), 3, 3000, 2, 5, 4,
                List.of(new BatchIndexer.Skipped("r/slow.txt", "timed out: not parsed within 120 s")),
                List.of(new BatchIndexer.Warning("r/gb.txt", "decoded as GB18030 with 1 damaged byte sequence")),
                List.of(), true, Duration.ofSeconds(2));

        String out = print(summary);

        assertThat(out).contains("Indexed with 1 warning", "  r/gb.txt: decoded as GB18030 with 1 damaged byte sequence",
                "Skipped 1 files:", "  r/slow.txt: timed out: not parsed within 120 s");
    }

    @Test
    void aCleanRunShowsNoWarnings() {
        BatchIndexer.Summary summary = new BatchIndexer.Summary(new IndexGeneration("reports-1"), 1, 10, 1, 1, 0, List.of(), List.of(), List.of(),
                true, Duration.ofSeconds(1));
        assertThat(print(summary)).doesNotContain("warning", "Skipped");
    }

    @Test
    void theFileTimeoutIsAnOptionWithADefault() {
        IndexCommand command = new IndexCommand();
        new CommandLine(command).parseArgs("reports");
        assertThat(command.parsing.fileTimeout()).isEqualTo(BatchIndexer.DEFAULT_FILE_TIMEOUT);
        new CommandLine(command).parseArgs("--file-timeout", "30", "reports");
        assertThat(command.parsing.fileTimeout()).isEqualTo(Duration.ofSeconds(30));
    }
}
