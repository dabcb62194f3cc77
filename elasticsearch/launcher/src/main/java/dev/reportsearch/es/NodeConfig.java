package dev.reportsearch.es;

import java.util.List;

/**
 * How one managed node is run.
 *
 * @param name          directory name under the home's nodes/ (also the node's name)
 * @param clusterName   the cluster it joins
 * @param httpPort      its REST port on 127.0.0.1
 * @param transportPort its transport port on 127.0.0.1 (cluster traffic)
 * @param heapMb        JVM heap in MB, both -Xms and -Xmx
 * @param seedHosts     transport addresses of the other nodes; empty for a single node
 * @param initialMasters node names that bootstrap a new cluster; empty for a single node
 * @param ownerPid      when set, the node stops by itself once that process is gone (tests)
 * @param security      security and HTTP TLS on, as Elasticsearch 8 runs by default; null: off (loopback only)
 */
public record NodeConfig(String name, String clusterName, int httpPort, int transportPort, int heapMb,
                         List<String> seedHosts, List<String> initialMasters, Long ownerPid, NodeSecurity security) {
    public NodeConfig {
        seedHosts = List.copyOf(seedHosts);
        initialMasters = List.copyOf(initialMasters);
    }

    public static NodeConfig single(String name, int httpPort, int heapMb) {
        return new NodeConfig(name, "reportsearch", httpPort, 0, heapMb, List.of(), List.of(), null, null);
    }

    public NodeConfig ownedBy(long pid) {
        return new NodeConfig(name, clusterName, httpPort, transportPort, heapMb, seedHosts, initialMasters, pid, security);
    }

    public NodeConfig secured(NodeSecurity with) {
        return new NodeConfig(name, clusterName, httpPort, transportPort, heapMb, seedHosts, initialMasters, ownerPid, with);
    }

    public boolean singleNode() {
        return initialMasters.isEmpty() && seedHosts.isEmpty();
    }

    public String url() {
        return (security == null ? "http" : "https") + "://127.0.0.1:" + httpPort;
    }

    /** The elasticsearch.yml for this node: loopback only, security off unless asked for, no disk watermarks. */
    String elasticsearchYml(java.nio.file.Path data, java.nio.file.Path logs) {
        StringBuilder y = new StringBuilder();
        y.append("# Written by reportsearch on every start; edits are overwritten.\n");
        y.append("cluster.name: ").append(clusterName).append('\n');
        y.append("node.name: ").append(name).append('\n');
        y.append("path.data: ").append(data).append('\n');
        y.append("path.logs: ").append(logs).append('\n');
        y.append("network.host: 127.0.0.1\n");
        y.append("http.port: ").append(httpPort).append('\n');
        if (transportPort > 0) {
            y.append("transport.port: ").append(transportPort).append('\n');
        }
        if (singleNode()) {
            y.append("discovery.type: single-node\n");
        } else {
            y.append("discovery.seed_hosts: [").append(String.join(", ", seedHosts)).append("]\n");
            y.append("cluster.initial_master_nodes: [").append(String.join(", ", initialMasters)).append("]\n");
        }
        // Security stays off by default only because the node listens on loopback alone.
        y.append(security == null ? "xpack.security.enabled: false\n" : security.yml());
        // Disks here are sometimes nearly full; watermarks would turn indices read-only mid-test.
        y.append("cluster.routing.allocation.disk.threshold_enabled: false\n");
        y.append("action.destructive_requires_name: true\n");
        return y.toString();
    }
}
