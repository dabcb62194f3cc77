package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the query's terms a hit answers, read from the names {@link QueryBuilder} gives each term's
 * query: the page can say what a partial match lacks (缺少：儿童), and the response whether any hit shown
 * answers every term.
 */
public final class MatchedTerms {
    private static final String PREFIX = "term:";

    private MatchedTerms() {
    }

    static String name(int termIndex) {
        return PREFIX + termIndex;
    }

    /** The terms of {@code text} that a hit with these matched query names lacks, in query order. */
    public static List<String> missing(QueryText text, List<String> matchedQueries) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.terms().size(); i++) {
            if (!matchedQueries.contains(name(i))) {
                out.add(text.terms().get(i));
            }
        }
        return out;
    }
}
