package dev.reportsearch.indexer.load;

/**
 * Shards and replicas of a new index: one shard and no replica on a single node (else health stays
 * yellow); more shards with one replica on a cluster, so a lost node loses nothing.
 */
public record IndexLayout(int shards, int replicas) {
    public static IndexLayout forNodes(int nodes) {
        return nodes <= 1 ? new IndexLayout(1, 0) : new IndexLayout(Math.min(nodes, 3), 1);
    }
}
