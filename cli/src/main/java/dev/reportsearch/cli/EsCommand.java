package dev.reportsearch.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "es", mixinStandardHelpOptions = true, description = "Manage the managed Elasticsearch (one node or a local cluster).",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand {
    /** The managed cluster's name: its nodes are default-1, default-2, … beside the single node "default". */
    static final String CLUSTER = ManagedElasticsearch.DEFAULT_NODE;

    @Command(name = "start", mixinStandardHelpOptions = true, description = {"Start it (or report the running one).",
            "With --nodes N > 1: a local cluster of N nodes on 127.0.0.1, HTTP on --es-port and up, transport on",
            "--es-port + 100 and up, each node with its own data and logs."})
    static final class Start implements Callable<Integer> {
        @Mixin
        EsOptions es;

        @Option(names = "--nodes", defaultValue = "1", description = "How many nodes (default: ${DEFAULT-VALUE}).")
        int nodes;

        @Override
        public Integer call() {
            EsHome home = EsHome.resolve();
            if (nodes < 1) {
                System.err.println("--nodes must be at least 1");
                return 2;
            }
            if (nodes == 1) {
                if (runningCluster(home).isPresent()) {
                    System.err.println("A managed cluster is running; stop it first: ./reportsearch es stop");
                    return 1;
                }
                ManagedNode node = ManagedElasticsearch.startSingle(home, ManagedElasticsearch.DEFAULT_NODE, es.port, es.heapMb, null);
                System.out.println("Elasticsearch is up at " + node.url() + " (data and logs in " + node.dir() + ")");
                return 0;
            }
            if (ManagedElasticsearch.find(home, ManagedElasticsearch.DEFAULT_NODE).isPresent()) {
                System.err.println("The single managed node is running on the ports a cluster needs; stop it first: ./reportsearch es stop");
                return 1;
            }
            System.err.println("Starting a cluster of " + nodes + " nodes (" + es.heapMb + " MB heap each; about 30-60 s)…");
            ManagedCluster cluster = ManagedCluster.start(home, CLUSTER, nodes, es.heapMb, null, es.port, es.port + 100);
            System.out.println("Elasticsearch cluster of " + nodes + " nodes is up: " + String.join(",", cluster.urls())
                    + " (" + cluster.health().map(HealthProbe.Health::status).orElse("?") + "; data and logs under "
                    + home.nodes() + ")");
            System.out.println("Use it from other tools with: --es " + String.join(",", cluster.urls()));
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop it (the single node and/or the cluster).")
    static final class Stop implements Callable<Integer> {
        @Override
        public Integer call() {
            EsHome home = EsHome.resolve();
            boolean any = false;
            var node = ManagedElasticsearch.find(home, ManagedElasticsearch.DEFAULT_NODE);
            if (node.isPresent()) {
                node.get().stop();
                System.out.println("Stopped Elasticsearch at " + node.get().url());
                any = true;
            }
            Optional<ManagedCluster> cluster = ManagedCluster.find(home, CLUSTER);
            if (cluster.isPresent()) {
                cluster.get().stop();
                System.out.println("Stopped the cluster of " + cluster.get().size() + " nodes at "
                        + String.join(",", cluster.get().urls()));
                any = true;
            }
            if (!any) {
                System.out.println("The managed Elasticsearch is not running.");
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Is it running, how healthy, which nodes.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            EsHome home = EsHome.resolve();
            Optional<ManagedCluster> cluster = ManagedCluster.find(home, CLUSTER);
            if (cluster.isPresent()) {
                return clusterStatus(cluster.get());
            }
            var node = ManagedElasticsearch.find(home, ManagedElasticsearch.DEFAULT_NODE);
            if (node.isEmpty()) {
                System.out.println("The managed Elasticsearch is not running. Start it with: ./reportsearch es start [--nodes 3]");
                return 3;
            }
            var health = HealthProbe.health(node.get().url());
            System.out.println("Elasticsearch at " + node.get().url() + ": "
                    + health.map(h -> h.status() + ", " + h.nodes() + " node(s)").orElse("not answering")
                    + "; pid " + node.get().serverPid().map(String::valueOf).orElse("?") + "; data in " + node.get().dir());
            return health.isPresent() ? 0 : 1;
        }

        private static int clusterStatus(ManagedCluster cluster) {
            var health = cluster.health();
            System.out.println("Elasticsearch cluster '" + cluster.name() + "' of " + cluster.size() + " managed nodes: "
                    + health.map(h -> h.status() + ", " + h.nodes() + " node(s) joined").orElse("not answering"));
            for (int i = 0; i < cluster.size(); i++) {
                int n = i;
                String state = cluster.node(i).map(m -> "running, pid " + m.serverPid().map(String::valueOf).orElse("?")
                        + (HealthProbe.health(m.url()).isPresent() ? ", answering" : ", not answering")).orElse("down");
                System.out.printf("  %-12s %s  %s%n", cluster.config(n).name(), cluster.url(n), state);
            }
            cluster.catNodes().ifPresent(t -> System.out.print(t.lines().map(l -> "  " + l + "\n").reduce("", String::concat)));
            System.out.println("Use it from other tools with: --es " + String.join(",", cluster.urls()));
            return health.isPresent() ? 0 : 1;
        }
    }

    /** The managed cluster, when all of it or part of it runs. */
    static Optional<ManagedCluster> runningCluster(EsHome home) {
        return ManagedCluster.find(home, CLUSTER)
                .filter(c -> java.util.stream.IntStream.range(0, c.size()).anyMatch(i -> c.node(i).isPresent()));
    }
}
