package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

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
    void aHeadlineSetOverLinesIsOneTitle() {
        TitleFinder.Found found = find(List.of("某某学院团委", "召开2022年度团学工作总结", "暨2023年度团学重点工作部署会",
                "为推进本年度工作,3月9日学院团委召开会议,全体指导老师出席。"), List.of());
        assertThat(found.title()).isEqualTo("某某学院团委召开2022年度团学工作总结暨2023年度团学重点工作部署会");
        assertThat(found.lines()).containsExactly(0, 1, 2);
        TitleFinder.Found aboveDate = find(List.of("某县妇联", "召开2023年度执委会议", "发布时间:2024-01-05", "会议总结了全年工作。"), List.of(2));
        assertThat(aboveDate.title()).isEqualTo("某县妇联召开2023年度执委会议");
    }

    @Test
    void aNoticesHeadlineBrokenWhereItsPhraseIsOpenIsOneTitle() {
        TitleFinder.Found found = find(List.of("市政府办公厅关于印发某市残疾预防", "行动计划(2022—2025年)的通知", "某政办发〔2022〕52号",
                "各区人民政府,市府各委办局:"), List.of(2));
        assertThat(found.title()).isEqualTo("市政府办公厅关于印发某市残疾预防行动计划(2022—2025年)的通知");
    }

    @Test
    void aHeadlineRepeatedWithoutTheSitesNoteIsTheTitle() {
        TitleFinder.Found found = find(List.of("某镇妇联工作总结及2024年工作计划(某镇妇联总结与明年计划)", "某镇妇联工作总结及2024年工作计划",
                "在过去的一年里,我们在各级党委的领导下,积极履行职能,取得了显著成绩。"), List.of());
        assertThat(found.title()).isEqualTo("某镇妇联工作总结及2024年工作计划");
    }

    @Test
    void aHeadlineThePageRepeatsBelowIsTheTitleWithoutMetadata() {
        List<String> lines = List.of("某某谷", "街道精神文明建设工作总结范文",
                "今年以来,某某街道在区委、区政府的正确领导下,全面深入地开展了各项创建活动,取得了显著成绩。", "街道精神文明建设工作总结范文",
                "一、加大创建宣传力度");
        Optional<TitleFinder.Found> found = TitleFinder.standard().find(lines, lines.size(), List.of(), MetadataExtractor.MAX_TITLE);
        assertThat(found).hasValueSatisfying(f -> assertThat(f.lines()).containsExactly(1));
        List<String> once = List.of("某某谷", "街道精神文明建设工作总结范文", "今年以来,某某街道全面深入地开展了各项创建活动,取得了显著成绩。");
        assertThat(TitleFinder.standard().find(once, once.size(), List.of(), MetadataExtractor.MAX_TITLE)).isEmpty();
    }

    @Test
    void aDocumentSitesFileNameGivesWayToTheDocumentsOwnHeadline() {
        List<String> lines = List.of("某镇政府工作报告.docx", "某镇政府工作报告.docx", "某镇政府工作报告", "政府工作报告", "各位代表:");
        assertThat(TitleFinder.standard().find(lines, lines.size(), List.of(), MetadataExtractor.MAX_TITLE).orElseThrow().title())
                .isEqualTo("某镇政府工作报告");
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
    void anAuthorBetweenTitleAndMeetingLineIsNoPartOfTheTitle() {
        assertThat(find(List.of("政府工作报告", "县长 某某某", "——2021年1月10日在某县第十八届人民代表大会第五次会议上", "各位代表:"), List.of()).title())
                .isEqualTo("政府工作报告");
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
    void aSpeechsFirstHeadingBelowItsSalutationIsNoTitle() {
        // the opening formula (现在,我代表…请予审议。) went as chrome, so no prose line stands between the salutation and
        // the speech's first heading
        assertThat(titles.find(List.of("发布时间:2018-01-20", "各位代表:", "一、2017年工作回顾", "过去一年,全县地区生产总值增长6.5%。"),
                4, List.of(0), MetadataExtractor.MAX_TITLE).map(TitleFinder.Found::title)).isEmpty();
    }

    @Test
    void aMetadataTableRowIsNoHeadline() {
        assertThat(HeadlineRules.isHeadline("标 题: | 某镇2021年政府工作报告 |")).isFalse();
        assertThat(HeadlineRules.isHeadline("某镇2021年政府工作报告")).isTrue();
        assertThat(HeadlineRules.isHeadline("各位代表：")).isFalse();
    }

    @Test
    void theTitleFieldOfADisclosurePage() {
        assertThat(titles.fieldTitle(List.of("索引号：000014348/2021-00012", "标 题: | 某镇2021年政府工作报告 |", "各位代表:"), 3))
                .contains("某镇2021年政府工作报告");
        assertThat(titles.fieldTitle(List.of("标题：某县妇联2022年工作总结"), 1)).contains("某县妇联2022年工作总结");
    }

    @Test
    void theNameFieldOfADisclosurePageWinsOverThePortalsBanner() {
        List<String> lines = List.of("政府信息公开 规章库", "某区某某街道办事处政府信息公开", "索引号: 11440300000000000H/2022-00033 分类:",
                "发布机构: 某区某某街道办事处 成文日期: 2022-09-08", "名称: 某区某某街道办事处2021年工作总结", "文号: 发布日期: 2022-09-08");
        assertThat(titles.fieldTitle(lines, lines.size())).contains("某区某某街道办事处2021年工作总结");
        assertThat(titles.fieldTitle(List.of("名称: 发布日期: 2022-09-08"), 1)).isEmpty();
    }

    @Test
    void theOriginalTitleOfARepost() {
        assertThat(titles.originalTitle(List.of("会议要求,抓好落实。", "原标题:某市总工会调研农民工工作"))).contains("某市总工会调研农民工工作");
        assertThat(titles.originalTitle(List.of("(原标题:《某县报告》解读一:2023年工作回顾(一))", "这一年,全县经济平稳增长。")))
                .contains("《某县报告》解读一:2023年工作回顾(一)");
    }

    @Test
    void aNewsHeadlineReportingAnEventWinsOverTheSubtitleUnderIt() {
        TitleFinder.Found found = find(List.of("某街道妇女第三次代表大会召开", "凝聚巾帼力量共建美好家园", "来源:某区报 日期:2023-05-31",
                "5月24日,某街道妇女第三次代表大会召开。"), List.of(2));
        assertThat(found.title()).isEqualTo("某街道妇女第三次代表大会召开");
        TitleFinder.Found kicker = find(List.of("凝聚巾帼力量", "某街道妇女第三次代表大会召开", "来源:某区报 日期:2023-05-31",
                "5月24日,某街道妇女第三次代表大会召开。"), List.of(2));
        assertThat(kicker.title()).isEqualTo("某街道妇女第三次代表大会召开");
    }
}
