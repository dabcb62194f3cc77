package dev.reportsearch.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the seed reports (../shared/seeds), the real pages (../shared/realpages) and our own samples are, for tests. */
public final class TestData {
    private TestData() {
    }

    public static Path seeds() {
        return locate("reportsearch.seeds", "../shared/seeds");
    }

    /** Real pages with hand labels (../shared/realpages): the development set for reading the field right. */
    public static Path realPages() {
        return locate("reportsearch.realpages", "../shared/realpages");
    }

    public static Path samples() {
        return locate("reportsearch.samples", "samples");
    }

    private static Path locate(String property, String fromRepoRoot) {
        String configured = System.getProperty(property);
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(fromRepoRoot);
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("Cannot find " + fromRepoRoot + " (system property " + property + ")");
    }
}
