package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FirstParagraphTitleTest {
    private final FirstParagraphTitle titles = FirstParagraphTitle.standard();

    /** validation11's classes: a site's navigation or short name over the headline, a collection's piece number, a chunk number. */
    @Test
    void theFallbackLooksPastSiteNavigationToTheHeadlineOverTheText() {
        assertThat(titles.of(List.of("移动新媒体", "中国搜索", "某省第九次妇女代表大会将于16日在省城召开", "5月13日,记者从某省妇联了解到,大会将于16日举行。")))
                .isEqualTo("某省第九次妇女代表大会将于16日在省城召开");
        assertThat(titles.of(List.of("快捷搜索:论文 合同 演讲 心得", "区长在代表会上工作汇报", "各位代表:", "现在,我代表区人民政府向大会作工作报告。")))
                .isEqualTo("区长在代表会上工作汇报");
        assertThat(titles.of(List.of("首页 新闻中心 政务公开 政务大厅 互动交流 专题专栏", "某街道举办三八妇女节主题活动", "3月6日下午,某街道举办主题活动。")))
                .isEqualTo("某街道举办三八妇女节主题活动");
        assertThat(titles.of(List.of("新闻 新闻> 某市新闻", "某市总工会启动中秋节前慰问困难职工活动", "【某网】", "9月27日,我市启动慰问活动。")))
                .isEqualTo("某市总工会启动中秋节前慰问困难职工活动");
        assertThat(titles.of(List.of("第一篇:共青团某区委全体会议(主持词)", "共青团某区委十一届三次全体(扩大)会议主持词", "各位委员、同志们:", "今天召开全会。")))
                .isEqualTo("共青团某区委十一届三次全体(扩大)会议主持词");
        assertThat(titles.of(List.of("1、乡镇关心下一代工作委年度工作总结 在乡党委、政府的领导下,乡关工委紧紧围绕年初的工作要点开展工作。")))
                .isEqualTo("乡镇关心下一代工作委年度工作总结");
    }

    @Test
    void aHeadlineOverItsSubtitleStaysTheTitle() {
        assertThat(titles.of(List.of("某县妇联2021年工作总结", "某某县妇女联合会", "一年来,县妇联在县委的领导下开展工作。")))
                .isEqualTo("某县妇联2021年工作总结");
        assertThat(titles.of(List.of("政府工作报告", "——坚持改进作风,自身建设不断加强", "一年来,县政府班子始终坚持以人民为中心。")))
                .isEqualTo("政府工作报告");
        assertThat(titles.of(List.of("某镇妇联", "关于开展巾帼建功活动情况的汇报材料", "一年来,镇妇联开展工作。")))
                .isEqualTo("关于开展巾帼建功活动情况的汇报材料");
        assertThat(titles.of(List.of("1、加强组织建设 全镇新建妇女之家12个,覆盖全部村居,组织活动30余场。")))
                .startsWith("1、加强组织建设");
    }

    @Test
    void theFallbackLooksPastSalutationsAndNames() {
        assertThat(titles.of(List.of("某 某", "各位委员、同志们:", "这次会议的主要任务是总结工作。部署任务。")))
                .isEqualTo("这次会议的主要任务是总结工作");
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
            "某县总工会2021年上半年工会工作总结及下半年工作安排意见.doc|某县总工会2021年上半年工会工作总结及下半年工作安排意见.doc",
            "本报4月25日讯 4月24日至25日,某总工会调研组来我市调研农民工工作开展情况。|本报4月25日讯 4月24日至25日,某总工会调研组来我市调…",
            "1、 某镇2022年度团委工作总结某镇2022年度团委工作总结 今年以来,镇团委在镇党委的领导下开展工作。|某镇2022年度团委工作总结",
            "某区总工会2023年度工作报告:凝心聚力建新功各位委员,同志们:现在,我代表区总工会常委会报告工作。|某区总工会2023年度工作报告:凝心聚力建新功",
            "某县2024年政府工作报告🎉 各位代表,大家好!今天我们回顾过去一年的工作。|某县2024年政府工作报告",
            "某镇妇联第三届执行委员会工作报告(3)|某镇妇联第三届执行委员会工作报告",
            "某市妇联工作回顾(二)|某市妇联工作回顾(二)",
            "2政府工作报告——2015年1月6日在某区第三届人民代表大会第二次会议上某区人民政府区长某某各位代表:现在,我代表区人民政府报告工作。|政府工作报告",
            "镇人民政府年度工作报告材料各位代表。现在,我代表镇人民政府向大会作工作报告,请予审议。|镇人民政府年度工作报告材料",
            "区妇联年度政务工作总结20xx年度,我会严格贯彻落实政府信息公开条例,提高工作的透明度。|区妇联年度政务工作总结"})
    void aTitleFromTheFirstParagraph(String paragraph, String title) {
        assertThat(titles.of(paragraph)).isEqualTo(title);
    }
}
