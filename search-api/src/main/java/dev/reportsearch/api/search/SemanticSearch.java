package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import dev.reportsearch.core.embed.ByteVector;
import dev.reportsearch.core.embed.TextVectors;

/**
 * Sections found by meaning: the query's vector ({@link TextVectors}) against the sections' vectors written
 * by the indexer, as an approximate kNN search under the same filters as the words' search. The API fuses
 * the two lists ({@link Fusion}); sections indexed without vectors are simply never found this way.
 */
public final class SemanticSearch {
    /** The first this many hits are fused; later pages are the words' ranking alone (deep pages are rare, fusion there costly). */
    static final int WINDOW = 100;
    /** Both lists are fetched at least this deep, so that a section fairly high in both is not missed by either. */
    static final int MIN_DEPTH = 50;
    /** kNN looks at this many candidates per shard for each hit it returns (more: better recall, slower). */
    static final int CANDIDATES_PER_HIT = 3;
    /**
     * Sections less similar than this (cosine) are not found by meaning at all: bge-small-zh rates any two texts
     * of this field 0.3 or more, and an unrelated section must not fill a result. Measured (RELEVANCE.md): 0.45
     * and 0.5 let in sections that pushed judged ones out of the first ten on the real pages; 0.6 and more
     * let in too few to matter.
     */
    static final float MIN_SIMILARITY = 0.55f;
    static final String FIELD = "vector";

    /** How long the answer to "does the index hold vectors?" is kept: a rebuild with or without them shows within this. */
    static final long PRESENCE_TTL_NANOS = 60_000_000_000L;

    private final String alias;
    private final TextVectors vectors;
    /** Whether the index held vectors when last asked, and when that was (an index built without them must not pay for embedding queries). */
    private volatile boolean present;
    private volatile long askedAt;
    private volatile boolean asked;

    public SemanticSearch(String alias, TextVectors vectors) {
        this.alias = alias;
        this.vectors = vectors;
    }

    /** Whether the index holds section vectors (a large corpus is indexed without them, see ParseOptions in the CLI). */
    public boolean available(ElasticsearchClient client) throws IOException {
        long now = System.nanoTime();
        if (!asked || now - askedAt > PRESENCE_TTL_NANOS) {
            present = client.count(c -> c.index(alias).query(q -> q.exists(e -> e.field(FIELD)))).count() > 0;
            askedAt = now;
            asked = true;
        }
        return present;
    }

    /**
     * Whether a search is fused: asked for (not semantic=false), sections by relevance, words to look for and
     * none quoted (quoted text is exact: a section must hold it, which meaning cannot promise), and a page
     * within {@link #WINDOW}. {@code text} is {@code params.q()} as the search already read it.
     */
    public static boolean appliesTo(SearchParams params, QueryText text) {
        if (!params.semantic() || !params.hasQuery() || params.type() != SearchType.SECTION || params.sort() != SortOrder.RELEVANCE
                || params.from() + params.size() > WINDOW) {
            return false;
        }
        // quoted text stays exact, and words to exclude are a promise that a nearest neighbour could break
        return !text.isEmpty() && text.phrases().isEmpty() && text.excluded().isEmpty();
    }

    /** How deep both lists are fetched for a page. */
    public static int depth(SearchParams params) {
        return Math.max(MIN_DEPTH, params.from() + params.size());
    }

    /** The kNN search for the query's nearest sections under the search's filters: ids and scores only. */
    public SearchRequest nearest(SearchParams params, int depth) {
        Filters filters = Filters.of(params);
        List<Float> vector = ByteVector.asQuery(ByteVector.of(vectors.query(params.q())));
        return SearchRequest.of(s -> s.index(alias)
                .knn(k -> k.field(FIELD).queryVector(vector).k(depth).numCandidates(depth * CANDIDATES_PER_HIT)
                        .similarity(MIN_SIMILARITY).filter(filters.all()))
                .size(depth).timeout(SearchRequests.SEARCH_TIMEOUT).source(src -> src.fetch(false)));
    }

    /**
     * The hits of a fused page, to show: by id, with the exact fragments of the words' query so that their snippets
     * mark what matches (a section without one gets its words' fragments from a second request, as on a page of the
     * words' search: {@link Highlights#exactFirst}).
     */
    public SearchRequest shown(SearchParams params, List<String> ids) {
        Query text = QueryBuilder.text(params.q());
        // the words' query as a should clause: it scores nothing that matters here, but names the terms each hit matches
        return SearchRequest.of(s -> s.index(alias).query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids))).should(text))).size(ids.size())
                .timeout(SearchRequests.SEARCH_TIMEOUT).highlight(Highlights.exactFirst(params.type()))
                .source(src -> src.filter(f -> f.excludes(SearchRequests.NOT_SHOWN))));
    }
}
