package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The scoring part of a search. Each term must match either as smartcn words (norm.body, norm.heading)
 * or as an exact substring (a phrase on the single-character {@code .chars} fields), so words that
 * smartcn splits badly (筛查, 两癌, 巧妇贷) are still found. Headings and exact substrings weigh more,
 * and the whole query as one exact substring weighs most.
 */
public final class QueryBuilder {
    static final float HEADING_WORDS = 2.0f;
    static final float BODY_WORDS = 1.0f;
    static final float TITLE_WORDS = 0.3f;
    static final float HEADING_EXACT = 4.0f;
    static final float BODY_EXACT = 2.0f;
    static final float TITLE_EXACT = 0.5f;
    static final float WHOLE_EXACT = 3.0f;

    private QueryBuilder() {
    }

    /** The text query for {@code q}, or null when it holds no searchable term. */
    public static Query text(String q) {
        QueryText text = QueryText.parse(q);
        if (text.isEmpty()) {
            return null;
        }
        List<Query> perTerm = new ArrayList<>();
        for (String term : text.terms()) {
            perTerm.add(term(term, text.isPhrase(term)));
        }
        List<Query> should = new ArrayList<>();
        if (!text.whole().isEmpty() && (text.terms().size() > 1 || text.terms().get(0).contains(" "))) {
            String whole = text.whole();
            should.add(exact("norm.body.chars", whole, WHOLE_EXACT * BODY_EXACT));
            should.add(exact("norm.heading.chars", whole, WHOLE_EXACT * HEADING_EXACT));
        }
        return Query.of(b -> b.bool(bool -> bool
                .must(m -> m.bool(all -> all.should(perTerm).minimumShouldMatch("3<75%")))
                .should(should)));
    }

    /** One term: its words or its exact substring, in heading, body or title. */
    private static Query term(String term, boolean exactOnly) {
        List<Query> ways = new ArrayList<>();
        ways.add(exact("norm.heading.chars", term, HEADING_EXACT));
        ways.add(exact("norm.body.chars", term, BODY_EXACT));
        ways.add(exact("norm.title.chars", term, TITLE_EXACT));
        if (!exactOnly) {
            ways.add(words("norm.heading", term, HEADING_WORDS));
            ways.add(words("norm.body", term, BODY_WORDS));
            ways.add(words("norm.title", term, TITLE_WORDS));
        }
        return Query.of(b -> b.disMax(d -> d.queries(ways).tieBreaker(0.3)));
    }

    private static Query exact(String field, String text, float boost) {
        return Query.of(b -> b.matchPhrase(p -> p.field(field).query(text).boost(boost)));
    }

    private static Query words(String field, String text, float boost) {
        return Query.of(b -> b.match(m -> m.field(field).query(text).operator(Operator.And).boost(boost)));
    }
}
