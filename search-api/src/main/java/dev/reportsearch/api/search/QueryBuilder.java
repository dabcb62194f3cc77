package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.text.SearchText;

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
 * and all words within one, add to its score. The passages are searched as character pairs (index version 7,
 * {@link IndexFields#PASSAGES_PAIRS}): a word's sloppy phrase is a phrase of its pairs; a word of one Han character,
 * which is no pair, is the prefix of the pairs it starts ({@link #inPassage}).
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
     * The query's words within this many moves of each other in one of the section's passages: that passage
     * answers them all. (Not on the whole body: a sloppy phrase over single characters there doubled the search
     * time, 70 → 130 ms a query on the real pages, for 0.001 of nDCG.) A move is one character's position, on pairs
     * as on single characters (each pair sits at its first character's position).
     */
    static final int NEAR_SLOP = 24;
    /** The section's sentences with figures (passages), as character pairs: a word found in one, and all words in one. */
    static final String PASSAGES = IndexFields.PASSAGES_PAIRS;
    static final float IN_PASSAGE = 1.0f;
    /**
     * A typed word's pairs in one passage with up to this many moves between them: reports insert a qualifier
     * into a compound (创业贷款 written 创业担保贷款: 创业 and 贷款 two moves apart; 两癌筛查 as 两癌免费筛查, 技能培训 as
     * 技能提升培训). The exact form still scores more (a sloppy match counts 1 / (moves + 1)). A word split inside
     * one of its pairs (维权 in 维护妇女权益) is not found in the passage: its pair is not there.
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
            should.add(inPassage(term, text.isPhrase(term) ? 0 : TERM_SLOP));
        }
        if (!text.whole().isEmpty() && (text.terms().size() > 1 || text.terms().get(0).contains(" "))) {
            String whole = text.whole();
            should.add(exact(IndexFields.BODY, whole, WHOLE_EXACT * BODY_EXACT));
            should.add(exact(IndexFields.HEADING, whole, WHOLE_EXACT * HEADING_EXACT));
            String near = nearText(text.terms());
            if (near != null) {
                should.add(Query.of(b -> b.matchPhrase(p -> p.field(PASSAGES).query(near).slop(NEAR_SLOP).boost(ALL_IN_PASSAGE))));
            }
        }
        return Query.of(b -> b.bool(bool -> {
            bool.must(required).should(should).mustNot(excluded(text));
            if (required.isEmpty()) {
                bool.minimumShouldMatch("1");
            }
            return bool;
        }));
    }

    /**
     * {@code term} in one of the section's passages: a phrase of its pairs, {@code slop} moves apart at most; a
     * term of one Han (or Hiragana) character, which no pair is, as the prefix of the pairs it starts (every
     * occurrence but a run's last starts a pair, and the last is indexed alone): found anywhere
     * ({@link IndexFields#pairsStartingWith}).
     */
    static Query inPassage(String term, int slop) {
        String single = IndexFields.loneHan(term);
        if (single != null) {
            return IndexFields.pairsStartingWith(PASSAGES, single, IN_PASSAGE);
        }
        return Query.of(b -> b.matchPhrase(p -> p.field(PASSAGES).query(term).slop(slop).boost(IN_PASSAGE)));
    }

    /**
     * The text of the "all words in one passage" phrase, or null when fewer than two words are left in it. The
     * query analyser pairs a run of characters across spaces (创业 贷款 is 创业, 贷款), so a word ending in an odd
     * run would pair its last character with the next word's first (救助金 发放: 救助, 金发, 发放), a pair no
     * passage holds unless the words touch: every word but the last leaves out that last character (救助 发放),
     * and a word of one such character is left out. One term (a quoted phrase with spaces) is kept as it is.
     */
    static String nearText(List<String> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String form = SearchText.normalize(terms.get(i)).strip();
            if (i < terms.size() - 1) {
                form = evenTail(form);
            }
            if (form.codePoints().anyMatch(Character::isLetterOrDigit)) {
                parts.add(form);
            }
        }
        return parts.size() < 2 ? null : String.join(" ", parts);
    }

    /**
     * {@code form} without what follows its last letter or digit, and without that one too when it ends a run of
     * an odd number of paired characters (punctuation, which is no token, does not end a run; a letter or digit does).
     */
    private static String evenTail(String form) {
        int[] cps = form.codePoints().toArray();
        int end = cps.length;
        while (end > 0 && !Character.isLetterOrDigit(cps[end - 1])) {
            end--;
        }
        int run = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (IndexFields.isPaired(cps[i])) {
                run++;
            } else if (Character.isLetterOrDigit(cps[i])) {
                break;
            }
        }
        return new String(cps, 0, run % 2 == 0 ? end : end - 1);
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
