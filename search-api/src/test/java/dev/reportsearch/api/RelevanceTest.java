package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Relevance over the seeds and samples, from the judgments in {@code relevance.tsv}: each query lists
 * the passages that answer it, squarely (grade 2) or in part (grade 1), judged by {@link RankJudge}.
 * The floors sit just below what the search achieves, so that relevance cannot fall silently.
 */
class RelevanceTest {
    static final double NDCG_FLOOR = 0.94;
    static final double RECALL_FLOOR = 0.94;
    /** Without semantic retrieval (semantic=false): words alone must not fall either. */
    static final double WORDS_NDCG_FLOOR = 0.94;
    static final double WORDS_RECALL_FLOOR = 0.93;

    record Judgment(String query, List<RankJudge.Passage> passages) {
    }

    @Test
    void ndcgAndRecallAtTenStayAboveTheirFloors() throws IOException {
        List<Judgment> judgments = judgments();
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(30);
        List<RelevanceRuns.Case> cases = judgments.stream()
                .map(j -> new RelevanceRuns.Case("", j.query(), Map.of(), j.passages()))
                .toList();
        RelevanceRuns.Comparison c = RelevanceRuns.compare("relevance", ApiFixture.http(), cases);
        assertThat(c.semantic().ndcg()).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(c.semantic().recall()).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(c.words().ndcg()).as("mean nDCG@10, words only").isGreaterThanOrEqualTo(WORDS_NDCG_FLOOR);
        assertThat(c.words().recall()).as("mean recall@10, words only").isGreaterThanOrEqualTo(WORDS_RECALL_FLOOR);
    }

    static List<Judgment> judgments() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Judgment> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<RankJudge.Passage> passages = new ArrayList<>(passages(cols[1], RankJudge.TOP_GRADE));
                if (cols.length > 2) {
                    passages.addAll(passages(cols[2], RankJudge.TOP_GRADE - 1));
                }
                out.add(new Judgment(cols[0].strip(), passages));
            }
            return out;
        }
    }

    private static List<RankJudge.Passage> passages(String column, int grade) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .map(p -> new RankJudge.Passage(p, grade)).toList();
    }
}
