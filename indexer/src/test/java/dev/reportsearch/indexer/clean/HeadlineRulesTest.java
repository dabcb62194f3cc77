package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"某县妇联2023年工作总结", "某縣婦聯2023年工作總結,一年來全縣婦女", "某 县 妇 联 2023 年工作总结", "某县妇联",
            "某县妇联2022年工作总结", "县妇联2023年工作总结", "𠀀某县妇联2023年工作总结", "", "2023"})
    void hanStartsWithIsTheLinesHanStartingWithIt(String line) {
        for (String han : List.of("某县妇联年工作总结", "某县妇联", "𠀀某县", "县妇联")) {
            assertThat(HeadlineRules.hanStartsWith(line, han)).as(line + " / " + han).isEqualTo(HeadlineRules.hanOf(line).startsWith(han));
        }
    }

    private final HeadlineRules rules = HeadlineRules.standard();

    @ParameterizedTest
    @ValueSource(strings = {"——2026年1月25日在某市第十六届人民代表大会第四次会议上", "（2026年1月27日在某省第十四届人民代表大会第四次会议上）",
            "2026年2月3日在某省第十四届人民代表大会第五次会议上", "——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上",
            "——在某市第十三次妇女代表大会上的报告", "——2017年1月15日在某縣第十七屆人民代表大會第一次會議上"})
    void knowsMeetingLines(String line) {
        assertThat(rules.isMeetingLine(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年某省政府工作报告", "——某县贯彻自治条例纪实", "各位代表：", "今年在全县妇联工作会议上,市妇联主席作了讲话。"})
    void otherLinesAreNoMeetingLines(String line) {
        assertThat(rules.isMeetingLine(line)).as(line).isFalse();
    }

    @Test
    void tidiesAHeadline() {
        assertThat(rules.clean("·某市妇女联合会·")).isEqualTo("某市妇女联合会");
        assertThat(rules.clean("——某县工作纪实")).isEqualTo("某县工作纪实");
        assertThat(rules.clean("2020年某街道工作总结 2021-04-02")).isEqualTo("2020年某街道工作总结");
        assertThat(rules.clean("某街道2021年工作计划范文")).isEqualTo("某街道2021年工作计划");
        assertThat(rules.clean("某镇关工委工作总结范文二")).isEqualTo("某镇关工委工作总结范文二");
        assertThat(rules.clean("某区召开党工委(扩大)会议 |")).isEqualTo("某区召开党工委(扩大)会议");
        assertThat(rules.clean("某县2024工作报告📜")).isEqualTo("某县2024工作报告");
        assertThat(rules.clean("【推进某县妇女发展规划】")).isEqualTo("推进某县妇女发展规划");
        assertThat(rules.clean("〔某社区团支部建设总结〕")).isEqualTo("某社区团支部建设总结");
        assertThat(rules.clean("【某县】妇联召开执委会")).isEqualTo("【某县】妇联召开执委会");
        // a document site's column before the headline and its note on the file after it
        assertThat(rules.clean("【妇联总结】某县妇联上半年工作总结(精选文档)")).isEqualTo("某县妇联上半年工作总结");
        assertThat(rules.clean("【专题·网上展示】某镇一集体获表彰")).isEqualTo("某镇一集体获表彰");
        assertThat(rules.clean("某县残联工作总结(实用3篇)")).isEqualTo("某县残联工作总结(实用3篇)");
        // a news site's mark of what the story carries (a picture, a video) is no part of the headline
        assertThat(rules.clean("某市总工会召开全委(扩大)会议[图]")).isEqualTo("某市总工会召开全委(扩大)会议");
        assertThat(rules.clean("【视频】某县妇联开展家庭教育讲座")).isEqualTo("某县妇联开展家庭教育讲座");
        assertThat(rules.clean("某镇举办“巧娘”手工编织培训(组图)")).isEqualTo("某镇举办“巧娘”手工编织培训");
        assertThat(rules.clean("某县妇联推进会(图)会议纪要")).isEqualTo("某县妇联推进会(图)会议纪要");
    }

    @Test
    void tidiesAMirroredHeadlineOfItsEchoAndItsOutlet() {
        assertThat(rules.clean("2022年某村妇联工作总结汇报(2022年某村妇联工作总结汇报)")).isEqualTo("2022年某村妇联工作总结汇报");
        assertThat(rules.clean("某县妇联到某镇开展调研,提升组织建设 今日报")).isEqualTo("某县妇联到某镇开展调研,提升组织建设");
        assertThat(rules.clean("某县召开妇联执委会 某某网")).isEqualTo("某县召开妇联执委会");
        assertThat(rules.clean("某县2023年妇联工作 简报")).isEqualTo("某县2023年妇联工作 简报");
        assertThat(rules.clean("某县召开专题会议 推进农村电网")).isEqualTo("某县召开专题会议 推进农村电网");
        assertThat(rules.clean("巾帼建功显担当 喜报")).isEqualTo("巾帼建功显担当 喜报");
        assertThat(rules.clean("某县妇女儿童发展规划(2021-2030年)")).isEqualTo("某县妇女儿童发展规划(2021-2030年)");
        assertThat(rules.clean("某镇政府工作报告(草案)")).isEqualTo("某镇政府工作报告(草案)");
    }

    @Test
    void dropsADocumentSitesShelfTagAndCopyNote() {
        assertThat(rules.clean("【妇联总结】某县妇联2011年上半年工作总结及下半年主要工作任务(精选文档)"))
                .isEqualTo("某县妇联2011年上半年工作总结及下半年主要工作任务");
        assertThat(rules.clean("【某县】妇联召开执委会")).isEqualTo("【某县】妇联召开执委会");
        assertThat(rules.clean("【工作总结】")).isEqualTo("工作总结");
    }

    @Test
    void aMenuBarIsNoHeadline() {
        assertThat(HeadlineRules.isHeadline("首页 新闻 体育 娱乐 邮箱 导航")).isFalse();
        assertThat(HeadlineRules.isHeadline("平等 发展 共享:某县妇女事业的发展与进步")).isTrue();
        assertThat(HeadlineRules.isHeadline("某县妇联召开执委会")).isTrue();
        assertThat(HeadlineRules.isHeadline("学党史 悟思想 办实事 开新局 谱新篇")).isTrue();
    }

    @Test
    void knowsLinesThatGoOnFromTheLineAbove() {
        assertThat(rules.continuesAbove("暨2023年度工作部署会")).isTrue();
        assertThat(rules.continuesAbove("召开2022年度工作总结会")).isTrue();
        assertThat(rules.continuesAbove("某县妇联召开执委会")).isFalse();
    }

    @Test
    void knowsDocumentKindsInEitherScript() {
        assertThat(rules.endsInKind("2026年某省政府工作报告")).isTrue();
        assertThat(rules.endsInKind("某縣貫徹條例紀實")).isTrue();
        assertThat(rules.endsInKind("工作动态")).isFalse();
    }

    @Test
    void knowsAuthorLines() {
        assertThat(rules.isAuthorLine("某省省长 某某")).isTrue();
        assertThat(rules.isAuthorLine("某县人民政府县长 某某某")).isTrue();
        assertThat(rules.isAuthorLine("哈 热")).isTrue();
        assertThat(rules.isAuthorLine("政府工作报告")).isFalse();
        assertThat(rules.isAuthorLine("团结引领妇女建功新时代")).isFalse();
    }

    @Test
    void joinsTheLinesOfOneHeadline() {
        assertThat(HeadlineRules.joinLines(List.of("团结引领妇女", "建功新时代"))).isEqualTo("团结引领妇女建功新时代");
        assertThat(HeadlineRules.joinLines(List.of("PART 1", "思想引领"))).isEqualTo("PART 1 思想引领");
    }
}
