package dev.reportsearch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportParser;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.embed.SectionVectors;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.TestData;
import dev.reportsearch.testkit.TestElasticsearch;
import dev.reportsearch.testkit.RegionEdgeReports;

/**
 * One index and one API per test JVM: the seed reports and our samples through the real pipeline,
 * plus a few hand-made reports for cases the real text does not hold (a {@code <script>} in the text,
 * figures in known units, townships: {@link RegionEdgeReports}, dates and units: {@link OrderAndUnitReports}).
 */
final class ApiFixture {
    static final String ALIAS = "api-test";
    static final String HANDMADE_ID = "handmade-quanzhou";
    /** Our sample report written as a PDF (samples/), in 瑞金市. */
    static final String SAMPLE_PDF = "jiangxi-ruijin-2022.pdf";
    private static ApiServer server;
    private static ElasticsearchClient client;
    private static BatchIndexer.Summary summary;

    private ApiFixture() {
    }

    static synchronized ApiServer server() {
        if (server == null) {
            try {
                client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
                summary = index(client);
            } catch (IOException e) {
                throw new IllegalStateException("cannot index the test data", e);
            }
            server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS, TestElasticsearch.ANSWER_DEADLINE));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-api"));
        }
        return server;
    }

    static Http http() {
        return new Http("http://127.0.0.1:" + server().port());
    }

    static ElasticsearchClient client() {
        server();
        return client;
    }

    /** The id of the report read from this file of samples/, found among the hits of its region. */
    static String sampleReportId(String file, String region) {
        Http.Response res = http().get("/api/search", "region", region, "size", "100");
        for (com.fasterxml.jackson.databind.JsonNode hit : res.json().path("hits")) {
            if (file.equals(hit.path("source").path("file").asText())) {
                return hit.path("reportId").asText();
            }
        }
        throw new AssertionError("no hit of " + file + " in " + region + ": " + res.body());
    }

    static BatchIndexer.Summary summary() {
        server();
        return summary;
    }

    private static BatchIndexer.Summary index(ElasticsearchClient client) throws IOException {
        Path handmade = Files.createTempDirectory("api-handmade");
        Files.writeString(handmade.resolve(HANDMADE_ID + ".txt"), "stand-in: parsed by ApiFixture.handmade()");
        RegionEdgeReports.writeStandIns(handmade);
        OrderAndUnitReports.writeStandIns(handmade);
        ReportPipeline pipeline = ReportPipeline.standard();
        ReportParser parser = file -> {
            if (file.getFileName().toString().startsWith(HANDMADE_ID)) {
                return handmade(file);
            }
            Optional<Report> made = RegionEdgeReports.forFile(file).or(() -> OrderAndUnitReports.forFile(file));
            return made.isPresent() ? made.get() : pipeline.parse(file);
        };
        ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
        BatchIndexer.Summary s = new BatchIndexer(client, index, parser).withStage(new SectionVectors(TextVectors.standard()))
                .run(List.of(TestData.seeds(), TestData.samples(), handmade), true, 2, BatchIndexer.Progress.NONE);
        if (!s.skipped().isEmpty()) {
            System.err.println("[ApiFixture] not indexed: " + s.skipped());
        }
        System.err.printf("[ApiFixture] indexed %d reports, %d sections, %d achievements%n", s.reports(), s.sections(), s.achievements());
        return s;
    }

    /** A made-up Quanzhou report with one section in 石狮市 and one in 晋江市, with figures and markup in the text. */
    static Report handmade(Path file) {
        Gazetteer g = Gazetteer.standard();
        Region quanzhou = g.resolve("泉州市").orElseThrow();
        Region shishi = g.resolve("石狮市").orElseThrow();
        Region jinjiang = g.resolve("晋江市").orElseThrow();
        List<Section> sections = new ArrayList<>();
        String shishiText = "石狮市妇联举办<script>alert('x')</script>亲子阅读活动。全年发放巾帼创业贷款12345万元，惠及妇女8888人次。";
        sections.add(new Section(0, "石狮亲子阅读", List.of("石狮亲子阅读"), shishiText, shishi, List.of(2031), List.of("family"),
                List.of(new Achievement("全年发放巾帼创业贷款12345万元，惠及妇女8888人次。",
                        List.of(new Figure("12345万元", 123_450_000, "元", false, FigureKind.MONEY),
                                new Figure("8888人次", 8888, "人次", false, FigureKind.PEOPLE)), List.of("family")))));
        sections.add(new Section(1, "晋江亲子阅读", List.of("晋江亲子阅读"), "晋江市妇联开展亲子阅读活动，受益家庭7777户。", jinjiang,
                List.of(2031), List.of("family"),
                List.of(new Achievement("晋江市妇联开展亲子阅读活动，受益家庭7777户。",
                        List.of(new Figure("7777户", 7777, "户", false, FigureKind.OTHER)), List.of("family")))));
        return new Report(HANDMADE_ID, "泉州市妇联亲子阅读工作报告", quanzhou, List.of(2031),
                new Source(file.toString(), "https://example.org/quanzhou/qinzi", "泉州市妇联", LocalDate.of(2031, 12, 1)),
                List.of(), sections);
    }
}
