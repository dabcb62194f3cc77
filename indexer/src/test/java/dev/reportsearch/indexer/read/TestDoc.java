package dev.reportsearch.indexer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Word 97 binary (.doc) files for tests, converted from a {@link TestDocx} by LibreOffice ({@code soffice}, from
 * Debian's {@code libreoffice-writer-nogui}, which {@code ./reportsearch test} installs). POI cannot write a .doc
 * from nothing and AbiWord's "doc" export is RTF under that name, so LibreOffice is the lightest writer of a real one.
 * Each conversion has its own LibreOffice profile, so tests running at once do not share one.
 */
final class TestDoc {
    private static final String SOFFICE = System.getProperty("reportsearch.soffice", "soffice");
    private static final long TIMEOUT_SECONDS = 120;

    private TestDoc() {
    }

    /** The .docx's content as a Word 97 binary, through LibreOffice's "MS Word 97" filter. */
    static byte[] fromDocx(byte[] docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("test-doc-");
        try {
            Path in = Files.write(dir.resolve("report.docx"), docx);
            Path log = dir.resolve("soffice.log");
            Process soffice;
            try {
                soffice = new ProcessBuilder(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", dir.toString(), in.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("LibreOffice (soffice) is needed to write a .doc for this test: "
                        + "apt-get install --no-install-recommends libreoffice-writer-nogui (./reportsearch test installs it)", e);
            }
            if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new IllegalStateException("soffice did not convert within " + TIMEOUT_SECONDS + " s");
            }
            Path out = dir.resolve("report.doc");
            if (soffice.exitValue() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("soffice could not convert (exit " + soffice.exitValue() + "): " + Files.readString(log));
            }
            return Files.readAllBytes(out);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
