package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelLinesTest {
    private final LabelLines labels = new LabelLines(HeadlineRules.standard());

    @Test
    void joinsALabelWithTheValueOnTheNextLine() {
        assertThat(labels.join(List.of("来源：", "某省日报", "时间：", "2026-02-02 09:20", "责任编辑：", "某某", "各位代表：")))
                .containsExactly("来源：某省日报", "时间：2026-02-02 09:20", "责任编辑：某某", "各位代表：");
    }

    @Test
    void leavesALabelFollowedByAnotherLabelOrProse() {
        String prose = "全年开展宣讲活动120场，覆盖妇女5000余人次，群众满意度持续提升，各项工作稳步推进。";
        assertThat(labels.join(List.of("来源：", "时间：2026-02-02", "作者：", prose)))
                .containsExactly("来源：", "时间：2026-02-02", "作者：", prose);
    }

    @Test
    void leavesAnEmptyLabelBeforeATitleOrAHeading() {
        assertThat(labels.join(List.of("来源：", "2026年某省政府工作报告", "编辑：", "一、工作回顾", "时间：", "某某日报")))
                .containsExactly("来源：", "2026年某省政府工作报告", "编辑：", "一、工作回顾", "时间：", "某某日报");
    }

    @Test
    void joinsDisclosureFieldsAndATitleField() {
        assertThat(labels.join(List.of("索 引 号：", "000014348/2021-00012", "标 题：", "某镇2021年政府工作报告")))
                .containsExactly("索 引 号：000014348/2021-00012", "标 题：某镇2021年政府工作报告");
    }

    @Test
    void joinsAnEditorsNoteWithItsParagraph() {
        String note = "今年是某某规划收官之年，本报推出系列报道，展示各县工作成效，敬请关注。";
        assertThat(labels.join(List.of("编者按:", note))).containsExactly("编者按:" + note);
    }
}
