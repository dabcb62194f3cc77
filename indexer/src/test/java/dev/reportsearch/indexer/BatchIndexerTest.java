package dev.reportsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.indexer.load.IndexLayout;
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
    void reindexingTheSameFilesGivesTheSameIdsAndNoDuplicates() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n第一段\n第二段\n");
        BatchIndexer indexer = indexer("t-same");
        String first = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE).index();
        indexer.run(List.of(dir), false, 1, BatchIndexer.Progress.NONE);
        assertThat(count("t-same", "section")).isEqualTo(2);

        Files.writeString(dir.resolve("b.txt"), "乙县妇联工作报告\n第一段\n");
        BatchIndexer.Summary added = indexer.run(List.of(dir.resolve("b.txt")), false, 1, BatchIndexer.Progress.NONE);
        assertThat(added.index()).isEqualTo(first);
        assertThat(count("t-same", "report")).isEqualTo(2);

        String rebuilt = indexer.run(List.of(dir), true, 1, BatchIndexer.Progress.NONE).index();
        assertThat(rebuilt).isNotEqualTo(first);
        assertThat(index("t-same").aliasTarget()).contains(rebuilt);
        assertThat(client.indices().exists(e -> e.index(first)).value()).as("old index deleted after the swap").isFalse();
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
                    long hits = client.count(c -> c.index("t-live").query(q -> q.match(m -> m.field("norm.body").query("家庭教育")))).count();
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
}
