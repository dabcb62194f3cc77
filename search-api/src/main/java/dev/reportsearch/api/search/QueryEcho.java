package dev.reportsearch.api.search;

import java.util.List;

/**
 * How the API read {@code q}, in the search response: the terms it looks for, those quoted (exact and
 * required), those excluded with a minus, whether OR made any term enough; and {@code partial}: the query
 * asks for several terms and no hit shown answers them all, so the best partial matches are shown (each
 * hit's {@code missingTerms} says what it lacks).
 */
public record QueryEcho(List<String> terms, List<String> phrases, List<String> excluded, boolean anyOf, boolean partial) {
    static QueryEcho of(QueryText text, List<List<String>> missingPerHit) {
        boolean partial = text.wantsAllTerms() && !missingPerHit.isEmpty() && missingPerHit.stream().noneMatch(List::isEmpty);
        return new QueryEcho(text.terms(), text.phrases(), text.excluded(), text.anyOf(), partial);
    }
}
