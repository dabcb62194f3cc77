package dev.reportsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportFiles;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.PdfOcr;
import picocli.CommandLine.Option;

/** How the indexer treats each file: shared by the commands that index. */
final class ParseOptions {
    /**
     * With --vectors auto, batches up to this size get section vectors. Embedding takes about 4.9 ms of two cores
     * per section, some 8 s per MB of reports (bench/README.md, "Semantic retrieval at 10,000 reports"): seconds
     * for the samples, 40 s for a batch this size, but more than an hour for 100,000 generated reports, a tenth of
     * the 1.2 MB/s indexing aim; a larger batch needs --vectors on.
     */
    static final long AUTO_VECTORS_MAX_BYTES = 5_000_000;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Skip (and report) a file not parsed within this many seconds, so that one file cannot stall "
                    + "the batch (default: ${DEFAULT-VALUE}).")
    long fileTimeoutSeconds = BatchIndexer.DEFAULT_FILE_TIMEOUT.toSeconds();

    @Option(names = "--vectors", paramLabel = "auto|on|off",
            description = "Give each section a vector (bge-small-zh, in process) so that searches also find sections by "
                    + "meaning. Slow: about 8 s per MB of reports on two cores. auto (default): only for batches up to 5 MB.")
    String vectors = "auto";

    @Option(names = "--ocr",
            description = "Read scanned PDFs (pages that are images, no text) by OCR with Debian's tesseract-ocr and "
                    + "tesseract-ocr-chi-sim, instead of skipping them. Slow (seconds a page), and what it reads may be wrong, "
                    + "figures included. Off by default.")
    boolean ocr;

    /** The pipeline these options ask for. */
    ReportPipeline pipeline() {
        return ocr ? ReportPipeline.standard(DocumentReader.withOcr(PdfOcr.tesseract())) : ReportPipeline.standard();
    }

    Duration fileTimeout() {
        if (fileTimeoutSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--file-timeout must be a positive number of seconds, not " + fileTimeoutSeconds);
        }
        return Duration.ofSeconds(fileTimeoutSeconds);
    }

    /** Whether the batch of these inputs gets section vectors. */
    boolean vectorsFor(List<Path> inputs) {
        return switch (vectors.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> ReportFiles.collect(inputs).files().stream().mapToLong(ParseOptions::size).sum() <= AUTO_VECTORS_MAX_BYTES;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--vectors must be auto, on or off, not '" + vectors + "'");
        };
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
