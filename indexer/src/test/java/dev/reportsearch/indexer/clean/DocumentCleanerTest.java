package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.DocumentFormat;
import dev.reportsearch.indexer.read.PageMetadata;
import dev.reportsearch.indexer.read.ReadDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCleanerTest {
    @Test
    void cleansAPage() {
        ReadDocument read = new ReadDocument("x.txt", DocumentFormat.TEXT, "UTF-8", List.of(
                "工作动态",
                "",
                "某县妇联⼯作报告",
                "",
                "时间:2020-01-05 10:00:00  来源:某县妇联  阅读128次",
                "分享到:",
                "\u00A0\u00A0\u00A0一、加强思想引领",
                "\u00A0\u00A0\u00A0全年开展宣讲活动120场,覆盖妇女50",
                "00余人次。",
                "上一篇:甲 下一篇:乙",
                "版权所有 某县妇联"), PageMetadata.NONE, Set.of());
        CleanDocument clean = DocumentCleaner.standard().clean(read);
        assertThat(clean.metadata().title()).isEqualTo("某县妇联工作报告");
        assertThat(clean.metadata().publishedAt()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(clean.metadata().publisher()).isEqualTo("某县妇联");
        assertThat(clean.paragraphs()).containsExactly("一、加强思想引领", "全年开展宣讲活动120场,覆盖妇女5000余人次。");
    }
}
