package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsSentencesAtStopsAndLineBreaks() {
        String text = "  举办活动10场。服务100人;满意吗?\n标题一行\n\n最后一句";
        assertThat(texts(text, SentenceSplitter.sentences(text)))
                .containsExactly("举办活动10场。", "服务100人;", "满意吗?", "标题一行", "最后一句");
    }

    @Test
    void splitsClausesAtCommasAndSemicolons() {
        String text = "甲,乙，丙;丁。";
        Span sentence = new Span(0, text.length());
        assertThat(texts(text, SentenceSplitter.clauses(text, sentence)))
                .containsExactly("甲,", "乙，", "丙;", "丁。");
    }

    @Test
    void readsDoubledSemicolonsAsLeftoverQuotesNotAsEnds() {
        String text = "深入推进;;美丽庭院;;建设;全年;;美丽庭院;;创建投入300万元,评出;;示范户;;120户;完毕";
        assertThat(texts(text, SentenceSplitter.sentences(text)))
                .containsExactly("深入推进;;美丽庭院;;建设;", "全年;;美丽庭院;;创建投入300万元,评出;;示范户;;120户;", "完毕");
        Span second = SentenceSplitter.sentences(text).get(1);
        assertThat(texts(text, SentenceSplitter.clauses(text, second)))
                .containsExactly("全年;;美丽庭院;;创建投入300万元,", "评出;;示范户;;120户;");
    }
}
