package dev.reportsearch.indexer.split;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SectionSplitterTest {
    private final SectionSplitter splitter = SectionSplitter.standard();

    @Test
    void splitsSubReportsEachWithItsSections() {
        SplitDocument doc = splitter.split("某市这五年", List.of(
                "五年来,全市各级妇联组织牢固树立大局意识。",
                "砥砺奋进谱新篇——甲山市妇联五年工作回顾",
                "五年来,甲山市妇联全面贯彻党的二十大精神。",
                "思想引领,同心担当",
                "开展宣教活动400余场。",
                "家庭文明,润泽新风",
                "评选最美家庭30户。",
                "踔厉奋发新征程——乙水县妇联五年工作回顾",
                "五年来,乙水县妇联紧紧围绕中心大局。",
                "强化政治引领,激发巾帼力量",
                "举办读书交流活动50场。"), Set.of());
        assertThat(doc.subReports()).extracting(SubReportDraft::place).containsExactly("甲山市", "乙水县");
        assertThat(doc.sections()).extracting(SectionDraft::heading)
                .containsExactly("", "", "思想引领,同心担当", "家庭文明,润泽新风", "", "强化政治引领,激发巾帼力量");
        assertThat(doc.sections()).extracting(SectionDraft::subReport).containsExactly(-1, 0, 0, 0, 1, 1);
        SectionDraft family = doc.sections().get(3);
        assertThat(family.headingPath()).containsExactly("某市这五年", "砥砺奋进谱新篇——甲山市妇联五年工作回顾", "家庭文明,润泽新风");
        assertThat(family.text()).isEqualTo("评选最美家庭30户。");
        assertThat(family.order()).isEqualTo(3);
        assertThat(doc.subReports().get(1).text()).contains("举办读书交流活动50场。").doesNotContain("最美家庭");
    }

    @Test
    void headingsBeforeTheOnlyYearPartHeadingLieUnderThePartTheTitleNamesBeforeIt() {
        SplitDocument doc = splitter.split("某县妇联2015年工作总结及2016年工作计划", List.of(
                "2015年,县妇联团结带领全县妇女建功立业。",
                "一、以宣传教育为抓手,提升妇女综合素质",
                "开展宣讲活动230余场。",
                "二〇一六年工作计划",
                "1. 深化思想引领。开展多种形式的宣传教育活动。"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::yearPart)
                .containsExactly("2015年工作总结", "2015年工作总结", "二〇一六年工作计划", "二〇一六年工作计划");
    }

    @Test
    void aSingleFederationTitleLineIsNoSubReport() {
        SplitDocument doc = splitter.split(null, List.of("——甲山市妇联五年工作回顾", "正文。"), Set.of());
        assertThat(doc.subReports()).isEmpty();
    }

    @Test
    void yearPartsNumberedHeadingsAndPoints() {
        SplitDocument doc = splitter.split("县妇联工作报告", List.of(
                "二一三年工作回顾",
                "2013年,全县妇女工作取得新成效。",
                "一、固本强基,在建设中开创新格局",
                "一是示范提升强作为。打造10个示范点。",
                "二是延伸拓展广覆盖。加强组织建设。",
                "二一四年工作思路",
                "一、推进巾帼创业创新服务,",
                "在促进双海双区建设中添砖加瓦坚持城乡统筹、创业创新并举,全面搭建服务平台。",
                "1、深化创业就业服务。要继续做好创业贷款融资服务,全力做好与金融机构的合作文章。"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::heading).containsExactly(
                "二一三年工作回顾", "一、固本强基,在建设中开创新格局", "二一四年工作思路",
                "一、推进巾帼创业创新服务,在促进双海双区建设中添砖加瓦", "1、深化创业就业服务");
        assertThat(doc.sections().get(1).text()).contains("一是示范提升强作为", "二是延伸拓展广覆盖");
        assertThat(doc.sections().get(1).yearPart()).isEqualTo("二一三年工作回顾");
        assertThat(doc.sections().get(3).text()).startsWith("坚持城乡统筹");
        assertThat(doc.sections().get(4).headingPath()).containsExactly("县妇联工作报告", "二一四年工作思路",
                "一、推进巾帼创业创新服务,在促进双海双区建设中添砖加瓦", "1、深化创业就业服务");
        assertThat(doc.sections().get(4).yearPart()).isEqualTo("二一四年工作思路");
    }

    @Test
    void theLineAfterAQuotedHeadingIsItsSubtitle() {
        SplitDocument doc = splitter.split(null, List.of(
                "“巾帼建功行动”", "在服务大局中增素质谋发展", "2019年3月,创新创业技能大赛正式启动。",
                "“巾帼文明行动”,", "在文明创建中创品牌出特色", "立足家庭,凸显主题,促进社会和谐文明。"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::heading).containsExactly("“巾帼建功行动”", "“巾帼文明行动”");
        assertThat(doc.sections().get(0).text()).isEqualTo("在服务大局中增素质谋发展\n2019年3月,创新创业技能大赛正式启动。");
    }

    @Test
    void runInHeadingsOpenSubSections() {
        SplitDocument doc = splitter.split(null, List.of(
                "一、创新思想引领方式",
                "发挥大讲堂引领作用。以妇女之家为主阵地,持续开展宣传教育活动,引导广大妇女听党话跟党走。",
                "二、创新思路举措"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::headingPath).containsExactly(
                List.of("一、创新思想引领方式"),
                List.of("一、创新思想引领方式", "发挥大讲堂引领作用"),
                List.of("二、创新思路举措"));
    }

    @Test
    void aLineRepeatingTheTitleIsNoSection() {
        SplitDocument doc = splitter.split("某街道2021年工作总结", List.of(
                "·某街道2021年工作总结·",
                "某街道2021年工作总结范文",
                "一、党建工作",
                "全年组织学习43次。"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::heading).containsExactly("一、党建工作");
    }

    @Test
    void aShortTitleMayStillBeAHeading() {
        SplitDocument doc = splitter.split("工作总结", List.of("工作总结", "全年组织学习43次。"), Set.of());
        assertThat(doc.sections()).extracting(SectionDraft::heading).containsExactly("工作总结");
    }
}
