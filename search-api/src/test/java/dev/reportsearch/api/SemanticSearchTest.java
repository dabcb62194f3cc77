package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.embed.SectionVectors;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.TestElasticsearch;

/**
 * Semantic retrieval through the API: a query sharing no word with a section (no smartcn word, no exact
 * substring) finds it through the section vectors, semantic=false turns that off, and quoted text stays exact.
 * The report is made up here, in the field's language, so that no judged page is involved.
 */
class SemanticSearchTest {
    private static final String ALIAS = "api-semantic";
    static final String SICK_HEADING = "关爱困难群体";
    static final String SICK = "县妇联走访慰问患病的困难姐妹，为她们送去慰问金和生活用品，帮助38户家庭渡过难关。";
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void indexWithVectors() throws IOException {
        ElasticsearchClient client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        Path dir = Files.createTempDirectory("api-semantic");
        Files.writeString(dir.resolve("made-up.txt"), "stand-in: the report is made by SemanticSearchTest.report()");
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        BatchIndexer.Summary s = new BatchIndexer(client, index, SemanticSearchTest::report)
                .withStage(new SectionVectors(TextVectors.standard()))
                .run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);
        assertThat(s.ok()).as("indexed").isTrue();
        server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Report report(Path file) {
        var region = Gazetteer.standard().resolve("石狮市").orElseThrow();
        String[][] parts = {
            {SICK_HEADING, SICK},
            {"家庭教育", "举办家长课堂12场，邀请专家讲授亲子沟通方法，参与家长1500人次。"},
            {"巾帼创业", "组织农村妇女参加电商直播培训，带动农产品网上销售200万元。"},
            {"基层组织建设", "完成村级妇联换届，选优配强执委队伍，新建妇女之家30个。"},
        };
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            sections.add(new Section(i, parts[i][0], List.of(parts[i][0]), parts[i][1], region, List.of(2031), List.of(), List.of()));
        }
        return new Report("made-up-shishi", "石狮市妇联2031年工作总结", region, List.of(2031),
                new Source(file.toString(), "https://example.org/shishi/2031", "石狮市妇联", LocalDate.of(2031, 12, 1)), List.of(), sections);
    }

    @Test
    void aQuerySharingNoWordFindsTheSectionByMeaning() {
        // 扶助 病患 贫困 女性: none of these words, nor any of them as a substring, is in the section
        JsonNode res = http.get("/api/search", "q", "扶助病患贫困女性").json();
        assertThat(res.path("semantic").asBoolean()).isTrue();
        assertThat(headings(res)).first().isEqualTo(SICK_HEADING);
        assertThat(res.path("total").asLong()).isLessThan(4);
    }

    @Test
    void semanticFalseSearchesTheWordsOnly() {
        JsonNode res = http.get("/api/search", "q", "扶助病患贫困女性", "semantic", "false").json();
        assertThat(res.path("semantic").asBoolean()).isFalse();
        assertThat(headings(res)).doesNotContain(SICK_HEADING);

        // 育儿讲座 is in no section, nor any two of its characters together; its cosine to the 家长课堂 section is 0.59
        // (父母 育儿 指导, this test's query before index version 10, is at 0.548, just under the threshold, and was
        // found only through the rounding of the int8 copy Elasticsearch searched then)
        JsonNode parenting = http.get("/api/search", "q", "育儿讲座").json();
        assertThat(headings(parenting)).first().isEqualTo("家庭教育");
        assertThat(headings(http.get("/api/search", "q", "育儿讲座", "semantic", "false").json())).isEmpty();
    }

    @Test
    void quotedTextStaysExact() {
        JsonNode res = http.get("/api/search", "q", "\"贫困女性\"").json();
        assertThat(res.path("semantic").asBoolean()).isFalse();
        assertThat(res.path("total").asLong()).isZero();
    }

    @Test
    void aBadSemanticValueIsA400NamingIt() {
        Http.Response res = http.get("/api/search", "q", "家长", "semantic", "maybe");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body()).contains("semantic");
    }

    private static List<String> headings(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.path("hits").forEach(h -> out.add(h.path("heading").asText()));
        return out;
    }
}
