package dev.reportsearch.indexer.clean;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a page's headline among candidate lines by score ({@link HeadlineScorer}): the best one, the first of
 * equals. Where no rule of structure (a meeting line, a title field) places the headline, this replaces a list of
 * rules each written for a page seen: chrome no rule foresaw (a new site's menu, label or name) loses on its features
 * instead of winning by standing first.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeadlineChooser {
    private final HeadlineScorer scorer;

    HeadlineChooser(HeadlineScorer scorer) {
        this.scorer = scorer;
    }

    public static HeadlineChooser standard() {
        return new HeadlineChooser(HeadlineScorer.standard());
    }

    /** The best-scoring candidate (the earliest of equals), if any. */
    public Optional<TitleCandidate> best(List<TitleCandidate> candidates, TitleContext context) {
        TitleCandidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TitleCandidate c : candidates) {
            double score = scorer.score(c, context);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
