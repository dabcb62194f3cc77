package dev.reportsearch.cli;

import java.util.concurrent.Callable;

import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "es", mixinStandardHelpOptions = true, description = "Manage the managed Elasticsearch.",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand {

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start it (or report the running one).")
    static final class Start implements Callable<Integer> {
        @Mixin
        EsOptions es;

        @Override
        public Integer call() {
            EsHome home = EsHome.resolve();
            ManagedNode node = ManagedElasticsearch.startSingle(home, ManagedElasticsearch.DEFAULT_NODE, es.port, es.heapMb, null);
            System.out.println("Elasticsearch is up at " + node.url() + " (data and logs in " + node.dir() + ")");
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop it.")
    static final class Stop implements Callable<Integer> {
        @Override
        public Integer call() {
            var node = ManagedElasticsearch.find(EsHome.resolve(), ManagedElasticsearch.DEFAULT_NODE);
            if (node.isEmpty()) {
                System.out.println("The managed Elasticsearch is not running.");
                return 0;
            }
            node.get().stop();
            System.out.println("Stopped Elasticsearch at " + node.get().url());
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Is it running, and how healthy.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            var node = ManagedElasticsearch.find(EsHome.resolve(), ManagedElasticsearch.DEFAULT_NODE);
            if (node.isEmpty()) {
                System.out.println("The managed Elasticsearch is not running. Start it with: ./reportsearch es start");
                return 3;
            }
            var health = HealthProbe.health(node.get().url());
            System.out.println("Elasticsearch at " + node.get().url() + ": "
                    + health.map(h -> h.status() + ", " + h.nodes() + " node(s)").orElse("not answering")
                    + "; pid " + node.get().serverPid().map(String::valueOf).orElse("?") + "; data in " + node.get().dir());
            return health.isPresent() ? 0 : 1;
        }
    }
}
