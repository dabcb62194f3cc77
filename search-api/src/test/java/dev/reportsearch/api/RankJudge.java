package dev.reportsearch.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.clean.TextNormalizer;

/**
 * How the relevance tests judge a query's first hits: a hit counts for the first passage it holds
 * (compared without spaces and pinyin glosses, in the search normal form) that no earlier hit counted
 * for; its gain is grade / 2, discounted by log2(rank + 1). nDCG divides by the ideal order of the
 * graded passages; recall is the share of passages found, out of at most {@code k}: ten hits cannot hold
 * more than ten, and a query that many sections answer must not score low for it.
 */
final class RankJudge {
    static final int TOP_GRADE = 2;

    /** A passage the top hits should hold: an exact substring of it, and how squarely it answers (1 or 2). */
    record Passage(String contains, int grade) {
    }

    record Score(double ndcg, double recall, List<Passage> missed) {
    }

    private RankJudge() {
    }

    static Score score(List<String> hitTexts, List<Passage> passages, int k) {
        Set<Passage> found = new HashSet<>();
        double dcg = 0;
        for (int i = 0; i < Math.min(k, hitTexts.size()); i++) {
            String hit = normal(hitTexts.get(i));
            for (Passage p : passages) {
                if (!found.contains(p) && hit.contains(normal(p.contains()))) {
                    found.add(p);
                    dcg += gain(p) / log2(i + 2);
                    break;
                }
            }
        }
        List<Passage> ideal = new ArrayList<>(passages);
        ideal.sort(Comparator.comparingInt(Passage::grade).reversed());
        double best = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            best += gain(ideal.get(i)) / log2(i + 2);
        }
        List<Passage> missed = passages.stream().filter(p -> !found.contains(p)).toList();
        return new Score(best == 0 ? 0 : dcg / best, passages.isEmpty() ? 1 : (double) found.size() / Math.min(k, passages.size()), missed);
    }

    /** Text as compared: normal form, no spaces, no pinyin glosses (labels keep them; the product may drop them). */
    static String normal(String s) {
        return SearchText.normalize(TextNormalizer.dropPinyinGlosses(s)).replaceAll("\\s+", "");
    }

    private static double gain(Passage p) {
        return (double) p.grade() / TOP_GRADE;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
