package dev.reportsearch.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.es.EsTrust;
import dev.reportsearch.es.EsHome;
import dev.reportsearch.es.EsInstallation;
import dev.reportsearch.es.ManagedElasticsearch;
import dev.reportsearch.es.ManagedNode;
import dev.reportsearch.es.NodeCertificates;
import dev.reportsearch.es.NodeConfig;
import dev.reportsearch.es.NodeSecurity;

/**
 * One node per test JVM run as users meet Elasticsearch 8: security on, HTTP over TLS with a CA made by
 * elasticsearch-certutil, a superuser, and the app's user holding the role docker-compose gives it
 * (deploy/setup/app-role.json). Stopped with the JVM.
 */
final class SecuredNode {
    static final String ADMIN = "rs-admin";
    static final String ADMIN_PASSWORD = "rs-admin-password";
    static final String APP = "reportsearch_app";
    static final String APP_PASSWORD = "rs-app-password";
    static final Path APP_ROLE = Path.of("..", "deploy", "setup", "app-role.json");

    private static SecuredNode instance;

    final ManagedNode node;
    final NodeSecurity security;

    private SecuredNode(ManagedNode node, NodeSecurity security) {
        this.node = node;
        this.security = security;
    }

    static synchronized SecuredNode get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SecuredNode start() {
        Fixtures.deleteLeftovers();
        try {
            EsHome home = EsHome.resolve();
            EsInstallation install = ManagedElasticsearch.install(home);
            long pid = ProcessHandle.current().pid();
            Path certs = NodeCertificates.generate(install, Files.createTempDirectory("reportsearch-certs-"));
            NodeSecurity security = new NodeSecurity(certs, ADMIN, ADMIN_PASSWORD)
                    .with(new NodeSecurity.RoleUser(APP, APP_PASSWORD, "reportsearch_app", Files.readString(APP_ROLE)));
            NodeConfig config = NodeConfig.single("test-" + pid + "-tls", ManagedNode.freePort(), Fixtures.HEAP_MB)
                    .ownedBy(pid).secured(security);
            ManagedNode node = ManagedNode.start(install, home, config, Duration.ofSeconds(240));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.stop();
                Fixtures.deleteTree(node.dir());
                Fixtures.deleteTree(certs);
            }, "stop-secured-node"));
            return new SecuredNode(node, security);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EsConnection connection(String user, String password, String apiKey, EsTrust trust) {
        return new EsConnection(List.of(node.url()), user, password, apiKey, trust);
    }

    EsConnection app() {
        return connection(APP, APP_PASSWORD, null, new EsTrust(security.caCert(), null));
    }

    EsConnection admin() {
        return connection(ADMIN, ADMIN_PASSWORD, null, new EsTrust(security.caCert(), null));
    }
}
