package dev.reportsearch.indexer;

import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.indexer.read.UnreadableReportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPipelineTest {
    private static ReportPipeline pipeline;

    private static final String REPORT = """
            首页 > 工作动态
            鹿城区妇联2020年工作总结
            发布日期：2021-01-08  来源：鹿城区妇联  阅读36次
            2020年,区妇联团结带领全区妇女,扎实推进各项工作。
            一、加强思想引领
            全年开展宣讲活动120场,覆盖妇女5000余人次。
            二、推进创业就业
            发放创业贷款300万元,扶持妇女创业200余人。
            上一篇:甲 下一篇:乙
            """;

    @BeforeAll
    static void build() {
        pipeline = ReportPipeline.standard();
    }

    /**
     * Issue 9's fuzz case: a 5 MB file of one section once took minutes (figure extraction was quadratic).
     * Measured 1.6–2.7 s here for 5.4 MB (4.9–5.9 s in a cold JVM at load average ~4, 2 cores);
     * the bound is generous so that a busy CI machine cannot make it flaky, while quadratic work would blow it.
     */
    @Test
    void aFiveMegabyteOneSectionFileParsesInSeconds() throws Exception {
        StringBuilder text = new StringBuilder("某县妇联工作总结\n");
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; text.length() < 2_100_000; i++) {
            text.append("全县妇联组织举办培训班").append(1 + random.nextInt(99)).append("期，参训妇女").append(100 + random.nextInt(9900))
                    .append("人次，发放创业担保贷款").append(1 + random.nextInt(999)).append("万元，帮助").append(10 + random.nextInt(490))
                    .append("名妇女实现就业").append(i % 7 == 6 ? "。" : "，");
        }
        byte[] bytes = text.append("。\n").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(5 * 1024 * 1024);
        long start = System.nanoTime();
        Report report = pipeline.parse("five-mb.txt", bytes);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[ReportPipelineTest] %.1f MB in one section parsed in %.1f s%n", bytes.length / 1e6, seconds);
        assertThat(report.sections()).hasSize(1);
        assertThat(report.sections().get(0).achievements()).hasSizeGreaterThan(1000);
        assertThat(seconds).isLessThan(60);
    }

    @Test
    void assemblesAReport() throws Exception {
        Report report = pipeline.parse("reports/lucheng.txt", REPORT.getBytes(Charset.forName("GB18030")));
        assertThat(report.title()).isEqualTo("鹿城区妇联2020年工作总结");
        assertThat(report.source().publishedAt()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(report.source().publisher()).isEqualTo("鹿城区妇联");
        assertThat(report.source().file()).isEqualTo("reports/lucheng.txt");
        assertThat(report.years()).containsExactly(2020);
        assertThat(report.region()).isNotNull();
        assertThat(report.region().name()).isEqualTo("鹿城区");
        assertThat(report.sections()).extracting(Section::heading).containsExactly("", "一、加强思想引领", "二、推进创业就业");
        Section first = report.sections().get(1);
        assertThat(first.headingPath()).containsExactly("鹿城区妇联2020年工作总结", "一、加强思想引领");
        assertThat(first.region()).isEqualTo(report.region());
        assertThat(first.years()).containsExactly(2020);
        assertThat(report.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("上一篇", "阅读36次"));
        Section money = report.sections().get(2);
        assertThat(money.achievements()).isNotEmpty();
        assertThat(money.achievements()).allSatisfy(a -> assertThat(a.themes()).containsAll(money.themes()));
    }

    @Test
    void idIsStableForTheSameFileAndChangesWithContentOrPath() throws Exception {
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        String id = pipeline.parse("reports/lucheng.txt", bytes).id();
        assertThat(id).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(pipeline.parse("reports/./lucheng.txt", bytes).id()).isEqualTo(id);
        assertThat(pipeline.parse("reports\\lucheng.txt", bytes).id()).isEqualTo(id);
        assertThat(pipeline.parse("reports/other.txt", bytes).id()).isNotEqualTo(id);
        assertThat(pipeline.parse("reports/lucheng.txt", (REPORT + "补充。").getBytes(StandardCharsets.UTF_8)).id()).isNotEqualTo(id);
    }

    @Test
    void parsesAFileOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.txt");
        Files.writeString(file, REPORT);
        Report report = pipeline.parse(file);
        assertThat(report.id()).isEqualTo(pipeline.parse(file.toString(), Files.readAllBytes(file)).id());
    }

    @Test
    void refusesUnreadableFilesWithAReason(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("x.txt");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0});
        assertThatThrownBy(() -> pipeline.parse(binary))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
        Path empty = dir.resolve("e.txt");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> pipeline.parse(empty))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("empty file"));
    }
}
