package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.text.SearchText;

/**
 * Relevance over the seeds and samples, from the judgments in {@code relevance.tsv}: each query lists
 * passages its top ten should hold. A hit earns gain 1 for the first passage it holds that no earlier
 * hit held; nDCG@10 compares that with all passages found at the top, recall@10 counts passages found.
 * The floors sit just below what the search achieves, so that relevance cannot fall silently.
 */
class RelevanceTest {
    static final double NDCG_FLOOR = 0.62;
    static final double RECALL_FLOOR = 0.77;
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
            for (JsonNode hit : res.json().path("hits")) {
                texts.add(normal(hit.path("heading").asText() + "\n" + hit.path("text").asText()));
            }
            Set<String> found = new HashSet<>();
            double dcg = 0;
            for (int i = 0; i < texts.size(); i++) {
                for (String passage : j.passages()) {
                    if (!found.contains(passage) && texts.get(i).contains(normal(passage))) {
                        found.add(passage);
                        dcg += 1 / log2(i + 2);
                        break;
                    }
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(K, j.passages().size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            double ndcg = dcg / ideal;
            double recall = (double) found.size() / j.passages().size();
            ndcgSum += ndcg;
            recallSum += recall;
            if (recall < 1) {
                List<String> missed = new ArrayList<>(j.passages());
                missed.removeAll(found);
                List<String> top = new ArrayList<>();
                res.json().path("hits").forEach(h -> top.add(h.path("heading").asText()));
                misses.add(j.query() + " → missing " + missed + "; top headings " + top);
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

    private static String normal(String s) {
        return SearchText.normalize(s).replaceAll("\\s+", "");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
