package dev.reportsearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the unpacked distributions under the home's dist/ that nothing uses any more.
 *
 * <p>Each plugin build gets its own installation (see {@link EsInstallation}), so without this every
 * rebuilt plugin would leave another ~120 MB copy behind. An installation is kept when it is the one
 * being used now, when a live node records it in its node.properties, or when it was used within the
 * grace period: another process may have just installed it and be about to start its node.
 */
final class UnusedInstallations {
    private static final Logger LOG = LoggerFactory.getLogger(UnusedInstallations.class);
    static final Duration GRACE = Duration.ofHours(1);

    private UnusedInstallations() {
    }

    /** Deletes every installation but {@code current}, those live nodes run on and recently used ones. */
    static List<Path> remove(EsHome home, Path current, Duration grace, Instant now) {
        Set<Path> inUse = new HashSet<>(installsOfLiveNodes(home));
        inUse.add(current.toAbsolutePath().normalize());
        try (Stream<Path> dirs = list(home.distributions())) {
            List<Path> stale = dirs
                    .filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> !inUse.contains(d.toAbsolutePath().normalize()))
                    .filter(d -> lastUsed(d).map(t -> t.plus(grace).isBefore(now)).orElse(true))
                    .toList();
            stale.forEach(d -> {
                LOG.info("Removing unused Elasticsearch installation {}", d);
                EsInstallation.deleteTree(d);
            });
            return stale;
        }
    }

    /** When an installation was last handed out: {@link EsInstallation#ensure} touches its marker. */
    private static Optional<Instant> lastUsed(Path install) {
        try {
            return Optional.of(Files.getLastModifiedTime(install.resolve(EsInstallation.COMPLETE)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Set<Path> installsOfLiveNodes(EsHome home) {
        Set<Path> installs = new HashSet<>();
        try (Stream<Path> nodes = list(home.nodes())) {
            nodes.map(n -> n.resolve("node.properties")).filter(Files::isRegularFile).forEach(file -> {
                Properties state = read(file);
                String install = state.getProperty("install");
                if (install != null && (alive(state.getProperty("launcher.pid")) || alive(pidFile(file.getParent())))) {
                    installs.add(Path.of(install).toAbsolutePath().normalize());
                }
            });
        }
        return installs;
    }

    private static String pidFile(Path nodeDir) {
        try {
            return Files.readString(nodeDir.resolve("node.pid")).trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean alive(String pid) {
        try {
            return pid != null && ProcessHandle.of(Long.parseLong(pid.trim())).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            // unreadable state: treated as no node, like a dead one
        }
        return p;
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
