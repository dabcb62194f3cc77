package dev.reportsearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedInstallationsTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);

    @TempDir
    Path dir;

    @Test
    void removesAnOldInstallationNoNodeUsesAndKeepsTheRest() throws Exception {
        EsHome home = new EsHome(dir);
        Path current = install(home, "es-current", NOW.minus(Duration.ofDays(3)));
        Path stale = install(home, "es-stale", NOW.minus(Duration.ofDays(2)));
        Path ofDeadNode = install(home, "es-dead-node", NOW.minus(Duration.ofDays(2)));
        Path ofLiveNode = install(home, "es-live-node", NOW.minus(Duration.ofDays(2)));
        Path recent = install(home, "es-just-installed", NOW.minus(Duration.ofMinutes(5)));
        node(home, "gone", ofDeadNode, deadPid());
        node(home, "running", ofLiveNode, ProcessHandle.current().pid());

        assertThat(UnusedInstallations.remove(home, current, GRACE, NOW)).containsExactlyInAnyOrder(stale, ofDeadNode);

        assertThat(stale).doesNotExist();
        assertThat(ofDeadNode).doesNotExist();
        assertThat(current).isDirectory();
        assertThat(ofLiveNode).isDirectory();
        assertThat(recent).isDirectory();
    }

    @Test
    void aNodeKnownOnlyByItsServerPidStillKeepsItsInstallation() throws Exception {
        EsHome home = new EsHome(dir);
        Path used = install(home, "es-used", NOW.minus(Duration.ofDays(2)));
        Path node = node(home, "server-only", used, deadPid());
        Files.writeString(node.resolve("node.pid"), ProcessHandle.current().pid() + "\n");

        assertThat(UnusedInstallations.remove(home, home.distributions().resolve("other"), GRACE, NOW)).isEmpty();
        assertThat(used).isDirectory();
    }

    private static Path install(EsHome home, String name, Instant lastUsed) throws IOException {
        Path d = Files.createDirectories(home.distributions().resolve(name).resolve("bin"));
        Path complete = Files.writeString(d.getParent().resolve(EsInstallation.COMPLETE), name);
        Files.setLastModifiedTime(complete, FileTime.from(lastUsed));
        return d.getParent();
    }

    private static Path node(EsHome home, String name, Path install, long launcherPid) throws IOException {
        Path d = Files.createDirectories(home.node(name));
        Files.writeString(d.resolve("node.properties"), "http.port=9200\nlauncher.pid=" + launcherPid
                + "\ninstall=" + install + "\n");
        return d;
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
