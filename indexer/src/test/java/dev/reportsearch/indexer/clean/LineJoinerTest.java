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
}
