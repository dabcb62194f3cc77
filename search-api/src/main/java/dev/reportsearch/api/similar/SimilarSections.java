package dev.reportsearch.api.similar;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.HitMapper;
import dev.reportsearch.api.search.SearchHit;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import io.javalin.http.Context;

/**
 * GET /api/sections/{id}/similar: 相似做法, sections of other reports in other regions that describe the
 * same kind of work: Elasticsearch's more-like-this over the section's words, with its themes weighing in.
 * For staff who found one good practice and want to see what others did.
 */
public final class SimilarSections {
    static final int DEFAULT_SIZE = 5;
    static final int MAX_SIZE = 20;
    /** The section's most telling words that the search uses; more adds noise and time. */
    static final int MAX_QUERY_TERMS = 30;
    static final float THEME_BOOST = 0.5f;
    /** Longer than any id the indexer makes (a report id, -s and the section's number). */
    static final int MAX_ID_LENGTH = 200;

    private final ElasticsearchClient client;
    private final String alias;

    /** The answer: the section asked about and the similar ones, in the search hits' shape. */
    public record Similar(String id, List<SearchHit> hits) {
    }

    public SimilarSections(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public void handle(Context ctx) throws IOException {
        int size = SearchParams.intParam(ctx::queryParams, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        ctx.json(similar(ctx.pathParam("id"), size));
    }

    public Similar similar(String id, int size) throws IOException {
        IndexDocument section = section(id);
        String text = Docs.orEmpty(section.text());
        List<FieldValue> themes = Docs.orEmpty(section.themes()).stream().map(FieldValue::of).toList();
        String reportId = Docs.orEmpty(section.reportId());
        String regionCode = section.regionCode();
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(Filters.term("docType", "section"))
                    .must(m -> m.moreLikeThis(mlt -> mlt.fields(IndexFields.BODY).like(l -> l.text(text))
                            .minTermFreq(1).minDocFreq(2).maxQueryTerms(MAX_QUERY_TERMS)))
                    .mustNot(Filters.term("reportId", reportId));
            if (!themes.isEmpty()) {
                b.should(s -> s.terms(t -> t.field("themes").terms(v -> v.value(themes)).boost(THEME_BOOST)));
            }
            if (regionCode != null) {
                b.mustNot(Filters.term("regionCode", regionCode));
            }
            return b;
        }));
        SearchResponse<IndexDocument> res = client.search(s -> s.index(alias).searchType(SearchRequests.RANKED).size(text.isBlank() ? 0 : size).query(query)
                .source(src -> src.filter(f -> f.excludes(SearchRequests.NOT_SHOWN))), IndexDocument.class);
        return new Similar(id, res.hits().hits().stream().map(HitMapper::hit).toList());
    }

    private IndexDocument section(String id) throws IOException {
        if (id.length() > MAX_ID_LENGTH) {
            throw ApiException.notFound("No section with id '" + SearchParams.abbreviate(id) + "'");
        }
        SearchResponse<IndexDocument> res = client.search(s -> s.index(alias).size(1)
                .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id))).filter(Filters.term("docType", "section"))))
                .source(src -> src.filter(f -> f.includes(IndexFields.BODY, "themes", "reportId", "regionCode"))), IndexDocument.class);
        if (res.hits().hits().isEmpty() || res.hits().hits().get(0).source() == null) {
            throw ApiException.notFound("No section with id '" + SearchParams.abbreviate(id) + "'");
        }
        return res.hits().hits().get(0).source();
    }
}
