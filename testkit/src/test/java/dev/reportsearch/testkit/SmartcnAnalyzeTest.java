package dev.reportsearch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Our smartcn plugin, installed in the managed server, segments Chinese the way the official one does. */
class SmartcnAnalyzeTest {

    @Test
    void smartcnAnalyzerSplitsWords() throws Exception {
        assertThat(analyze("{\"analyzer\":\"smartcn\",\"text\":\"妇女儿童发展纲要\"}"))
                .containsExactly("妇女", "儿童", "发展", "纲要");
    }

    @Test
    void tokenizerAndStopFilterAreRegistered() throws Exception {
        List<String> tokens = analyze("{\"tokenizer\":\"smartcn_tokenizer\",\"filter\":[\"smartcn_stop\"],"
                + "\"text\":\"全市3万多名适龄妇女进行两癌免费筛查。\"}");
        assertThat(tokens).contains("全市", "妇女", "免费").doesNotContain("。", ",");
    }

    private static List<String> analyze(String body) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/_analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"").matcher(res.body());
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }
}
