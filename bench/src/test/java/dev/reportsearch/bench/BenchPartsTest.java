package dev.reportsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure parts of the bench code: percentiles, tables, the results file's sections. No timing here. */
class BenchPartsTest {

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 95)).isEqualTo(95);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
        assertThat(Latencies.percentile(new long[0], 50)).isZero();
    }

    @Test
    void theRealCorpusRunsALinesOwnQueryWhereItGivesOne() throws java.io.IOException {
        java.util.List<QuerySet.Query> generated = QuerySet.load("bench", false);
        java.util.List<QuerySet.Query> real = QuerySet.load("bench", true);
        assertThat(real).extracting(QuerySet.Query::kind).isEqualTo(generated.stream().map(QuerySet.Query::kind).toList());
        assertThat(generated).extracting(QuerySet.Query::text).contains("q=\"最美家庭\"").doesNotContain("q=\"留守儿童\"");
        assertThat(real).extracting(QuerySet.Query::text).contains("q=\"留守儿童\"").doesNotContain("q=\"最美家庭\"");
        assertThat(real.get(0)).as("a line without a real-corpus query runs as it is").isEqualTo(generated.get(0));
        assertThat(real).filteredOn(q -> q.text().contains("留守儿童")).singleElement()
                .satisfies(q -> assertThat(q.esBody()).contains("留守儿童"));
    }

    @Test
    void summaryInMillisecondsWithThroughputAndErrors() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 10; i++) {
            (i % 2 == 0 ? a : b).record(i * 1_000_000L);
        }
        b.error();
        Latencies.Summary s = Latencies.merge(java.util.List.of(a, b)).summarize(2_000_000_000L);
        assertThat(s.requests()).isEqualTo(10);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.throughput()).isEqualTo(5.0);
        assertThat(s.p50()).isEqualTo(5.0);
        assertThat(s.p99()).isEqualTo(10.0);
        assertThat(s.max()).isEqualTo(10.0);
    }

    @Test
    void tableAlignsColumns() {
        String t = new MarkdownTable("Target", "p50 ms").row("API", "1.25").row("Elasticsearch direct", "10.50").toString();
        assertThat(t).isEqualTo("""
                | Target               | p50 ms |
                | -------------------- | -----: |
                | API                  |   1.25 |
                | Elasticsearch direct |  10.50 |
                """);
    }

    @Test
    void sectionsAreReplacedOrAppended() {
        String doc = ResultsFile.replaceSection("# Benchmarks\n\nintro\n", "index", "first");
        assertThat(doc).isEqualTo("# Benchmarks\n\nintro\n\n<!-- bench:index -->\nfirst\n<!-- /bench:index -->\n");
        String again = ResultsFile.replaceSection(doc + "\nnotes kept\n", "index", "second");
        assertThat(again).contains("second").doesNotContain("first").contains("notes kept").contains("intro");
        assertThat(ResultsFile.replaceSection(again, "search", "s")).contains("<!-- bench:search -->\ns\n<!-- /bench:search -->");
    }

    @Test
    void growthExponentAndNiceSteps() {
        assertThat(ScaleBench.growth(1000, 2, 100000, 200)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ScalePlot.niceStep(3.2)).isEqualTo(5.0);
        assertThat(ScalePlot.niceStep(0.7)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ScalePlot.niceStep(180)).isEqualTo(200.0);
    }
}
