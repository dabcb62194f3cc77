package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;

/**
 * GET /api/search: runs one page and answers in the contract's shape. The page's hits and the search's total
 * and facets are two requests sent at once ({@link SearchRequests#page}, {@link SearchRequests#facets}): the
 * hits then need not visit every match, and the counts come from Elasticsearch's request cache when the same
 * search is asked again (a page turn). Where {@link SemanticSearch} applies, the first hits found by words and
 * those found by meaning are fused ({@link Fusion}), the page cut from them and only its hits fetched to show;
 * total and facets stay those of the words' search (plus, in total, the sections only meaning found). The words'
 * ranking and the nearest sections are asked for at once, the query embedded while Elasticsearch ranks.
 */
public final class SearchService {
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final SearchRequests requests;
    private final Facets facets;
    private final SemanticSearch semantic;

    public SearchService(ElasticsearchClient client, SearchRequests requests, Facets facets, SemanticSearch semantic) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.requests = requests;
        this.facets = facets;
        this.semantic = semantic;
    }

    public SearchResult search(SearchParams params) throws IOException {
        QueryText text = QueryText.parse(params.q());
        boolean fused = SemanticSearch.appliesTo(params, text) && semantic.available(client);
        CompletableFuture<SearchResponse<IndexDocument>> counting = async.search(requests.facets(params), IndexDocument.class);
        try {
            return search(params, text, fused, counting);
        } finally {
            counting.cancel(true); // when the hits failed: their error is the answer, the counts are not needed
        }
    }

    private SearchResult search(SearchParams params, QueryText text, boolean fused,
                                CompletableFuture<SearchResponse<IndexDocument>> counting) throws IOException {
        SearchResponse<IndexDocument> res;
        List<SearchHit> hits = new ArrayList<>();
        List<List<String>> missing = new ArrayList<>();
        long byMeaningOnly = 0; // sections found by meaning alone: the total counts them beside the words' matches
        Set<String> characters = text.terms().stream().map(IndexFields::loneHan).filter(Objects::nonNull).collect(Collectors.toSet());
        long took;
        boolean timedOut;
        if (fused) {
            int depth = SemanticSearch.depth(params);
            // the words' ranking runs in Elasticsearch while this thread embeds the query for the nearest sections
            CompletableFuture<SearchResponse<IndexDocument>> ranking = async.search(requests.ranking(params, depth), IndexDocument.class);
            SearchResponse<IndexDocument> near;
            try {
                near = client.search(semantic.nearest(params, depth), IndexDocument.class);
                res = Responses.await(ranking);
            } finally {
                ranking.cancel(true); // when the nearest failed: its error is the answer
            }
            List<Fusion.Ranked<Hit<IndexDocument>>> all = Fusion.ranked(res.hits().hits(), near.hits().hits(), Hit::id, Fusion.MEANING_WEIGHT);
            List<Fusion.Ranked<Hit<IndexDocument>>> page = all.subList(Math.min(params.from(), all.size()), Math.min(params.from() + params.size(), all.size()));
            took = Math.max(res.took(), near.took());
            timedOut = res.timedOut() || near.timedOut();
            if (!page.isEmpty()) {
                SearchResponse<IndexDocument> shown = client.search(semantic.shown(params, page.stream().map(r -> r.item().id()).toList()), IndexDocument.class);
                WordFragments more = wordFragments(params, text, shown.hits().hits());
                took += shown.took() + more.took();
                timedOut |= shown.timedOut();
                Map<String, Hit<IndexDocument>> byId = new HashMap<>();
                shown.hits().hits().forEach(h -> byId.put(h.id(), h));
                for (Fusion.Ranked<Hit<IndexDocument>> r : page) {
                    Hit<IndexDocument> hit = byId.get(r.item().id());
                    if (hit != null) { // gone between the two requests (a rebuild swapped the index): left out
                        hits.add(withMissingTerms(HitMapper.hit(hit, characters, more.of(hit.id())).withScore(r.score()), text, hit, missing));
                    }
                }
            }
            Set<String> byWords = new HashSet<>();
            res.hits().hits().forEach(h -> byWords.add(h.id()));
            byMeaningOnly = near.hits().hits().stream().filter(h -> !byWords.contains(h.id())).count();
        } else {
            res = client.search(requests.page(params), IndexDocument.class);
            WordFragments more = wordFragments(params, text, res.hits().hits());
            took = res.took() + more.took();
            timedOut = res.timedOut();
            for (Hit<IndexDocument> hit : res.hits().hits()) {
                hits.add(withMissingTerms(HitMapper.hit(hit, characters, more.of(hit.id())), text, hit, missing));
            }
        }
        SearchResponse<IndexDocument> counted = Responses.await(counting);
        // both ran at once: the time Elasticsearch took is the longer of the two
        took = Math.max(took, counted.took());
        return new SearchResult(totalOf(counted) + byMeaningOnly, params.page(), params.size(), params.type().id(), params.sort().id(), took, fused,
                timedOut || counted.timedOut(),
                QueryEcho.of(text, missing), AppliedFilters.of(params), hits, facets.read(counted.aggregations()));
    }

    /** The words' fragments of a page's sections, by id, and Elasticsearch's time for them. */
    private record WordFragments(Map<String, Map<String, List<String>>> byId, long took) {
        static final WordFragments NONE = new WordFragments(Map.of(), 0);

        Map<String, List<String>> of(String id) {
            return byId.getOrDefault(id, Map.of());
        }
    }

    /**
     * The words' fragments of the page's sections that have no exact one ({@link #lackingExactFragments}), asked for
     * by id: marking the body's smartcn words means reading those sections again with smartcn (the body keeps no
     * offsets since index version 8), worth it only for the few hits whose snippet needs them.
     */
    private WordFragments wordFragments(SearchParams params, QueryText text, List<Hit<IndexDocument>> page) throws IOException {
        List<String> lacking = lackingExactFragments(params, text, page);
        if (lacking.isEmpty()) {
            return WordFragments.NONE;
        }
        SearchResponse<Void> more = client.search(requests.wordFragments(params, lacking), Void.class);
        Map<String, Map<String, List<String>>> byId = new HashMap<>();
        for (Hit<Void> h : more.hits().hits()) {
            byId.put(h.id(), h.highlight());
        }
        return new WordFragments(byId, more.took());
    }

    /**
     * The page's sections that have no exact fragment ({@link Highlights#exactFirst}) and may have words' fragments:
     * only words typed unquoted are searched as words, so a search of quoted phrases alone has none to ask for.
     */
    private static List<String> lackingExactFragments(SearchParams params, QueryText text, List<Hit<IndexDocument>> page) {
        if (params.type() != SearchType.SECTION || !params.hasQuery() || text.phrases().containsAll(text.terms())) {
            return List.of();
        }
        return page.stream().filter(h -> !h.highlight().containsKey(Highlights.BODY_EXACT)).map(Hit::id).toList();
    }

    /** The query terms a hit lacks ({@link MatchedTerms}), on the hit for the page and in {@code missing} for the echo. */
    private static SearchHit withMissingTerms(SearchHit h, QueryText text, Hit<IndexDocument> hit, List<List<String>> missing) {
        List<String> lacks = MatchedTerms.missing(text, hit.matchedQueries());
        missing.add(lacks);
        return h.withMissingTerms(lacks);
    }

    private static long totalOf(SearchResponse<IndexDocument> res) {
        return res.hits().total() == null ? res.hits().hits().size() : res.hits().total().value();
    }
}
