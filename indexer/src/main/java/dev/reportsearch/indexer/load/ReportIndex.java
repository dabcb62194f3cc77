package dev.reportsearch.indexer.load;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;

import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.index.IndexGeneration;

/**
 * The index behind our alias, a generation of two concrete indices ({@link IndexGeneration}): creating a fresh one,
 * pointing the alias at it in one atomic step, and the few document operations that are not bulk loads.
 */
public final class ReportIndex {
    private final ElasticsearchClient client;
    private final IndexDefinition definition;
    private final IndexLayout layout;

    public ReportIndex(ElasticsearchClient client, IndexDefinition definition, IndexLayout layout) {
        this.client = client;
        this.definition = definition;
        this.layout = layout;
    }

    public String alias() {
        return definition.alias();
    }

    /** Creates a new, empty generation of indices (not yet behind the alias) and returns it. */
    public IndexGeneration createIndex() throws IOException {
        IndexGeneration generation = definition.newGeneration();
        String body = definition.body(layout.shards(), layout.replicas());
        try {
            for (String name : generation.indices()) {
                client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
            }
            client.cluster().health(h -> h.index(generation.indices()).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
                    .timeout(t -> t.time("30s")));
        } catch (IOException e) {
            throw unreachable("create the indices " + String.join(", ", generation.indices()) + "; nothing was indexed and the alias '"
                    + alias() + "' was not touched", e);
        }
        return generation;
    }

    /**
     * A new index for a full rebuild. Nobody searches it before the alias moves, so it skips the
     * periodic refreshes while loading ({@link #restoreRefreshInterval} turns them back on).
     */
    public IndexGeneration createIndexForRebuild() throws IOException {
        IndexGeneration generation = createIndex();
        setRefreshInterval(generation, "-1");
        return generation;
    }

    /** Back to the definition's refresh interval, before an index built aside goes live. */
    public void restoreRefreshInterval(IndexGeneration generation) throws IOException {
        setRefreshInterval(generation, IndexDefinition.REFRESH_INTERVAL);
    }

    private void setRefreshInterval(IndexGeneration generation, String interval) throws IOException {
        try {
            client.indices().putSettings(p -> p.index(generation.indices()).settings(s -> s.refreshInterval(t -> t.time(interval))));
        } catch (IOException e) {
            throw unreachable("set the refresh interval of " + generation, e);
        }
    }

    /** An IOException saying which step failed because Elasticsearch did not answer, with the cause. */
    static IOException unreachable(String step, IOException cause) {
        return new IOException("Elasticsearch did not answer, so we could not " + step + " (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "). Check that it runs (./reportsearch es status) and index again.", cause);
    }

    /**
     * The generation behind the alias when an older version of report-search built it: searches still read it, but
     * nothing can be added to it ({@link #ensureWritable}) and what changed since is missing until a rebuild.
     */
    public Optional<IndexGeneration> olderGeneration() throws IOException {
        return aliasTarget().filter(g -> !definition.isCurrent(g.name()));
    }

    /** The generation the alias points at, if any (the newest, should it point at several). */
    public Optional<IndexGeneration> aliasTarget() throws IOException {
        return aliasedIndices().stream().map(IndexGeneration::of).max(Comparator.comparing(IndexGeneration::name));
    }

    /** Every concrete index behind the alias, sorted by name; empty when the alias does not exist. */
    private List<String> aliasedIndices() throws IOException {
        try {
            GetAliasResponse res = client.indices().getAlias(a -> a.name(definition.alias()));
            return res.result().keySet().stream().sorted().toList();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * The index to add reports to: the alias's, or a new one put behind the alias. An index an older version
     * made is refused (its strict mapping would reject every new document one by one): it must be rebuilt.
     */
    public IndexGeneration ensureWritable() throws IOException {
        Optional<IndexGeneration> current = aliasTarget();
        if (current.isPresent()) {
            if (!definition.isCurrent(current.get().name())) {
                throw new IOException("the index " + current.get() + " was built by an older version of report-search"
                        + " (this one writes index version " + IndexDefinition.VERSION + "); rebuild it with"
                        + " `reportsearch index --rebuild` over all your reports, searches keep using it until the rebuild is done");
            }
            return current.get();
        }
        IndexGeneration created = createIndex();
        pointAliasAt(created);
        return created;
    }

    /** Moves the alias onto {@code generation} in one request: searches see the old indices, then the new. */
    public void pointAliasAt(IndexGeneration generation) throws IOException {
        List<String> previous = aliasedIndices();
        try {
            updateAliases(generation, previous);
        } catch (IOException e) {
            throw unreachable("point the alias '" + alias() + "' at " + generation + "; it still points at "
                    + (previous.isEmpty() ? "nothing" : String.join(",", previous)), e);
        }
    }

    // No write index: documents are written to their concrete index by kind (IndexGeneration.indexOf), never
    // through the alias, which Elasticsearch allows over two indices only with one of them chosen for writes.
    private void updateAliases(IndexGeneration generation, List<String> previous) throws IOException {
        client.indices().updateAliases(u -> {
            for (String old : previous.stream().filter(i -> !generation.indices().contains(i)).toList()) {
                u.actions(a -> a.remove(r -> r.index(old).alias(definition.alias())));
            }
            for (String index : generation.indices()) {
                u.actions(a -> a.add(ad -> ad.index(index).alias(definition.alias())));
            }
            return u;
        });
    }

    /** Deletes our concrete indices outside {@code keep} that no alias points at any more. */
    public List<String> deleteStaleIndices(IndexGeneration keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        var indices = client.indices().get(g -> g.index(definition.indexPattern()).ignoreUnavailable(true).allowNoIndices(true));
        for (var entry : indices.result().entrySet()) {
            String name = entry.getKey();
            boolean aliased = entry.getValue().aliases() != null && !entry.getValue().aliases().isEmpty();
            if (!keep.indices().contains(name) && !aliased) {
                client.indices().delete(d -> d.index(name));
                deleted.add(name);
            }
        }
        return deleted;
    }

    public void refresh(IndexGeneration generation) throws IOException {
        try {
            client.indices().refresh(r -> r.index(generation.indices()));
        } catch (IOException e) {
            throw unreachable("refresh the indices of " + generation + " after loading them; the alias '" + alias() + "' was not moved", e);
        }
    }

    /** Refreshes when Elasticsearch answers; false when it does not (a load that already failed). */
    public boolean refreshQuietly(IndexGeneration generation) {
        try {
            client.indices().refresh(r -> r.index(generation.indices()));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes documents of reports read from {@code file} other than {@code keepReportId} (an edited file). */
    public int deleteOtherVersionsOfFile(IndexGeneration generation, String file, String keepReportId) throws IOException {
        return deleteWhere(generation, "source.file", file, keepReportId);
    }

    /** Deletes every document of a report; returns how many. */
    public int deleteReport(IndexGeneration generation, String reportId) throws IOException {
        return deleteWhere(generation, "reportId", reportId, null);
    }

    /** Deletes a generation's indices (a rebuild that failed), if Elasticsearch answers. */
    public void deleteQuietly(IndexGeneration generation) {
        try {
            client.indices().delete(d -> d.index(generation.indices()).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            // Elasticsearch may be the reason we are here; a leftover unaliased index is cleaned by the next rebuild.
        }
    }

    // delete_by_query lives in the reindex module, absent from the minimal distribution: find, then delete.
    private int deleteWhere(IndexGeneration generation, String field, String value, String exceptReportId) throws IOException {
        int deleted = 0;
        while (true) {
            // An older version's index has no achievements' index beside it: ignored, not an error.
            SearchResponse<Void> res = client.search(s -> s.index(generation.indices()).ignoreUnavailable(true).size(1000).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field(field).value(value)));
                        if (exceptReportId != null) {
                            b.mustNot(m -> m.term(t -> t.field("reportId").value(exceptReportId)));
                        }
                        return b;
                    })), Void.class);
            List<Hit<Void>> hits = res.hits().hits();
            if (hits.isEmpty()) {
                return deleted;
            }
            var deletion = client.bulk(b -> {
                hits.forEach(hit -> b.operations(op -> op.delete(d -> d.index(hit.index()).id(hit.id()))));
                return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
            });
            // A refused delete would be found again by the next search: stop instead of looping.
            var refused = deletion.items().stream().filter(i -> i.error() != null).findFirst();
            if (refused.isPresent()) {
                throw new IOException("Elasticsearch refused to delete documents from " + generation + " ("
                        + refused.get().error().type() + ": " + refused.get().error().reason()
                        + "). Check that the index is writable (not read-only for lack of disk) and try again.");
            }
            deleted += hits.size();
        }
    }
}
