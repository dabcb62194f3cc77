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

    @Test
    void cleansADeliveredReportPageWithItsControlsOneWordALine() {
        ReadDocument read = new ReadDocument("x.txt", DocumentFormat.TEXT, "UTF-8", List.of(
                "当前位置：", "首页", ">", "政务信息", ">", "要闻",
                "2026年某省政府工作报告",
                "发表时间：", "2026-02-09 09:45:30",
                "来源：", "某省日报",
                "阅读量：",
                "【字体：", "小", "中", "大", "】",
                "政府工作报告",
                "——2026年2月3日在某省第十四届人民代表大会第四次会议上",
                "省长某某作政府工作报告。某省日报记者 某某 摄",
                "各位代表：",
                "一、2025年工作回顾",
                "全年地区生产总值增长5.3%。",
                "责任编辑：", "某某",
                "扫一扫在手机打开当前页",
                "相关报道：",
                "某省人大会议开幕",
                "代表热议政府工作报告"), PageMetadata.NONE, Set.of());
        CleanDocument clean = DocumentCleaner.standard().clean(read);
        assertThat(clean.metadata().title()).isEqualTo("2026年某省政府工作报告");
        assertThat(clean.metadata().publishedAt()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(clean.metadata().publisher()).isEqualTo("某省日报");
        assertThat(clean.paragraphs()).containsExactly("各位代表：", "一、2025年工作回顾", "全年地区生产总值增长5.3%。");
    }

    @Test
    void readsADisclosurePageWithItsFieldsOneALine() {
        ReadDocument read = new ReadDocument("x.txt", DocumentFormat.TEXT, "UTF-8", List.of(
                "索引号：", "000014348/2021-00012", "发布机构：", "某镇人民政府", "成文日期：", "2021-02-27",
                "标 题：", "某镇2021年政府工作报告",
                "各位代表：", "现在，我代表镇政府向大会报告工作，请予审议。", "过去一年，全镇新建妇女之家12个。"), PageMetadata.NONE, Set.of());
        CleanDocument clean = DocumentCleaner.standard().clean(read);
        assertThat(clean.metadata().title()).isEqualTo("某镇2021年政府工作报告");
        // the opening formula is chrome (boilerplate.txt): who reports to whom, nothing of the work
        assertThat(clean.paragraphs()).containsExactly("各位代表：", "过去一年，全镇新建妇女之家12个。");
    }
}
