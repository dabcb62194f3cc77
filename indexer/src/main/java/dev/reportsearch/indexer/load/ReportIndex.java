package dev.reportsearch.indexer.load;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;

import dev.reportsearch.core.index.IndexDefinition;

/**
 * The index behind our alias: creating a fresh one, pointing the alias at it in one atomic step,
 * and the few document operations that are not bulk loads.
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

    /** Creates a new, empty concrete index (not yet behind the alias) and returns its name. */
    public String createIndex() throws IOException {
        String name = definition.newIndexName();
        String body = definition.body(layout.shards(), layout.replicas());
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
            client.cluster().health(h -> h.index(name).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
                    .timeout(t -> t.time("30s")));
        } catch (IOException e) {
            throw unreachable("create the index " + name + "; nothing was indexed and the alias '" + alias()
                    + "' was not touched", e);
        }
        return name;
    }

    /**
     * A new index for a full rebuild. Nobody searches it before the alias moves, so it skips the
     * periodic refreshes while loading ({@link #restoreRefreshInterval} turns them back on).
     */
    public String createIndexForRebuild() throws IOException {
        String name = createIndex();
        setRefreshInterval(name, "-1");
        return name;
    }

    /** Back to the definition's refresh interval, before an index built aside goes live. */
    public void restoreRefreshInterval(String index) throws IOException {
        setRefreshInterval(index, IndexDefinition.REFRESH_INTERVAL);
    }

    private void setRefreshInterval(String index, String interval) throws IOException {
        try {
            client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time(interval))));
        } catch (IOException e) {
            throw unreachable("set the refresh interval of " + index, e);
        }
    }

    /** An IOException saying which step failed because Elasticsearch did not answer, with the cause. */
    static IOException unreachable(String step, IOException cause) {
        return new IOException("Elasticsearch did not answer, so we could not " + step + " (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "). Check that it runs (./reportsearch es status) and index again.", cause);
    }

    /** The concrete index the alias points at, if any (the newest name, should it point at several). */
    public Optional<String> aliasTarget() throws IOException {
        List<String> indices = aliasedIndices();
        return indices.isEmpty() ? Optional.empty() : Optional.of(indices.get(indices.size() - 1));
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
    public String ensureWritable() throws IOException {
        Optional<String> current = aliasTarget();
        if (current.isPresent()) {
            if (!definition.isCurrent(current.get())) {
                throw new IOException("the index " + current.get() + " was built by an older version of report-search"
                        + " (this one writes index version " + IndexDefinition.VERSION + "); rebuild it with"
                        + " `reportsearch index --rebuild` over all your reports, searches keep using it until the rebuild is done");
            }
            return current.get();
        }
        String created = createIndex();
        pointAliasAt(created);
        return created;
    }

    /** Moves the alias onto {@code index} in one request: searches see the old index, then the new. */
    public void pointAliasAt(String index) throws IOException {
        List<String> previous = aliasedIndices();
        try {
            updateAliases(index, previous);
        } catch (IOException e) {
            throw unreachable("point the alias '" + alias() + "' at " + index + "; it still points at "
                    + (previous.isEmpty() ? "nothing" : String.join(",", previous)), e);
        }
    }

    private void updateAliases(String index, List<String> previous) throws IOException {
        client.indices().updateAliases(u -> {
            for (String old : previous.stream().filter(i -> !i.equals(index)).toList()) {
                u.actions(a -> a.remove(r -> r.index(old).alias(definition.alias())));
            }
            return u.actions(a -> a.add(ad -> ad.index(index).alias(definition.alias()).isWriteIndex(true)));
        });
    }

    /** Deletes our concrete indices other than {@code keep} that no alias points at any more. */
    public List<String> deleteStaleIndices(String keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        var indices = client.indices().get(g -> g.index(definition.indexPattern()).ignoreUnavailable(true).allowNoIndices(true));
        for (var entry : indices.result().entrySet()) {
            String name = entry.getKey();
            boolean aliased = entry.getValue().aliases() != null && !entry.getValue().aliases().isEmpty();
            if (!name.equals(keep) && !aliased) {
                client.indices().delete(d -> d.index(name));
                deleted.add(name);
            }
        }
        return deleted;
    }

    public void refresh(String index) throws IOException {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw unreachable("refresh the index " + index + " after loading it; the alias '" + alias() + "' was not moved", e);
        }
    }

    /** Refreshes when Elasticsearch answers; false when it does not (a load that already failed). */
    public boolean refreshQuietly(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes documents of reports read from {@code file} other than {@code keepReportId} (an edited file). */
    public int deleteOtherVersionsOfFile(String index, String file, String keepReportId) throws IOException {
        return deleteWhere(index, "source.file", file, keepReportId);
    }

    /** Deletes every document of a report; returns how many. */
    public int deleteReport(String index, String reportId) throws IOException {
        return deleteWhere(index, "reportId", reportId, null);
    }

    // delete_by_query lives in the reindex module, absent from the minimal distribution: find, then delete.
    private int deleteWhere(String index, String field, String value, String exceptReportId) throws IOException {
        int deleted = 0;
        while (true) {
            SearchResponse<Void> res = client.search(s -> s.index(index).size(1000).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field(field).value(value)));
                        if (exceptReportId != null) {
                            b.mustNot(m -> m.term(t -> t.field("reportId").value(exceptReportId)));
                        }
                        return b;
                    })), Void.class);
            List<String> ids = res.hits().hits().stream().map(Hit::id).toList();
            if (ids.isEmpty()) {
                return deleted;
            }
            var deletion = client.bulk(b -> {
                ids.forEach(id -> b.operations(op -> op.delete(d -> d.index(index).id(id))));
                return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
            });
            // A refused delete would be found again by the next search: stop instead of looping.
            var refused = deletion.items().stream().filter(i -> i.error() != null).findFirst();
            if (refused.isPresent()) {
                throw new IOException("Elasticsearch refused to delete documents from " + index + " ("
                        + refused.get().error().type() + ": " + refused.get().error().reason()
                        + "). Check that the index is writable (not read-only for lack of disk) and try again.");
            }
            deleted += ids.size();
        }
    }
}
