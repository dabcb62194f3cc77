package dev.reportsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** --vectors: auto gives a small batch section vectors and a large one none; on and off force it. */
class VectorsOptionTest {
    @Test
    void autoDependsOnTheBatchSizeAndOnAndOffForceIt() throws IOException {
        Path small = Files.createTempDirectory("vectors-small");
        Files.writeString(small.resolve("a.txt"), "县妇联工作总结");
        Path large = Files.createTempDirectory("vectors-large");
        Files.write(large.resolve("b.txt"), new byte[(int) ParseOptions.AUTO_VECTORS_MAX_BYTES + 1]);

        IndexCommand command = new IndexCommand();
        new CommandLine(command).parseArgs("reports");
        assertThat(command.parsing.vectorsFor(List.of(small))).isTrue();
        assertThat(command.parsing.vectorsFor(List.of(large))).isFalse();

        new CommandLine(command).parseArgs("--vectors", "on", "reports");
        assertThat(command.parsing.vectorsFor(List.of(large))).isTrue();
        new CommandLine(command).parseArgs("--vectors", "off", "reports");
        assertThat(command.parsing.vectorsFor(List.of(small))).isFalse();
    }
}
