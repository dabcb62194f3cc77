package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a set of judged queries through /api/search twice, with semantic retrieval (the default) and with
 * words only (semantic=false), judges the first ten section hits of each with {@link RankJudge}, and prints
 * the numbers per query and their means, so that the note can show what meaning adds, query by query.
 */
final class RelevanceRuns {
    static final int K = 10;

    /** One judged query, with the filters it is searched under. */
    record Case(String id, String q, Map<String, String> filters, List<RankJudge.Passage> passages) {
    }

    /** Means over the set. */
    record Mean(double ndcg, double recall, double tookMs) {
    }

    record Comparison(Mean semantic, Mean words) {
    }

    private RelevanceRuns() {
    }

    static Comparison compare(String tag, Http http, List<Case> cases) {
        double[] sums = new double[6];
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Run semantic = run(http, c, true);
            Run words = run(http, c, false);
            sums[0] += semantic.score().ndcg();
            sums[1] += semantic.score().recall();
            sums[2] += semantic.tookMs();
            sums[3] += words.score().ndcg();
            sums[4] += words.score().recall();
            sums[5] += words.tookMs();
            if (!semantic.score().missed().isEmpty()) {
                misses.add(c.id() + " " + c.q() + " → missing " + semantic.score().missed().stream().map(RankJudge.Passage::contains).toList()
                        + "; top " + semantic.top());
            }
            System.out.printf("[%s] %s %-12s nDCG@10 words %.3f semantic %.3f  recall@10 words %.3f semantic %.3f  took %d / %d ms%n",
                    tag, c.id(), c.q(), words.score().ndcg(), semantic.score().ndcg(), words.score().recall(), semantic.score().recall(),
                    words.tookMs(), semantic.tookMs());
        }
        int n = cases.size();
        Comparison out = new Comparison(new Mean(sums[0] / n, sums[1] / n, sums[2] / n), new Mean(sums[3] / n, sums[4] / n, sums[5] / n));
        System.out.printf("[%s] %d queries, words only: mean nDCG@10 %.4f, mean recall@10 %.4f, mean took %.1f ms%n",
                tag, n, out.words().ndcg(), out.words().recall(), out.words().tookMs());
        System.out.printf("[%s] %d queries, with semantic: mean nDCG@10 %.4f, mean recall@10 %.4f, mean took %.1f ms%n",
                tag, n, out.semantic().ndcg(), out.semantic().recall(), out.semantic().tookMs());
        misses.forEach(m -> System.out.println("[" + tag + "] " + m));
        return out;
    }

    private record Run(RankJudge.Score score, long tookMs, List<String> top) {
    }

    private static Run run(Http http, Case c, boolean semantic) {
        List<String> params = new ArrayList<>(List.of("q", c.q(), "size", String.valueOf(K), "semantic", String.valueOf(semantic)));
        c.filters().forEach((name, value) -> params.addAll(List.of(name, value)));
        Http.Response res = http.get("/api/search", params.toArray(String[]::new));
        assertThat(res.status()).as(c.q()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (JsonNode hit : res.json().path("hits")) {
            texts.add(hit.path("heading").asText() + "\n" + hit.path("text").asText());
            top.add(hit.path("reportTitle").asText() + " / " + hit.path("heading").asText());
        }
        return new Run(RankJudge.score(texts, c.passages(), K), res.json().path("tookMs").asLong(), top);
    }
}
