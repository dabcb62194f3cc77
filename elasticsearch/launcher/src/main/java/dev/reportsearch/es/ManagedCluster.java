package dev.reportsearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local cluster of managed nodes on loopback: node NAME-1 … NAME-n, each with its own HTTP and
 * transport port, data and logs under the home's nodes/NAME-i, finding each other through the
 * transport ports (seed_hosts) and bootstrapping from their names (initial_master_nodes).
 *
 * <p>The cluster's layout is kept in nodes/NAME.cluster.properties so that another process (the
 * CLI's {@code es status} and {@code es stop}) can find it. With one node it is a plain single node.
 */
public final class ManagedCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedCluster.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final EsHome home;
    private final String name;
    private final List<NodeConfig> configs;
    private final ManagedNode[] nodes;

    private ManagedCluster(EsHome home, String name, List<NodeConfig> configs, ManagedNode[] nodes) {
        this.home = home;
        this.name = name;
        this.configs = List.copyOf(configs);
        this.nodes = nodes;
    }

    /** Starts a cluster on free ports and waits until all its nodes have joined. */
    public static ManagedCluster start(EsHome home, String name, int size, int heapMb, Long ownerPid) {
        return start(home, name, size, heapMb, ownerPid, 0, 0);
    }

    /**
     * Starts (or reuses, when all its nodes run) the cluster and waits until all nodes have joined.
     *
     * @param httpBase      HTTP port of the first node, the next nodes count up; 0: free ports
     * @param transportBase transport port of the first node, likewise; 0: free ports
     */
    public static ManagedCluster start(EsHome home, String name, int size, int heapMb, Long ownerPid,
                                       int httpBase, int transportBase) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node");
        }
        Optional<ManagedCluster> running = find(home, name);
        if (running.isPresent() && running.get().size() == size && running.get().allRunning()) {
            LOG.info("Reusing the cluster '{}' of {} nodes", name, size);
            running.get().awaitNodes(size, START_TIMEOUT);
            return running.get();
        }
        running.ifPresent(ManagedCluster::stop);
        EsInstallation install = ManagedElasticsearch.install(home);
        List<NodeConfig> configs = configs(name, size, heapMb, ownerPid, httpBase, transportBase);
        ManagedCluster cluster = new ManagedCluster(home, name, configs, new ManagedNode[size]);
        cluster.writeState();
        List<ManagedNode.Launched> launched = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                ManagedNode.Launched l = ManagedNode.launch(install, home, configs.get(i));
                launched.add(l);
                cluster.nodes[i] = l.node();
            }
            // All nodes must run before any of them can elect a master: wait for them together.
            for (ManagedNode.Launched l : launched) {
                l.awaitAnswering(START_TIMEOUT);
            }
            cluster.awaitNodes(size, START_TIMEOUT);
        } catch (RuntimeException e) {
            cluster.stop();
            throw e;
        }
        LOG.info("Cluster '{}' is up: {}", name, String.join(",", cluster.urls()));
        return cluster;
    }

    /** The cluster of that name recorded under this home, whether or not its nodes run. */
    public static Optional<ManagedCluster> find(EsHome home, String name) {
        Path file = stateFile(home, name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            int size = Integer.parseInt(p.getProperty("size"));
            int heap = Integer.parseInt(p.getProperty("heap.mb"));
            String owner = p.getProperty("owner.pid");
            Long ownerPid = owner == null || owner.isBlank() ? null : Long.parseLong(owner);
            int[] http = new int[size];
            int[] transport = new int[size];
            for (int i = 0; i < size; i++) {
                http[i] = Integer.parseInt(p.getProperty("node." + i + ".http"));
                transport[i] = Integer.parseInt(p.getProperty("node." + i + ".transport"));
            }
            List<NodeConfig> configs = configs(name, size, heap, ownerPid, http, transport);
            ManagedNode[] nodes = new ManagedNode[size];
            for (int i = 0; i < size; i++) {
                nodes[i] = ManagedNode.find(home, configs.get(i).name()).orElse(null);
            }
            return Optional.of(new ManagedCluster(home, name, configs, nodes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return configs.size();
    }

    /** The HTTP URLs of all nodes, in node order (also of nodes that are down). */
    public List<String> urls() {
        return configs.stream().map(NodeConfig::url).toList();
    }

    public String url(int node) {
        return configs.get(node).url();
    }

    public NodeConfig config(int node) {
        return configs.get(node);
    }

    /** The running node at that position, if it runs. */
    public Optional<ManagedNode> node(int node) {
        ManagedNode n = nodes[node];
        if (n == null || !n.isRunning()) {
            n = ManagedNode.find(home, configs.get(node).name()).orElse(null);
            nodes[node] = n;
        }
        return Optional.ofNullable(n).filter(ManagedNode::isRunning);
    }

    public boolean allRunning() {
        return IntStream.range(0, size()).allMatch(i -> node(i).isPresent());
    }

    /** Health as seen by the first node that answers. */
    public Optional<HealthProbe.Health> health() {
        for (String url : urls()) {
            Optional<HealthProbe.Health> h = HealthProbe.health(url);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** {@code _cat/nodes} as a table, from the first node that answers. */
    public Optional<String> catNodes() {
        for (String url : urls()) {
            Optional<String> t = HealthProbe.get(url, "/_cat/nodes?v&h=name,ip,http_address,node.role,master,heap.percent,cpu");
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Waits until the cluster has that status (green, yellow) with all its nodes; false on timeout. */
    public boolean awaitStatus(String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<HealthProbe.Health> h = health();
            if (h.isPresent() && h.get().nodes() == size() && rank(h.get().status()) >= rank(status)) {
                return true;
            }
            sleep(250);
        }
        return false;
    }

    /** SIGKILL of one node's server JVM (a crash): no goodbye to the cluster. */
    public void kill(int node) {
        node(node).ifPresent(ManagedNode::kill);
    }

    /** A polite stop of one node. */
    public void stop(int node) {
        node(node).ifPresent(ManagedNode::stop);
    }

    /** Starts that node again (with its data) and waits until it has rejoined the cluster. */
    public ManagedNode restart(int node) {
        Optional<ManagedNode> running = node(node);
        if (running.isPresent()) {
            return running.get();
        }
        EsInstallation install = ManagedElasticsearch.install(home);
        ManagedNode.Launched l = ManagedNode.launch(install, home, configs.get(node));
        nodes[node] = l.node();
        l.awaitAnswering(START_TIMEOUT);
        awaitNodes(size(), START_TIMEOUT);
        return l.node();
    }

    /** Stops every node (in parallel) and forgets the cluster's layout; data stays on disk. */
    public void stop() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            int n = i;
            stops.add(CompletableFuture.runAsync(() -> node(n).ifPresent(ManagedNode::stop)));
        }
        stops.forEach(CompletableFuture::join);
        try {
            Files.deleteIfExists(stateFile(home, name));
        } catch (IOException ignored) {
            // a stale layout file only makes find() report nodes that are down
        }
    }

    /** Stops the cluster and deletes its nodes' directories (tests). */
    public void destroy() {
        stop();
        for (NodeConfig c : configs) {
            EsInstallation.deleteTree(home.node(c.name()));
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitNodes(int size, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<HealthProbe.Health> h = health();
            if (h.isPresent() && h.get().nodes() >= size) {
                return;
            }
            sleep(250);
        }
        throw new EsStartException("The cluster '" + name + "' did not gather its " + size + " nodes within "
                + timeout.toSeconds() + " s (health: " + health().map(Object::toString).orElse("no answer")
                + "). Logs are under " + home.nodes());
    }

    private static int rank(String status) {
        return switch (status) {
            case "green" -> 2;
            case "yellow" -> 1;
            default -> 0;
        };
    }

    private static List<NodeConfig> configs(String name, int size, int heapMb, Long ownerPid, int httpBase, int transportBase) {
        int[] http = new int[size];
        int[] transport = new int[size];
        for (int i = 0; i < size; i++) {
            http[i] = httpBase > 0 ? httpBase + i : ManagedNode.freePort();
            transport[i] = transportBase > 0 ? transportBase + i : ManagedNode.freePort();
        }
        return configs(name, size, heapMb, ownerPid, http, transport);
    }

    private static List<NodeConfig> configs(String name, int size, int heapMb, Long ownerPid, int[] http, int[] transport) {
        List<String> names = IntStream.range(0, size).mapToObj(i -> nodeName(name, i)).toList();
        List<String> seeds = IntStream.range(0, size).mapToObj(i -> "127.0.0.1:" + transport[i]).toList();
        List<NodeConfig> configs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            configs.add(new NodeConfig(names.get(i), "reportsearch-" + name, http[i], transport[i], heapMb,
                    size == 1 ? List.of() : seeds, size == 1 ? List.of() : names, ownerPid, null));
        }
        return configs;
    }

    public static String nodeName(String cluster, int node) {
        return cluster + "-" + (node + 1);
    }

    private void writeState() {
        Properties p = new Properties();
        p.setProperty("size", String.valueOf(size()));
        p.setProperty("heap.mb", String.valueOf(configs.get(0).heapMb()));
        p.setProperty("owner.pid", configs.get(0).ownerPid() == null ? "" : String.valueOf(configs.get(0).ownerPid()));
        for (int i = 0; i < size(); i++) {
            p.setProperty("node." + i + ".http", String.valueOf(configs.get(i).httpPort()));
            p.setProperty("node." + i + ".transport", String.valueOf(configs.get(i).transportPort()));
        }
        Path file = stateFile(home, name);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "reportsearch managed cluster");
            }
        } catch (IOException e) {
            throw new EsStartException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path stateFile(EsHome home, String name) {
        return home.nodes().resolve(name + ".cluster.properties");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsStartException("interrupted while waiting for the cluster", e);
        }
    }
}
