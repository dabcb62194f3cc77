package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLayoutTest {
    private static PdfLine body(int page, float top, float left, float right, String text) {
        return new PdfLine(page, text, left, right, top, 14, "FangSong", false);
    }

    private static PdfLine small(int page, float top, String text) {
        return new PdfLine(page, text, 250, 320, top, 9, "FangSong", false);
    }

    @Test
    void dropsPageNumbersAndASmallFirstLineButKeepsANumberInTheText() {
        List<PdfLine> lines = List.of(
                body(1, 100, 100, 500, "第一页的正文，写到了右边。"),
                body(1, 125, 72, 500, "2023"),
                body(1, 150, 72, 300, "正文结束。"),
                small(1, 800, "- 1 -"),
                small(2, 50, "某县妇女联合会"),
                body(2, 100, 100, 500, "第二页的正文。"),
                body(2, 125, 72, 300, "第二页结束。"),
                small(2, 800, "第 2 页 共 2 页"));
        assertThat(PdfLayout.withoutPageFurniture(lines)).extracting(PdfLine::text)
                .containsExactly("第一页的正文，写到了右边。", "2023", "正文结束。", "第二页的正文。", "第二页结束。");
    }

    @Test
    void dropsAHeaderRepeatedAtTheTopOfEveryPageButForItsNumber() {
        List<PdfLine> lines = List.of(
                body(1, 40, 72, 200, "某县2023年政府工作报告 1"), body(1, 100, 72, 500, "正文一。"), body(1, 125, 72, 300, "正文二。"),
                body(2, 40, 72, 200, "某县2023年政府工作报告 2"), body(2, 100, 72, 500, "正文三。"), body(2, 125, 72, 300, "正文四。"));
        assertThat(PdfLayout.withoutPageFurniture(lines)).extracting(PdfLine::text).containsExactly("正文一。", "正文二。", "正文三。", "正文四。");
    }

    @Test
    void aLineContinuesOnlyAFullLineAndOnlyWhenItIsNotIndented() {
        List<PdfLine> lines = List.of(
                body(1, 100, 100, 500, "全年开展宣讲"),
                body(1, 125, 72, 500, "活动，覆盖妇女"),
                body(1, 150, 72, 260, "八千人次"),
                body(1, 175, 100, 500, "下一段从这里"),
                body(1, 200, 72, 300, "开始"));
        assertThat(PdfLayout.paragraphs(lines)).extracting(PdfLayout.Paragraph::text)
                .containsExactly("全年开展宣讲活动，覆盖妇女八千人次", "下一段从这里开始");
    }
}
