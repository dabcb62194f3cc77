package dev.reportsearch.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as a system user of its own,
 * created on first use; otherwise as whoever runs us.
 */
final class RunAs {
    static final String SYSTEM_USER = "reportsearch";

    private RunAs() {
    }

    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException ignored) {
            // not Linux: never root for our purposes
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /** Creates the system user if missing. Only meaningful as root. */
    static void ensureSystemUser() {
        if (!isRoot() || run(List.of("id", "-u", SYSTEM_USER)) == 0) {
            return;
        }
        int rc = run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_USER));
        if (rc != 0 && run(List.of("id", "-u", SYSTEM_USER)) != 0) {
            throw new EsStartException("Could not create the system user '" + SYSTEM_USER
                    + "' that Elasticsearch runs as (useradd exit " + rc + "). Create it by hand: useradd --system "
                    + SYSTEM_USER);
        }
    }

    /** Gives the tree to the Elasticsearch user, when we are root. */
    static void chown(Path dir) {
        if (isRoot()) {
            int rc = run(List.of("chown", "-R", SYSTEM_USER + ":" + SYSTEM_USER, dir.toString()));
            if (rc != 0) {
                throw new EsStartException("chown of " + dir + " to " + SYSTEM_USER + " failed (exit " + rc + ")");
            }
        }
    }

    /** The command, prefixed so that it runs as the Elasticsearch user when we are root. */
    static List<String> wrap(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + SYSTEM_USER, "--regid=" + SYSTEM_USER,
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
