package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFinderTest {
    private final TitleFinder titles = TitleFinder.standard();

    private TitleFinder.Found find(List<String> lines, List<Integer> meta) {
        return titles.find(lines, lines.size(), meta, MetadataExtractor.MAX_TITLE).orElseThrow();
    }

    @Test
    void aDeliveredReportsTitleIsAboveItsMeetingLine() {
        TitleFinder.Found found = find(List.of("2026年某省政府工作报告", "——2026年1月25日在某省第十四届人民代表大会第四次会议上",
                "某省省长 某某", "各位代表："), List.of());
        assertThat(found.title()).isEqualTo("2026年某省政府工作报告");
        assertThat(found.lines()).containsExactly(0, 1);
    }

    @Test
    void aSpacedOutTitleInTraditionalScriptCounts() {
        assertThat(find(List.of("政 府 工 作報 告", "——2016年3月29日在某縣第十七屆人民代表大會第五次會議上", "各位代表:"), List.of()).title())
                .isEqualTo("政 府 工 作報 告");
    }

    @Test
    void aFullerHeadlineAboveNamingTheSameReportWins() {
        TitleFinder.Found found = find(List.of("2026年某自治区政府工作报告", "发表时间：2026-02-09 09:45:30", "政府工作报告",
                "（2026年2月3日在某自治区第十三届人民代表大会第四次会议上）", "各位代表："), List.of(1));
        assertThat(found.title()).isEqualTo("2026年某自治区政府工作报告");
        assertThat(found.lines()).containsExactly(0, 2, 3);
    }

    @Test
    void aHeadlineInSeveralLinesIsJoined() {
        TitleFinder.Found found = find(List.of("某市妇女联合会", "2008年4月28日", "团结引领妇女", "在建设现代化城市的",
                "伟大征程中建功立业", "——在某市第十次妇女代表大会上的报告", "各位代表、同志们:"), List.of(1));
        assertThat(found.title()).isEqualTo("团结引领妇女在建设现代化城市的伟大征程中建功立业");
        assertThat(found.lines()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void aColumnNameAboveAWholeHeadlineIsNotTakenIn() {
        assertThat(find(List.of("工作动态", "某县妇联第十三次代表大会工作报告", "——在某县妇女第十三次代表大会上", "各位代表:"), List.of()).title())
                .isEqualTo("某县妇联第十三次代表大会工作报告");
        assertThat(find(List.of("要闻", "2026年某省政府工作报告", "时间：2026-02-10", "——2026年2月3日在某省人民代表大会第四次会议上", "各位代表:"),
                List.of(2)).title()).isEqualTo("2026年某省政府工作报告");
    }

    @Test
    void aMeetingLineWrappedOverTwoLinesIsHeldWhole() {
        TitleFinder.Found found = find(List.of("某镇2021年政府工作报告", "——2021年2月27日在某镇第十六届人民代表大会", "第六次会议上", "各位代表："),
                List.of());
        assertThat(found.lines()).containsExactly(0, 1, 2);
    }

    @Test
    void theHeadlineBelowAMetadataBlockThatOpensThePage() {
        TitleFinder.Found found = find(List.of("索引号: | ab-2022-00003 | 发布机构: | 某县妇联 |", "生成日期: | 2022-01-17 |",
                "盘点2021年|某县妇联亮点工作", "全县各级妇联以党史学习教育为契机,开展宣讲活动百余次。"), List.of(0, 1));
        assertThat(found.title()).isEqualTo("盘点2021年|某县妇联亮点工作");
    }

    @Test
    void aNameBelowADateLineIsNoTitle() {
        assertThat(titles.find(List.of("2017年12月25日在某县第十七届人民代表大会第三次会议上", "哈 热", "各位代表:", "现在,我代表县人民政府向大会作工作报告。"),
                4, List.of(0), MetadataExtractor.MAX_TITLE)).isEmpty();
    }

    @Test
    void theFallbackLooksPastSalutationsAndNames() {
        assertThat(titles.fromParagraphs(List.of("某 某", "各位委员、同志们:", "这次会议的主要任务是总结工作。部署任务。")))
                .isEqualTo("这次会议的主要任务是总结工作");
    }

    @Test
    void aMetadataTableRowIsNoHeadline() {
        assertThat(TitleFinder.isHeadline("标 题: | 某镇2021年政府工作报告 |")).isFalse();
        assertThat(TitleFinder.isHeadline("某镇2021年政府工作报告")).isTrue();
        assertThat(TitleFinder.isHeadline("各位代表：")).isFalse();
    }

    @Test
    void theOriginalTitleOfARepost() {
        assertThat(titles.originalTitle(List.of("会议要求,抓好落实。", "原标题:某市总工会调研农民工工作"))).contains("某市总工会调研农民工工作");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021年度某局工作总结 201X年,是卫生计生事业发展的关键之年。一年来,我们砥砺奋进。|2021年度某局工作总结",
            "某镇2017年度脱贫攻坚工作总结今年以来,在县委、县政府的正确领导下,镇党委聚焦脱贫攻坚目标。|某镇2017年度脱贫攻坚工作总结",
            "某县实施2001-2011年妇女儿童发展纲要终期评估报告二0一一年七月十五日某县人民政府妇儿工委关于实施纲要的报告|某县实施2001-2011年妇女儿童发展纲要终期评估报告",
            "——某縣貫徹《自治條例》紀實 自《某縣自治條例》頒布以來,全縣各級各部門認真學習,貫徹落實。|某縣貫徹《自治條例》紀實",
            "某街道2021年工作总结暨2022年工作计划范文|某街道2021年工作总结暨2022年工作计划",
            "2020年某区某街道办事处工作总结 2021-04-02|2020年某区某街道办事处工作总结",
            "·某市妇女联合会·|某市妇女联合会",
            "全县经济运行情况良好主要指标稳中有进,各项事业全面发展,人民生活持续改善。|全县经济运行情况良好主要指标稳中有进,各项事业全面发展,人民…",
            "今年以来 全县妇联紧紧围绕中心工作,团结带领广大妇女建功立业。|今年以来 全县妇联紧紧围绕中心工作,团结带领广大妇女建功立业",
            "巾帼创业勇争先 “某妹”聚力谱华章|巾帼创业勇争先 “某妹”聚力谱华章",
            "本报4月25日讯 4月24日至25日,某总工会调研组来我市调研农民工工作开展情况。|本报4月25日讯 4月24日至25日,某总工会调研组来我市调…"})
    void aTitleFromTheFirstParagraph(String paragraph, String title) {
        assertThat(titles.fromFirstParagraph(paragraph)).isEqualTo(title);
    }
}
