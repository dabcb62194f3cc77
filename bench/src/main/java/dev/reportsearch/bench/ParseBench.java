package dev.reportsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.reportsearch.core.file.DocumentSignature;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.ReadDocument;
import dev.reportsearch.indexer.read.UnreadableReportException;

/**
 * How fast each kind of file is parsed, on one thread, without Elasticsearch: the read stage alone (bytes to lines
 * of text: encoding detection and HTML extraction, PDFBox, POI) and the whole pipeline (read, clean, split,
 * classify, extract). Files of each kind are held in memory and parsed over and over for a fixed time after a
 * warm-up, so the numbers are the parsers' and not the disk's. MB/s counts the files' bytes; "text MB/s" the
 * UTF-8 bytes of the text that came out, which compares formats whose files differ in how much they hold
 * besides text (a PDF embeds its fonts).
 */
final class ParseBench {
    /** One kind of file and what was measured of it. */
    record Row(String kind, int files, long bytes, long textBytes, Rate read, Rate pipeline) {
    }

    /** Bytes parsed in the measured time. */
    record Rate(long passes, long bytes, long textBytes, long nanos) {
        double mbPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        double textMbPerSecond() {
            return textBytes / 1e6 / (nanos / 1e9);
        }

        double msPerFile(int files) {
            return nanos / 1e6 / (passes * (double) files);
        }

        Rate plus(Rate other) {
            return new Rate(passes + other.passes, bytes + other.bytes, textBytes + other.textBytes, nanos + other.nanos);
        }
    }

    record Result(String machine, List<Row> rows, double loadAfter, Duration measured, List<String> refused) {
    }

    /** Each kind is measured in this many slices of the time, taken in turn. */
    private static final int ROUNDS = 5;

    private final PrintStream out;
    private final DocumentReader reader = DocumentReader.standard();
    private final ReportPipeline pipeline = ReportPipeline.standard();

    ParseBench(PrintStream out) {
        this.out = out;
    }

    Result run(List<Path> roots, Duration measured) throws IOException {
        String machine = Machine.describe();
        Map<String, Map<String, byte[]>> kinds = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, List<Path>> kind : kinds(roots).entrySet()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Path f : kind.getValue()) {
                byte[] bytes = Files.readAllBytes(f);
                try {
                    reader.read(f.toString(), bytes);
                    files.put(f.toString(), bytes);
                } catch (UnreadableReportException e) {
                    refused.add(e.getMessage());
                }
            }
            if (!files.isEmpty()) {
                kinds.put(kind.getKey(), files);
                measure(files, Duration.ofSeconds(2), false); // warm-up: class loading and the JIT
                measure(files, Duration.ofSeconds(1), true);
            }
        }
        // in rounds, each kind in turn, so that a machine busier at one moment slows every kind alike
        Duration slice = measured.dividedBy(ROUNDS);
        Map<String, Rate> reads = new LinkedHashMap<>();
        Map<String, Rate> wholes = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Map<String, byte[]>> kind : kinds.entrySet()) {
                reads.merge(kind.getKey(), measure(kind.getValue(), slice, false), Rate::plus);
                wholes.merge(kind.getKey(), measure(kind.getValue(), slice, true), Rate::plus);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> kind : kinds.entrySet()) {
            Map<String, byte[]> files = kind.getValue();
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            Rate read = reads.get(kind.getKey());
            Rate whole = wholes.get(kind.getKey());
            rows.add(new Row(kind.getKey(), files.size(), bytes, read.textBytes() / Math.max(1, read.passes()), read, whole));
            out.printf(Locale.ROOT, "%s: %d files, %.2f MB: read %.2f MB/s (text %.2f MB/s), whole pipeline %.2f MB/s%n",
                    kind.getKey(), files.size(), bytes / 1e6, read.mbPerSecond(), read.textMbPerSecond(), whole.mbPerSecond());
        }
        return new Result(machine, rows, Machine.loadAverage(), measured, refused);
    }

    private Rate measure(Map<String, byte[]> files, Duration time, boolean wholePipeline) {
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        long passes = 0;
        long bytes = 0;
        long text = 0;
        do {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                try {
                    if (wholePipeline) {
                        pipeline.parse(f.getKey(), f.getValue());
                    } else {
                        ReadDocument doc = reader.read(f.getKey(), f.getValue());
                        for (String line : doc.lines()) {
                            text += line.getBytes(StandardCharsets.UTF_8).length + 1;
                        }
                    }
                } catch (UnreadableReportException e) {
                    throw new IllegalStateException("read once, refused later: " + e.getMessage(), e);
                }
                bytes += f.getValue().length;
            }
            passes++;
        } while (System.nanoTime() < deadline);
        return new Rate(passes, bytes, text, System.nanoTime() - start);
    }

    /** The files under the roots by kind: what their first bytes say for PDF and Word, their name for text and HTML. */
    private static Map<String, List<Path>> kinds(List<Path> roots) throws IOException {
        Map<String, List<Path>> kinds = new LinkedHashMap<>();
        for (String k : List.of("plain text", "HTML", "PDF", "Word .docx", "Word .doc")) {
            kinds.put(k, new ArrayList<>());
        }
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String kind = kindOf(f);
                    if (kind != null) {
                        kinds.get(kind).add(f);
                    }
                }
            }
        }
        return kinds;
    }

    private static String kindOf(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head;
        try (var in = Files.newInputStream(f)) {
            head = in.readNBytes(DocumentSignature.PDF_HEADER_WINDOW + 8);
        }
        var signature = DocumentSignature.of(name, head);
        if (signature.isPresent()) {
            return switch (signature.get()) {
                case PDF -> "PDF";
                case DOCX -> "Word .docx";
                case DOC -> "Word .doc";
            };
        }
        if (name.endsWith(".txt")) {
            return "plain text";
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? "HTML" : null;
    }

    static String markdown(Result r, String commandLine) {
        StringBuilder md = new StringBuilder();
        md.append("## Parse speed by file format (`bench parse`)\n\n");
        md.append("`").append(commandLine).append("`, ").append(Machine.now()).append("; ").append(r.machine())
                .append(String.format(Locale.ROOT, ", %.2f at the end. ", r.loadAfter()))
                .append("One thread, files in memory, each kind parsed over and over for ").append(r.measured().toSeconds())
                .append(" s per stage after a warm-up, in ").append(ROUNDS).append(" rounds taking the kinds in turn. *read*: bytes to lines of text (encoding detection and HTML extraction, "
                        + "PDFBox, POI); *pipeline*: read, clean, split, classify and extract, no Elasticsearch. "
                        + "MB/s counts the files' bytes; *text MB/s* the UTF-8 text that came out.\n\n");
        MarkdownTable t = new MarkdownTable("format", "files", "MB", "text MB", "read MB/s", "read text MB/s",
                "read ms/file", "pipeline MB/s", "pipeline text MB/s", "pipeline ms/file");
        for (Row row : r.rows()) {
            double textShare = row.bytes() == 0 ? 0 : (double) row.textBytes() / row.bytes();
            t.row(row.kind(), row.files(), MarkdownTable.num(row.bytes() / 1e6), MarkdownTable.num(row.textBytes() / 1e6),
                    MarkdownTable.num(row.read().mbPerSecond()), MarkdownTable.num(row.read().textMbPerSecond()),
                    MarkdownTable.num(row.read().msPerFile(row.files())),
                    MarkdownTable.num(row.pipeline().mbPerSecond()), MarkdownTable.num(row.pipeline().mbPerSecond() * textShare),
                    MarkdownTable.num(row.pipeline().msPerFile(row.files())));
        }
        md.append(t);
        if (!r.refused().isEmpty()) {
            md.append("\nNot measured (refused by the reader): ").append(String.join("; ", r.refused())).append('\n');
        }
        return md.toString();
    }
}
