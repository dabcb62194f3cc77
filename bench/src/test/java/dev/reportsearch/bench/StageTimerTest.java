package dev.reportsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The stage timer times the pipeline's own stages (no copy of them): every stage is seen, the documents counted. */
class StageTimerTest {

    @Test
    void everyStageOfTheRealPipelineIsTimed() throws Exception {
        String report = """
                某某县妇联2023年工作总结
                一、巾帼创业
                全年举办家庭教育讲座276场，为916名创业妇女办理贷款11769万元。
                二、维权服务
                受理妇女来信来访132件，办结率100%。
                """;
        StageTimer timer = new StageTimer();
        timer.run("report.txt", report.getBytes(StandardCharsets.UTF_8));

        assertThat(timer.nanosByStage()).containsOnlyKeys("read", "id", "clean", "split", "classify", "extract", "documents");
        assertThat(timer.nanosByStage().values()).allSatisfy(nanos -> assertThat(nanos).isPositive());
        assertThat(timer.documents()).isGreaterThan(3);
        assertThat(timer.analysedByField()).containsKeys("report title", "section text", "achievement text");
    }
}
