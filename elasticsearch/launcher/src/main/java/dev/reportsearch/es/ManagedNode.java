package dev.reportsearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch node run by us: its config, data and logs live under the home's nodes/NAME, its
 * state (pid, port) in nodes/NAME/node.properties so that another process of ours can find, reuse or
 * stop it.
 */
public final class ManagedNode {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedNode.class);
    private static final long MIN_FREE_DISK = 512L * 1024 * 1024;

    private final Path dir;
    private final String url;
    private final int httpPort;
    private final NodeSecurity security;

    private ManagedNode(Path dir, int httpPort, NodeSecurity security) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.security = security;
        this.url = (security == null ? "http" : "https") + "://127.0.0.1:" + httpPort;
    }

    public String url() {
        return url;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path dir() {
        return dir;
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    /** The server JVM's pid, from the pid file Elasticsearch writes once it runs. */
    public Optional<Long> serverPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(dir.resolve("node.pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isRunning() {
        return serverPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The node recorded under this home and name, if its process still runs. */
    public static Optional<ManagedNode> find(EsHome home, String name) {
        Path dir = home.node(name);
        Properties state = readState(dir);
        if (state == null) {
            return Optional.empty();
        }
        ManagedNode node = new ManagedNode(dir, Integer.parseInt(state.getProperty("http.port")), null);
        return node.isRunning() ? Optional.of(node) : Optional.empty();
    }

    /**
     * Starts the node, or returns the one already running under that name, and waits until it serves
     * requests. Throws {@link EsStartException} with the reason and the log's tail when it cannot.
     */
    public static ManagedNode start(EsInstallation install, EsHome home, NodeConfig config, Duration timeout) {
        Optional<ManagedNode> running = find(home, config.name());
        if (running.isPresent() && HealthProbe.health(running.get().url()).isPresent()) {
            LOG.info("Reusing Elasticsearch node '{}' at {}", config.name(), running.get().url());
            return running.get();
        }
        Launched launched = launch(install, home, config);
        launched.node().awaitReady(launched.process(), timeout, config.singleNode() ? 1 : 0);
        return launched.node();
    }

    /** A node whose process was started but that may not answer yet (cluster nodes start together). */
    record Launched(ManagedNode node, Process process) {
        /** Waits until the node's HTTP layer answers health, whatever the cluster's state. */
        void awaitAnswering(Duration timeout) {
            node.awaitReady(process, timeout, 0);
        }
    }

    /** Prepares the node's directory and starts its process without waiting for it. */
    static Launched launch(EsInstallation install, EsHome home, NodeConfig config) {
        ManagedNode node = new ManagedNode(home.node(config.name()), config.httpPort(), config.security());
        node.prepare(install, config);
        return new Launched(node, node.launch(install, config));
    }

    /**
     * Kills the server JVM with SIGKILL, as a crash or the OOM killer would: no shutdown, no flush.
     * Waits until the process is gone. The watchdog shell (if any) exits by itself.
     */
    public void kill() {
        Optional<ProcessHandle> server = serverPid().flatMap(ProcessHandle::of);
        if (server.isEmpty()) {
            return;
        }
        server.get().destroyForcibly();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.get().isAlive() && System.nanoTime() < deadline) {
            sleep(50);
        }
        if (server.get().isAlive()) {
            throw new EsStartException("Elasticsearch (pid " + server.get().pid() + ") survived SIGKILL for 30 s");
        }
    }

    private void prepare(EsInstallation install, NodeConfig config) {
        checkPortFree(config.httpPort(), "HTTP");
        if (config.transportPort() > 0) {
            checkPortFree(config.transportPort(), "transport");
        }
        try {
            Files.createDirectories(dir);
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < MIN_FREE_DISK) {
                throw new EsStartException("Only " + (free >> 20) + " MB free on the disk of " + dir
                        + "; Elasticsearch needs at least " + (MIN_FREE_DISK >> 20) + " MB. Free some space or set REPORTSEARCH_HOME elsewhere.");
            }
            Path config_ = dir.resolve("config");
            EsInstallation.deleteTree(config_);
            copyTree(install.config(), config_);
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(logs());
            Files.writeString(config_.resolve("elasticsearch.yml"), config.elasticsearchYml(dir.resolve("data"), logs()));
            if (config.security() != null) {
                secure(install, config.security(), config_);
            }
            Files.deleteIfExists(dir.resolve("node.pid"));
            RunAs.ensureSystemUser();
            RunAs.chown(dir);
        } catch (IOException e) {
            throw new EsStartException("Cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Puts the certificates into the node's config and its superuser into the file realm, before start. */
    private void secure(EsInstallation install, NodeSecurity security, Path config) throws IOException {
        Path certs = Files.createDirectories(config.resolve("certs"));
        for (String file : List.of(NodeSecurity.CA, NodeSecurity.CERT, NodeSecurity.KEY)) {
            Files.copy(security.certs().resolve(file), certs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        install.runTool("elasticsearch-users", List.of("useradd", security.user(), "-p", security.password(), "-r", "superuser"),
                config, logs().resolve("users.log"));
        if (!security.users().isEmpty()) {
            Files.writeString(config.resolve("roles.yml"), "\n" + security.rolesYml(), StandardOpenOption.APPEND);
        }
        for (NodeSecurity.RoleUser u : security.users()) {
            install.runTool("elasticsearch-users", List.of("useradd", u.name(), "-p", u.password(), "-r", u.role()),
                    config, logs().resolve("users.log"));
        }
    }

    private Process launch(EsInstallation install, NodeConfig config) {
        List<String> es = RunAs.wrap(List.of(install.bin("elasticsearch").toString(), "-p", dir.resolve("node.pid").toString()));
        List<String> cmd = new ArrayList<>();
        if (config.ownerPid() != null) {
            // A watchdog shell: when the owning JVM dies (even by kill -9), the node goes with it.
            cmd.addAll(List.of("bash", "-c", "owner=$1; shift; \"$@\" & es=$!; "
                    + "trap 'kill $es 2>/dev/null; wait $es; exit 0' TERM INT; "
                    + "while kill -0 \"$owner\" 2>/dev/null && kill -0 \"$es\" 2>/dev/null; do sleep 1; done; "
                    + "kill $es 2>/dev/null; wait $es", "watchdog", String.valueOf(config.ownerPid())));
        }
        cmd.addAll(es);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("ES_JAVA_HOME", EsInstallation.javaHome());
        pb.environment().put("ES_PATH_CONF", dir.resolve("config").toString());
        pb.environment().put("ES_JAVA_OPTS", "-Xms" + config.heapMb() + "m -Xmx" + config.heapMb() + "m");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve("console.log").toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            LOG.info("Starting Elasticsearch node '{}' on {} (logs: {})", config.name(), config.url(), logs());
            Process p = pb.start();
            Properties state = new Properties();
            state.setProperty("http.port", String.valueOf(config.httpPort()));
            state.setProperty("transport.port", String.valueOf(config.transportPort()));
            state.setProperty("launcher.pid", String.valueOf(p.pid()));
            state.setProperty("install", install.home().toString());
            try (OutputStream out = Files.newOutputStream(dir.resolve("node.properties"))) {
                state.store(out, "reportsearch managed Elasticsearch node");
            }
            return p;
        } catch (IOException e) {
            throw new EsStartException("Could not run " + install.bin("elasticsearch") + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Process process, Duration timeout, int minNodes) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<HealthProbe.Health> health = HealthProbe.health(url, security);
            if (health.isPresent() && (minNodes == 0 || health.get().usable())) {
                LOG.info("Elasticsearch is up at {} ({})", url, health.get().status());
                return;
            }
            if (!process.isAlive()) {
                throw new EsStartException("Elasticsearch exited during start (exit " + process.exitValue() + "). "
                        + diagnose() + "\n--- last lines of " + logs() + " ---\n" + logTail(40));
            }
            sleep(500);
        }
        boolean stillStarting = process.isAlive();
        stop();
        throw new EsStartException("Elasticsearch did not answer on " + url + " within " + timeout.toSeconds()
                + " s. " + (stillStarting ? "It was still starting: the machine may be too busy (load average "
                + loadAverage() + "). " : "") + diagnose() + "\n--- last lines of " + logs() + " ---\n" + logTail(40));
    }

    /** Stops the node and waits for it to exit: a polite TERM, then KILL after 30 s. */
    public void stop() {
        Properties state = readState(dir);
        List<ProcessHandle> handles = new ArrayList<>();
        serverPid().flatMap(ProcessHandle::of).ifPresent(handles::add);
        if (state != null && state.getProperty("launcher.pid") != null) {
            ProcessHandle.of(Long.parseLong(state.getProperty("launcher.pid"))).ifPresent(launcher -> {
                launcher.descendants().forEach(handles::add);
                handles.add(launcher);
            });
        }
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle h : handles) {
            while (h.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(dir.resolve("node.properties"));
        } catch (IOException ignored) {
            // a stale state file is detected by its dead pid
        }
    }

    /** The last lines of the node's log files, for error messages. */
    public String logTail(int lines) {
        List<String> all = new ArrayList<>();
        Path main = logs().resolve(readClusterName() + ".log");
        for (Path log : List.of(logs().resolve("console.log"), main)) {
            try (Stream<String> s = Files.lines(log)) {
                all.addAll(s.toList());
            } catch (Exception ignored) {
                // a missing log is not worth a second error
            }
        }
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String diagnose() {
        // The JVM arguments line names OutOfMemoryError (-XX:+ExitOnOutOfMemoryError): not evidence of anything.
        String tail = String.join("\n", logTail(400).lines().filter(l -> !l.contains("JVM arguments")).toList());
        if (tail.contains("Address already in use") || tail.contains("BindException")) {
            return "A port it needs is taken; choose another with --es-port or stop the other program.";
        }
        if (tail.contains("No space left")) {
            return "The disk is full; free some space or set REPORTSEARCH_HOME to another disk.";
        }
        if (tail.contains("can not run elasticsearch as root")) {
            return "It was started as root; run as a normal user or let reportsearch create its system user.";
        }
        if (tail.contains("OutOfMemoryError") || tail.contains("Could not reserve enough space")) {
            return "Not enough memory for its heap; lower it with --es-heap.";
        }
        if (tail.contains("Permission denied") || tail.contains("AccessDeniedException")) {
            return "It cannot write under " + dir + "; check ownership or set REPORTSEARCH_HOME.";
        }
        return "See the log below.";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String readClusterName() {
        try {
            for (String line : Files.readAllLines(dir.resolve("config/elasticsearch.yml"))) {
                if (line.startsWith("cluster.name:")) {
                    return line.substring("cluster.name:".length()).trim();
                }
            }
        } catch (IOException ignored) {
            // fall through to the default
        }
        return "reportsearch";
    }

    private static void checkPortFree(int port, String what) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new EsStartException("The " + what + " port " + port + " on 127.0.0.1 is already in use. "
                    + "Stop the program using it, or choose another port (--es-port).");
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new EsStartException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    private static Properties readState(Path dir) {
        Path file = dir.resolve("node.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return p.getProperty("http.port") == null ? null : p;
        } catch (IOException e) {
            return null;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path src : (Iterable<Path>) walk::iterator) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst);
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsStartException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
