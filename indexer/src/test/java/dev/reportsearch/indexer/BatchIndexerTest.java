package dev.reportsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.index.IndexGeneration;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportDocuments;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.indexer.read.UnreadableReportException;
import dev.reportsearch.testkit.TestElasticsearch;

/** The batch and load stages against a real Elasticsearch, with a trivial parser standing in for the pipeline. */
class BatchIndexerTest {
    private static ElasticsearchClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
    }

    @AfterAll
    static void close() throws IOException {
        client._transport().close();
    }

    /** First line: title; other lines: one section each. An empty file is unreadable. */
    static Report parse(Path file) throws UnreadableReportException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new UnreadableReportException(file.toString(), "empty file");
            }
            List<Section> sections = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                sections.add(new Section(i - 1, "第" + i + "节", List.of(lines.get(0)), lines.get(i), null, List.of(2020),
                        List.of("family"), List.of()));
            }
            String id = Integer.toHexString(file.getFileName().toString().hashCode());
            return new Report(id, lines.get(0), null, List.of(2020), new Source(file.toString(), null, null, null), List.of(), sections);
        } catch (IOException e) {
            throw new UnreadableReportException(file.toString(), "unreadable: " + e.getMessage());
        }
    }

    private BatchIndexer indexer(String alias) {
        return new BatchIndexer(client, index(alias), BatchIndexerTest::parse);
    }

    private ReportIndex index(String alias) {
        return new ReportIndex(client, new IndexDefinition(alias), IndexLayout.forNodes(1));
    }

    private long count(String alias, String docType) throws IOException {
        return client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("docType").value(docType)))).count();
    }

    @Test
    void aBadFileIsNamedAndSkippedWhileTheRestIsIndexed() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场\n开展两癌筛查\n");
        Files.writeString(dir.resolve("b.txt"), "乙县妇联工作报告\n妇女创业贷款\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("notes.md"), "ignored: not a report file");

        BatchIndexer.Summary summary = indexer("t-bad").run(List.of(dir, dir.resolve("missing")), true, 2, BatchIndexer.Progress.NONE);

        assertThat(summary.reports()).isEqualTo(2);
        assertThat(summary.sections()).isEqualTo(3);
        assertThat(summary.skipped()).extracting(BatchIndexer.Skipped::file)
                .containsExactlyInAnyOrder(dir.resolve("empty.txt").toString(), dir.resolve("missing").toString());
        assertThat(summary.skipped()).extracting(BatchIndexer.Skipped::reason).contains("empty file", "no such file or folder");
        assertThat(summary.aliasSwapped()).isTrue();
        assertThat(count("t-bad", "section")).isEqualTo(3);
        assertThat(count("t-bad", "report")).isEqualTo(2);
    }

    @Test
    void anIndexOfAnOlderVersionIsNamedSoThatUpCanSayWhatToRun() throws IOException {
        client.indices().create(c -> c.index("t-older-v1-20200101-000000").aliases("t-older", a -> a));
        assertThat(new ReportIndex(client, new IndexDefinition("t-older"), IndexLayout.forNodes(1)).olderGeneration())
                .map(IndexGeneration::name).contains("t-older-v1-20200101-000000");

        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场\n");
        indexer("t-current").run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);
        assertThat(new ReportIndex(client, new IndexDefinition("t-current"), IndexLayout.forNodes(1)).olderGeneration()).isEmpty();
        assertThat(new ReportIndex(client, new IndexDefinition("t-none"), IndexLayout.forNodes(1)).olderGeneration()).isEmpty();
    }

    @Test
    void addingToAnIndexOfAnOlderVersionAsksForARebuildAndARebuildReplacesIt() throws IOException {
        client.indices().create(c -> c.index("t-old-v1-20200101-000000").aliases("t-old", a -> a));
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场\n");
        BatchIndexer indexer = indexer("t-old");
        assertThatThrownBy(() -> indexer.run(List.of(dir), false, 1, BatchIndexer.Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("older version").hasMessageContaining("--rebuild");
        BatchIndexer.Summary rebuilt = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);
        assertThat(rebuilt.aliasSwapped()).isTrue();
        assertThat(count("t-old", "report")).isEqualTo(1);
    }

    @Test
    void aFolderOfPdfAndWordReportsIsIndexedAndABrokenPdfInItIsNamed() throws IOException {
        Files.copy(dev.reportsearch.testkit.TestData.samples().resolve("jiangxi-ruijin-2022.pdf"), dir.resolve("a.pdf"));
        Files.copy(dev.reportsearch.testkit.TestData.samples().resolve("shaanxi-qishan-2021.docx"), dir.resolve("b.docx"));
        Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot a PDF after all\n", StandardCharsets.ISO_8859_1);

        BatchIndexer.Summary summary = new BatchIndexer(client, index("t-docs"), ReportPipeline.standard())
                .run(List.of(dir), true, 2, BatchIndexer.Progress.NONE);

        assertThat(summary.reports()).isEqualTo(2);
        assertThat(summary.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.file()).endsWith("broken.pdf");
            assertThat(skipped.reason()).startsWith("corrupt PDF");
        });
        assertThat(count("t-docs", "report")).isEqualTo(2);
    }

    @Test
    void reindexingTheSameFilesGivesTheSameIdsAndNoDuplicates() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n第一段\n第二段\n");
        BatchIndexer indexer = indexer("t-same");
        IndexGeneration first = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE).index();
        indexer.run(List.of(dir), false, 1, BatchIndexer.Progress.NONE);
        assertThat(count("t-same", "section")).isEqualTo(2);

        Files.writeString(dir.resolve("b.txt"), "乙县妇联工作报告\n第一段\n");
        BatchIndexer.Summary added = indexer.run(List.of(dir.resolve("b.txt")), false, 1, BatchIndexer.Progress.NONE);
        assertThat(added.index()).isEqualTo(first);
        assertThat(count("t-same", "report")).isEqualTo(2);

        IndexGeneration rebuilt = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE).index();
        assertThat(rebuilt).isNotEqualTo(first);
        assertThat(index("t-same").aliasTarget()).contains(rebuilt);
        assertThat(client.indices().getAlias(a -> a.name("t-same")).result().keySet()).as("both indices of the new build, nothing else")
                .containsExactlyInAnyOrderElementsOf(rebuilt.indices());
        for (String old : first.indices()) {
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("old index deleted after the swap: " + old).isFalse();
        }
        assertThat(count("t-same", "section")).isEqualTo(3);
    }

    @Test
    void aReportCanBeRemoved() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n第一段\n第二段\n");
        BatchIndexer.Summary s = indexer("t-remove").run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);
        String reportId = Integer.toHexString("a.txt".hashCode());
        assertThat(index("t-remove").deleteReport(s.index(), reportId)).isEqualTo(3);
        assertThat(client.count(c -> c.index("t-remove")).count()).isZero();
    }

    @Test
    void searchesDuringARebuildNeverSeeAnEmptyIndex() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("r" + i + ".txt"), "报告" + i + "\n家庭教育讲座第" + i + "场\n妇女健康\n");
        }
        BatchIndexer indexer = indexer("t-live");
        indexer.run(List.of(dir), true, 2, BatchIndexer.Progress.NONE);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<Long> zeroes = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    long hits = client.count(c -> c.index("t-live").query(q -> q.match(m -> m.field("text").query("家庭教育")))).count();
                    searches.incrementAndGet();
                    if (hits == 0) {
                        synchronized (zeroes) {
                            zeroes.add(hits);
                        }
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }
        });
        searcher.start();
        for (int round = 0; round < 3; round++) {
            indexer.run(List.of(dir), true, 2, BatchIndexer.Progress.NONE);
        }
        rebuilding.set(false);
        searcher.join();
        assertThat(searches.get()).isGreaterThan(10);
        assertThat(zeroes).as("searches that found nothing during %d searches", searches.get()).isEmpty();
    }

    @Test
    void aFileThatTakesTooLongIsSkippedWithTheReasonWhileTheRestIsIndexed() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场\n");
        Files.writeString(dir.resolve("slow.txt"), "乙县妇联工作报告\n开展两癌筛查\n");
        Files.writeString(dir.resolve("z.txt"), "丙县妇联工作报告\n妇女创业贷款\n");
        ReportParser hangsOnSlow = file -> {
            if (file.getFileName().toString().startsWith("slow")) {
                try {
                    Thread.sleep(Long.MAX_VALUE); // a runaway stage
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return parse(file);
        };
        BatchIndexer indexer = new BatchIndexer(client, index("t-slow"), hangsOnSlow, Duration.ofSeconds(1));

        BatchIndexer.Summary summary = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);

        assertThat(summary.reports()).isEqualTo(2);
        assertThat(summary.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(dir.resolve("slow.txt").toString());
            assertThat(s.reason()).startsWith("timed out: not parsed within 1 s").contains("--file-timeout");
        });
        assertThat(summary.aliasSwapped()).isTrue();
        assertThat(count("t-slow", "report")).isEqualTo(2);
    }

    @Test
    void aGb18030FileWithOneBadByteIsIndexedWithAWarning() throws IOException {
        String text = "甲县妇联工作报告\n" + "全年举办家庭教育讲座30场，培训农村妇女1560人次。\n".repeat(20);
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        int lead = bytes.length / 2;
        while (bytes[lead] >= 0) {
            lead++;
        }
        bytes[lead] = (byte) 0xFF;
        Files.write(dir.resolve("gb.txt"), bytes);
        BatchIndexer indexer = new BatchIndexer(client, index("t-damage"), ReportPipeline.standard());

        BatchIndexer.Summary summary = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);

        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.reports()).isEqualTo(1);
        int offset = lead;
        assertThat(summary.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(dir.resolve("gb.txt").toString());
            assertThat(w.message()).contains("GB18030", "first at byte " + offset);
        });
        assertThat(count("t-damage", "report")).isEqualTo(1);
    }

    /** A table of numbers read as one achievement must not exceed the nested-object limit and fail the rebuild. */
    @Test
    void anAchievementWithThousandsOfFiguresStaysUnderTheNestedObjectLimit() throws IOException {
        Files.writeString(dir.resolve("table.txt"), "统计表\n");
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            figures.add(new Figure(i + "人", i, "人", false, FigureKind.PEOPLE));
        }
        Achievement table = new Achievement("各乡镇培训人数一览", figures, List.of("family"));
        ReportParser tableParser = file -> new Report("table", "统计表", null, List.of(2020),
                new Source(file.toString(), null, null, null), List.of(),
                List.of(new Section(0, "", List.of("统计表"), "各乡镇培训人数一览", null, List.of(2020), List.of("family"), List.of(table))));

        BatchIndexer.Summary summary = new BatchIndexer(client, index("t-nested"), tableParser)
                .run(List.of(dir), true, 1, BatchIndexer.Progress.NONE);

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.aliasSwapped()).isTrue();
        assertThat(count("t-nested", "achievement")).isEqualTo(1);
        var hit = client.search(s -> s.index("t-nested").query(q -> q.term(t -> t.field("docType").value("achievement"))),
                java.util.Map.class).hits().hits().get(0);
        assertThat((List<?>) hit.source().get("figures")).hasSize(ReportDocuments.MAX_FIGURES_PER_ACHIEVEMENT);
        assertThat(hit.source().get("maxValue")).isEqualTo(11_999.0);
    }
}
