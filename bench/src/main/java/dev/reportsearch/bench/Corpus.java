package dev.reportsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.reportsearch.indexer.generate.ReportGenerator;

/**
 * N generated reports in a folder. Generated once per (seed, N) under the temporary directory and
 * reused by later runs (a marker file says the folder is complete), so repeated benchmarks read the
 * same bytes.
 *
 * @param dir   the folder
 * @param files the report files in it, sorted
 * @param bytes their total size
 */
public record Corpus(Path dir, List<Path> files, long bytes) {
    public static final long DEFAULT_SEED = 20240601L;
    private static final String COMPLETE = ".complete";

    public static Corpus generate(long seed, int reports) throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "reportsearch-bench");
        Path dir = root.resolve("corpus-seed" + seed + "-n" + reports);
        if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
            long start = System.nanoTime();
            System.err.printf("Generating %,d reports (seed %d) into %s…%n", reports, seed, dir);
            deleteTree(dir);
            Files.createDirectories(dir);
            new ReportGenerator(seed).writeCorpus(dir, reports);
            Files.writeString(dir.resolve(COMPLETE), "seed " + seed + ", " + reports + " reports\n");
            System.err.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        return of(dir);
    }

    public static Corpus of(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new Corpus(dir, files, bytes);
    }

    public double megabytes() {
        return bytes / 1e6;
    }

    /** Every file's bytes, read once so that timed loops measure parsing and not the disk. */
    public List<byte[]> contents() throws IOException {
        java.util.ArrayList<byte[]> all = new java.util.ArrayList<>(files.size());
        for (Path f : files) {
            all.add(Files.readAllBytes(f));
        }
        return all;
    }

    /** Notes how long indexing this corpus into an alias took, so a later run that reuses the index can say. */
    public void recordIndexing(String alias, String cluster, double seconds) throws IOException {
        Files.writeString(dir.resolve(".indexed-" + alias), seconds + "\t" + cluster + "\t" + Machine.now() + "\n");
    }

    /** Seconds and date of the recorded indexing into that alias on that cluster ({@link BenchCluster#identity}), if any. */
    public java.util.Optional<String[]> indexing(String alias, String cluster) throws IOException {
        Path f = dir.resolve(".indexed-" + alias);
        if (!Files.isRegularFile(f)) {
            return java.util.Optional.empty();
        }
        String[] cols = Files.readString(f).strip().split("\t");
        return cols.length == 3 && cols[1].equals(cluster) ? java.util.Optional.of(new String[] {cols[0], cols[2]}) : java.util.Optional.empty();
    }

    /** Free space on the disk of the corpus cache. */
    public static long usableSpace() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        return Files.getFileStore(root).getUsableSpace();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
