package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Weighted reciprocal rank fusion of the hits found by words and those found by meaning: each list gives a
 * hit weight / (K + rank), and hits are ordered by the sum. Ranks, not scores, are fused because BM25 scores
 * and cosine similarities have no common scale. (Elasticsearch's own rrf retriever is not in the minimal
 * distribution, so the API fuses.)
 */
public final class Fusion {
    /** The usual constant of reciprocal rank fusion (Cormack et al. 2009): it damps the lead of the very first ranks. */
    static final int K = 60;
    /**
     * What a rank among the hits found by meaning weighs against the same rank among those found by words. Words
     * are the surer sign in this field (a user's 两癌 must come first where it is written), so meaning weighs
     * little: 0.2 / (K + 1) is less than any of the first {@link SemanticSearch#MIN_DEPTH} ranks by words, so
     * meaning reorders what the words found (those close in meaning rise) and adds below them what only meaning
     * found. Chosen by measurement (search-api/RELEVANCE.md): 0.2 scored best on both relevance sets; 0.35 to 1.0
     * lowered the seeds and samples' nDCG@10 by up to 0.016.
     */
    static final double MEANING_WEIGHT = 0.2;

    private Fusion() {
    }

    /** An item and its fused score. */
    public record Ranked<T>(T item, double score) {
    }

    /** The hits of both lists, each once (the words' copy kept), best fused first; ties keep the words' order. */
    public static <T> List<T> fuse(List<T> words, List<T> meaning, Function<T, String> id, double meaningWeight) {
        return ranked(words, meaning, id, meaningWeight).stream().map(Ranked::item).toList();
    }

    /** As {@link #fuse}, with each hit's fused score. */
    public static <T> List<Ranked<T>> ranked(List<T> words, List<T> meaning, Function<T, String> id, double meaningWeight) {
        Map<String, T> hits = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        add(words, id, 1.0, hits, scores);
        add(meaning, id, meaningWeight, hits, scores);
        List<String> order = new ArrayList<>(hits.keySet());
        order.sort(Comparator.comparingDouble((String k) -> scores.get(k)).reversed());
        return order.stream().map(k -> new Ranked<>(hits.get(k), scores.get(k))).toList();
    }

    private static <T> void add(List<T> ranked, Function<T, String> id, double weight, Map<String, T> hits, Map<String, Double> scores) {
        for (int i = 0; i < ranked.size(); i++) {
            String key = id.apply(ranked.get(i));
            hits.putIfAbsent(key, ranked.get(i));
            scores.merge(key, weight / (K + i + 1), Double::sum);
        }
    }
}
