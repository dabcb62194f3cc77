package dev.reportsearch.cli;

import java.util.Optional;

import dev.reportsearch.core.es.EsAccess;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;

/**
 * The cluster a command talks to: the one named by --es / REPORTSEARCH_ES, or our managed node,
 * started when needed.
 *
 * @param connection how to reach it
 * @param started    the managed node this process started (to stop on exit), or null
 */
record EsTarget(EsConnection connection, ManagedNode started) {

    static EsTarget resolve(EsOptions options) {
        EsConnection external = options.urls != null
                ? EsConnection.of(options.urls)
                : EsConnection.fromEnvironment(System.getenv());
        if (external != null) {
            EsConnection connection = external.withCredentials(options.user, options.password, options.apiKey)
                    .withTrust(options.caCert, options.caFingerprint);
            // A wrong password, key or CA is said now, in one line, rather than as 503s or a stack trace later.
            EsAccess.check(connection);
            return new EsTarget(connection, null);
        }
        EsHome home = EsHome.resolve();
        Optional<ManagedCluster> cluster = EsCommand.runningCluster(home);
        if (cluster.isPresent()) {
            // All node URLs: the client fails over to the others when one is down.
            return new EsTarget(new EsConnection(cluster.get().urls(), null, null, null), null);
        }
        Optional<ManagedNode> running = ManagedElasticsearch.find(home, ManagedElasticsearch.DEFAULT_NODE)
                .filter(n -> HealthProbe.health(n.url()).isPresent());
        if (running.isPresent()) {
            return new EsTarget(EsConnection.of(running.get().url()), null);
        }
        System.err.println("Starting the managed Elasticsearch (first start installs it; about 15-30 s)…");
        ManagedNode node = ManagedElasticsearch.startSingle(home, ManagedElasticsearch.DEFAULT_NODE, options.port, options.heapMb, null);
        return new EsTarget(EsConnection.of(node.url()), node);
    }

    boolean managed() {
        return started != null;
    }
}
