package dev.reportsearch.es;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the managed Elasticsearch lives on this machine: unpacked distributions, node configs,
 * data and logs. It must be a place the Elasticsearch user can enter, which rules out /root.
 *
 * <p>{@code REPORTSEARCH_HOME} wins; else root uses /var/lib/reportsearch and other users
 * $XDG_DATA_HOME/reportsearch (or ~/.local/share/reportsearch).
 */
public record EsHome(Path dir) {

    public static EsHome resolve() {
        String explicit = System.getenv("REPORTSEARCH_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new EsHome(Path.of(explicit).toAbsolutePath());
        }
        if (RunAs.isRoot()) {
            return new EsHome(Path.of("/var/lib/reportsearch"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new EsHome(data.resolve("reportsearch"));
    }

    public Path distributions() {
        return dir.resolve("dist");
    }

    public Path node(String name) {
        return dir.resolve("nodes").resolve(name);
    }

    public Path nodes() {
        return dir.resolve("nodes");
    }

    Path ensure() {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (Exception e) {
            throw new EsStartException("Cannot create " + dir + " (" + e.getMessage()
                    + "). Set REPORTSEARCH_HOME to a writable directory.", e);
        }
    }
}
