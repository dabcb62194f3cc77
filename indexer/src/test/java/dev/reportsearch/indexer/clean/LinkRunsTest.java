package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkRunsTest {
    private final LinkRuns runs = new LinkRuns(BoilerplateRules.standard());

    @Test
    void dropsTheSiteLinksOverItsFooterButKeepsASignature() {
        assertThat(runs.withoutFooterLinks(List.of("活动现场,工作人员向市民讲解健康知识,发放资料300余份。", "某某新闻", "乡镇部门", "某县新闻信息中心",
                "某县新闻网版权所有,保留所有的权利", "某ICP备12345678号")))
                .containsExactly("活动现场,工作人员向市民讲解健康知识,发放资料300余份。", "某县新闻网版权所有,保留所有的权利", "某ICP备12345678号");
        List<String> signed = List.of("全年工作取得新进展,得到群众的充分肯定。", "某某街道妇联", "2023年1月5日", "版权所有:某某街道办事处");
        assertThat(runs.withoutFooterLinks(signed)).isEqualTo(signed);
        List<String> namedOnly = List.of("全年工作取得新进展,得到群众的充分肯定。", "某县妇联", "张某某", "Copyright 某县妇联");
        assertThat(runs.withoutFooterLinks(namedOnly)).isEqualTo(namedOnly);
    }

    @Test
    void dropsABreadcrumbWrittenOneItemALine() {
        assertThat(runs.withoutBreadcrumbs(List.of("首页", ">", "政务公开", ">", "工作报告", "某县2025年工作报告", "各位代表:")))
                .containsExactly("某县2025年工作报告", "各位代表:");
    }

    @Test
    void keepsLinesAwayFromSeparators() {
        List<String> lines = List.of("某县2025年工作报告", "一、工作回顾", "全年完成任务。");
        assertThat(runs.withoutBreadcrumbs(lines)).isEqualTo(lines);
    }

    @Test
    void dropsTheLinkListThatEndsThePage() {
        assertThat(runs.withoutLinkLists(List.of("全年完成任务。", "相关报道：", "某县召开妇女代表大会", "某镇开展家庭教育讲座")))
                .containsExactly("全年完成任务。");
    }

    @Test
    void aListHeaderFollowedByTheReportIsNoList() {
        String prose = "这是一段很长的正文，讲述了全县妇女工作的方方面面，从思想引领到创业就业，从家庭建设到权益维护，内容丰富，篇幅远超一个链接标题。";
        assertThat(runs.withoutLinkLists(List.of("原标题:某县召开妇女代表大会", "一、工作回顾", prose)))
                .containsExactly("一、工作回顾", prose);
    }

    @Test
    void dropsTheStoriesListedAfterARepostsOriginalTitle() {
        assertThat(runs.withoutLinkLists(List.of("会议要求,抓好落实。", "原标题:某市总工会调研农民工工作", "某小学开展主题故事会", "某区举办乒乓球赛")))
                .containsExactly("会议要求,抓好落实。");
    }

    @Test
    void aTrailEndingWithTheHeadlineGivesItBack() {
        LinkRuns runs = new LinkRuns(BoilerplateRules.standard());
        assertThat(runs.headlineEndingTrail("当前位置: 首页 >> 体育巾帼再立新功 某局召开妇女工作会议")).contains("体育巾帼再立新功 某局召开妇女工作会议");
        assertThat(runs.headlineEndingTrail("您的位置: 首页 > 政务公开 > 政府信息公开目录")).isEmpty();
        assertThat(runs.headlineEndingTrail("首页 > 工作动态 > 正文")).isEmpty();
    }
}
