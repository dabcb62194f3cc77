package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.index.IndexFields;

/**
 * The scoring part of a search. A passage is ranked by how much of the query it answers: each typed
 * word adds its score where it matches, none is required, and a passage holding every word scores
 * double. Only "quoted phrases" are required, and only as exact substrings (unless OR was written: then
 * any term will do). A {@code -word} drops every passage holding it. Each term's query is named
 * ({@link MatchedTerms}) so that a hit says which terms it answers.
 *
 * <p>Each word matches as smartcn words (the body and the heading) or as an exact substring (a phrase
 * on the character pairs of the {@code .pairs} fields, or for one character alone the prefix of those pairs), so words that smartcn splits badly (筛查, 两癌,
 * 巧妇贷) are still found; and, at a lower weight, as the other ways the field writes it
 * ({@link Vocabulary}: 两纲 for 妇女儿童发展纲要). Exact substrings weigh more; the whole query as one
 * exact substring, or its words close together in one passage, weighs most. A section is also scored by its best
 * passages, the sentences with figures the indexer cut from it (passages): a word in one of them,
 * and all words within one, add to its score.
 */
public final class QueryBuilder {
    static final float HEADING_WORDS = 1.0f;
    static final float BODY_WORDS = 1.0f;
    static final float TITLE_WORDS = 0.3f;
    static final float HEADING_EXACT = 2.0f;
    static final float BODY_EXACT = 2.0f;
    static final float TITLE_EXACT = 0.5f;
    static final float WHOLE_EXACT = 3.0f;
    /** Weight of a same-meaning alternative and of a related one, against the word as typed. */
    static final float SAME_WEIGHT = 0.8f;
    static final float RELATED_WEIGHT = 0.4f;
    /**
     * The query's words within this many characters' moves of each other in one of the section's passages: that
     * passage answers them all. (Not on the whole body: a sloppy phrase over single characters there doubled
     * the search time, 70 → 130 ms a query on the real pages, for 0.001 of nDCG.)
     */
    static final int NEAR_SLOP = 24;
    /** The section's sentences with figures (passages): a word found in one, and all words in one. */
    static final String PASSAGES = IndexFields.PASSAGES_CHARS;
    static final float IN_PASSAGE = 1.0f;
    /**
     * A typed word's characters in one passage with up to this many moves between them: reports insert a
     * qualifier into a compound (创业贷款 written 创业担保贷款, 两癌筛查 as 两癌免费筛查, 技能培训 as 技能提升培训).
     * The exact form still scores more (a sloppy match counts 1 / (moves + 1)).
     */
    static final int TERM_SLOP = 4;
    static final float ALL_IN_PASSAGE = 1.0f;

    private QueryBuilder() {
    }

    /** The text query for {@code q}, or null when it holds neither a searchable term nor an exclusion. */
    public static Query text(String q) {
        QueryText text = QueryText.parse(q);
        if (text.isEmpty()) {
            return text.excluded().isEmpty() ? null
                    : Query.of(b -> b.bool(bool -> bool.must(m -> m.matchAll(a -> a)).mustNot(excluded(text))));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        List<Query> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        for (int i = 0; i < text.terms().size(); i++) {
            String term = text.terms().get(i);
            String name = MatchedTerms.name(i);
            if (text.isPhrase(term) && !text.anyOf()) {
                required.add(term(term, name, true, List.of()));
            } else {
                optional.add(term(term, name, text.isPhrase(term), text.isPhrase(term) ? List.of() : vocabulary.alternatives(term)));
            }
        }
        List<Query> should = new ArrayList<>(optional);
        if (optional.size() > 1) {
            should.add(Query.of(b -> b.bool(all -> all.must(optional))));
        }
        for (String term : text.terms()) {
            int slop = text.isPhrase(term) ? 0 : TERM_SLOP;
            should.add(Query.of(b -> b.matchPhrase(p -> p.field(PASSAGES).query(term).slop(slop).boost(IN_PASSAGE))));
        }
        if (!text.whole().isEmpty() && (text.terms().size() > 1 || text.terms().get(0).contains(" "))) {
            String whole = text.whole();
            should.add(exact(IndexFields.BODY, whole, WHOLE_EXACT * BODY_EXACT));
            should.add(exact(IndexFields.HEADING, whole, WHOLE_EXACT * HEADING_EXACT));
            should.add(Query.of(b -> b.matchPhrase(p -> p.field(PASSAGES).query(whole).slop(NEAR_SLOP).boost(ALL_IN_PASSAGE))));
        }
        return Query.of(b -> b.bool(bool -> {
            bool.must(required).should(should).mustNot(excluded(text));
            if (required.isEmpty()) {
                bool.minimumShouldMatch("1");
            }
            return bool;
        }));
    }

    /** One word: its words or its exact substring, in heading, body or title; or one of its alternatives, weighing less. */
    private static Query term(String term, String name, boolean exactOnly, List<Vocabulary.Alternative> alternatives) {
        List<Query> ways = new ArrayList<>();
        ways.add(exact(IndexFields.HEADING, term, HEADING_EXACT));
        ways.add(exact(IndexFields.BODY, term, BODY_EXACT));
        ways.add(exact(IndexFields.TITLE, term, TITLE_EXACT));
        if (!exactOnly) {
            ways.add(words(IndexFields.HEADING, term, HEADING_WORDS));
            ways.add(words(IndexFields.BODY, term, BODY_WORDS));
            ways.add(words(IndexFields.TITLE, term, TITLE_WORDS));
        }
        for (Vocabulary.Alternative a : alternatives) {
            float weight = a.kind() == Vocabulary.Kind.SAME ? SAME_WEIGHT : RELATED_WEIGHT;
            ways.add(exact(IndexFields.HEADING, a.text(), HEADING_EXACT * weight));
            ways.add(exact(IndexFields.BODY, a.text(), BODY_EXACT * weight));
        }
        return Query.of(b -> b.disMax(d -> d.queries(ways).tieBreaker(0.3).queryName(name)));
    }

    /** A -word: found as an exact substring in a hit's heading or body, it drops the hit. */
    private static List<Query> excluded(QueryText text) {
        List<Query> out = new ArrayList<>();
        for (String word : text.excluded()) {
            out.add(exact(IndexFields.HEADING, word, 1f));
            out.add(exact(IndexFields.BODY, word, 1f));
        }
        return out;
    }

    /** {@code text} as an exact substring of {@code field}: a phrase on its pairs, or the prefix of its pairs for one character ({@link IndexFields#exact}). */
    private static Query exact(String field, String text, float boost) {
        return IndexFields.exact(field, text, boost);
    }

    private static Query words(String field, String text, float boost) {
        return Query.of(b -> b.match(m -> m.field(field).query(text).operator(Operator.And).boost(boost)));
    }
}
