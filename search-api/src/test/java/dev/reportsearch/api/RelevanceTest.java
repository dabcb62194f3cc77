package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Relevance over the seeds and samples, from the judgments in {@code relevance.tsv}: each query lists
 * passages its top ten should hold, all of the top grade, judged by {@link RankJudge}.
 * The floors sit just below what the search achieves, so that relevance cannot fall silently.
 */
class RelevanceTest {
    static final double NDCG_FLOOR = 0.69;
    static final double RECALL_FLOOR = 0.80;
    static final int K = 10;

    record Judgment(String query, List<String> passages) {
    }

    @Test
    void ndcgAndRecallAtTenStayAboveTheirFloors() throws IOException {
        Http http = ApiFixture.http();
        List<Judgment> judgments = judgments();
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(30);
        double ndcgSum = 0;
        double recallSum = 0;
        List<String> misses = new ArrayList<>();
        for (Judgment j : judgments) {
            Http.Response res = http.get("/api/search", "q", j.query(), "size", String.valueOf(K));
            assertThat(res.status()).as(j.query()).isEqualTo(200);
            List<String> texts = new ArrayList<>();
            List<String> top = new ArrayList<>();
            for (JsonNode hit : res.json().path("hits")) {
                texts.add(hit.path("heading").asText() + "\n" + hit.path("text").asText());
                top.add(hit.path("heading").asText());
            }
            List<RankJudge.Passage> passages = j.passages().stream().map(p -> new RankJudge.Passage(p, RankJudge.TOP_GRADE)).toList();
            RankJudge.Score score = RankJudge.score(texts, passages, K);
            double ndcg = score.ndcg();
            double recall = score.recall();
            ndcgSum += ndcg;
            recallSum += recall;
            if (!score.missed().isEmpty()) {
                misses.add(j.query() + " → missing " + score.missed().stream().map(RankJudge.Passage::contains).toList() + "; top headings " + top);
            }
            System.out.printf("[relevance] %-12s nDCG@10 %.3f  recall@10 %.3f%n", j.query(), ndcg, recall);
        }
        double ndcg = ndcgSum / judgments.size();
        double recall = recallSum / judgments.size();
        System.out.printf("[relevance] %d queries: mean nDCG@10 %.4f, mean recall@10 %.4f%n", judgments.size(), ndcg, recall);
        misses.forEach(m -> System.out.println("[relevance] " + m));
        assertThat(ndcg).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(recall).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_FLOOR);
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
                out.add(new Judgment(cols[0].strip(), Arrays.stream(cols[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
            return out;
        }
    }
}
