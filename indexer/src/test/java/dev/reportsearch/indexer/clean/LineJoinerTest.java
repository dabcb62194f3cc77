package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineJoinerTest {
    private final LineJoiner joiner = new LineJoiner();

    @Test
    void joinsASentenceBrokenMidway() {
        assertThat(joiner.join(List.of(
                "一是创新推出系列活动。以中国梦为载体,创新推出“助梦行”公益活动、“我的梦·巾帼梦·",
                "共筑中国梦”主题征文活动,参与人数近2000人。")))
                .containsExactly("一是创新推出系列活动。以中国梦为载体,创新推出“助梦行”公益活动、“我的梦·巾帼梦·共筑中国梦”主题征文活动,参与人数近2000人。");
    }

    @Test
    void joinsALineStartingWithAComma() {
        assertThat(joiner.join(List.of("加强干部队伍建设。", ",加大女干部培优工作力度。")))
                .containsExactly("加强干部队伍建设。,加大女干部培优工作力度。");
    }

    @Test
    void joinsASplitNumber() {
        assertThat(joiner.join(List.of("全年培训1", "5600人次。"))).containsExactly("全年培训15600人次。");
    }

    @Test
    void keepsHeadingsAndFinishedSentencesApart() {
        List<String> lines = List.of("思想引领,同心担当", "引领广大妇女开展宣教活动400余场。", "家庭文明,润泽新风",
                "这是一段很长的正文，没有以句号结尾，但是下一行是编号标题所以不能连起来拼成一行文字",
                "二、推进维权关爱服务");
        assertThat(joiner.join(lines)).isEqualTo(lines);
    }

    /** A yearbook's text layer wrapped at about 36 Han characters: lines shorter than prose, each a sentence's middle. */
    @Test
    void joinsAPageHardWrappedAtAFixedWidth() {
        List<String> lines = List.of(
                "【开展“美丽庭院”创建】 在2019年创建工作的基础上,全县新发动126个",
                "村开展“美丽庭院”创建活动,在房前屋后及庭院空地种花12.5万株,其中户均",
                "30株以上的村达88个。 全县创建活动已形成了“党委领导、政府支持、妇联",
                "牵头、部门配合”的工作机制,县妇联与县农业农村局联合表彰了20个示范村",
                "和60户示范户。",
                "【巾帼创业】 各级妇女组织为创业妇女办理贷款,年内新扶持妇女860名。");
        assertThat(LineJoiner.wrapWidth(lines)).isEqualTo(66);
        assertThat(joiner.join(lines)).containsExactly(
                "【开展“美丽庭院”创建】 在2019年创建工作的基础上,全县新发动126个村开展“美丽庭院”创建活动,在房前屋后及庭院空地种花12.5万株,"
                        + "其中户均30株以上的村达88个。 全县创建活动已形成了“党委领导、政府支持、妇联牵头、部门配合”的工作机制,"
                        + "县妇联与县农业农村局联合表彰了20个示范村和60户示范户。",
                "【巾帼创业】 各级妇女组织为创业妇女办理贷款,年内新扶持妇女860名。");
    }

    /** Paragraphs as a site publishes them vary in length: no width, and a short line stays a heading. */
    @Test
    void findsNoWrapWidthOnAPageOfParagraphs() {
        List<String> lines = List.of("一、基本情况",
                "全年共举办家庭教育讲座276场,受益家长2.1万人次,覆盖全县所有乡镇和社区。",
                "二、主要做法",
                "坚持党建带妇建,推动基层妇联组织改革,新建妇女之家36个,实现村(社区)妇联组织全覆盖,执委队伍不断壮大。",
                "开展“两癌”筛查1.2万人,为困难妇女送上慰问金。",
                "三、下一步打算");
        assertThat(LineJoiner.wrapWidth(lines)).isZero();
        assertThat(joiner.join(lines)).hasSize(6);
    }

    /** A notice's numbered sentences of one length are no wrapped text: each ends its sentence. */
    @Test
    void findsNoWrapWidthInAListOfSentencesOfOneLength() {
        List<String> lines = List.of(
                "1. 部分文件含有公式或动画,预览时可能显示异常,下载后无此问题,请放心下载使用。",
                "2. 本文档由用户上传,版权归属用户,本站负责整理发布,如有争议请及时联系客服。",
                "3. 下载前请仔细阅读文档内容,确认内容符合您的需求后进行下载,谢谢您的支持。",
                "4. 下载时可能由于网络波动等原因无法下载,付费后未能下载的用户请联系客服。");
        assertThat(LineJoiner.wrapWidth(lines)).isZero();
    }

    @Test
    void aLineEndingInADateStampIsNoSplitNumber() {
        assertThat(joiner.join(List.of("某街道2021年工作总结及2022年工作要点 2022-03-10", "2021年主要工作回顾", "2021年是意义非凡的一年。")))
                .containsExactly("某街道2021年工作总结及2022年工作要点 2022-03-10", "2021年主要工作回顾", "2021年是意义非凡的一年。");
        assertThat(joiner.join(List.of("全年培训1", "5600人次。"))).containsExactly("全年培训15600人次。");
    }

    @Test
    void aLineEndingInAConjunctionGoesOnInTheNext() {
        assertThat(joiner.join(List.of("某镇2010年政府工作总结及", "2011年工作计划", "今年以来,全镇经济社会各项事业持续发展。")))
                .containsExactly("某镇2010年政府工作总结及2011年工作计划", "今年以来,全镇经济社会各项事业持续发展。");
        assertThat(joiner.join(List.of("工作总结暨", "一、基本情况"))).containsExactly("工作总结暨", "一、基本情况");
    }
}
