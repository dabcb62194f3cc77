package dev.reportsearch.es;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The front door of this module: where the distribution and plugin are, and one call to have a
 * running single node.
 *
 * <p>The distribution zip and plugin zip are found through system properties
 * {@code reportsearch.es.dist} and {@code reportsearch.smartcn.plugin} (set by the launcher script
 * and by the build for tests).
 */
public final class ManagedElasticsearch {
    public static final String DEFAULT_NODE = "default";

    private ManagedElasticsearch() {
    }

    public static EsInstallation install(EsHome home) {
        return EsInstallation.ensure(home, pathProperty("reportsearch.es.dist"), pathProperty("reportsearch.smartcn.plugin"));
    }

    /** Starts (or reuses) the single node of that name on that port. */
    public static ManagedNode startSingle(EsHome home, String name, int httpPort, int heapMb, Long ownerPid) {
        NodeConfig config = NodeConfig.single(name, httpPort, heapMb);
        if (ownerPid != null) {
            config = config.ownedBy(ownerPid);
        }
        return ManagedNode.start(install(home), home, config, Duration.ofSeconds(120));
    }

    public static Optional<ManagedNode> find(EsHome home, String name) {
        return ManagedNode.find(home, name);
    }

    private static Path pathProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new EsStartException("System property " + name + " is not set: run through ./reportsearch or the Maven build.");
        }
        return Path.of(value);
    }
}
