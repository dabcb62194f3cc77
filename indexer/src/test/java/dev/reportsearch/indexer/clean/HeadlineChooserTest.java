package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline chosen among a page's top lines, the furniture over it of kinds no rule names (our own texts, in the
 * shapes real pages show: menus, flipbook and document-site labels, site names, download notices, section labels).
 */
class HeadlineChooserTest {
    private static final String TEXT = "一年来,某县妇联在县委的坚强领导下,团结带领广大妇女建功立业,各项工作取得新成效。";
    private final FirstParagraphTitle titles = FirstParagraphTitle.standard();
    private final TitleFinder finder = TitleFinder.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "某某文库 资料下载 范文大全",
            "当前版:03版",
            "Page 88 - 《某县志》",
            "文档编号:7654321",
            "1、本文档共12页,可阅读全部内容",
            "某某视频_某某精品_某某网",
            "某某新闻传媒中心 主办",
            "组配分类 工作总结 发布机构 某县妇联",
            "某某县融媒体中心",
            "某府发〔2023〕8号"})
    void furnitureOverTheHeadlineLoses(String furniture) {
        assertThat(titles.of(List.of(furniture, "某县妇联2023年工作总结", TEXT))).isEqualTo("某县妇联2023年工作总结");
        assertThat(titles.of(List.of(furniture, "某镇举办三八妇女节主题活动", TEXT))).isEqualTo("某镇举办三八妇女节主题活动");
        List<String> stamped = List.of(furniture, "某县妇联2023年工作总结", "发布时间:2024-01-05 来源:某县妇联", TEXT);
        assertThat(finder.find(stamped, stamped.size(), List.of(2), MetadataExtractor.MAX_TITLE).orElseThrow().title())
                .isEqualTo("某县妇联2023年工作总结");
    }

    @Test
    void theFirstOfTwoHeadlinesIsThePagesAndItsPartsAreNot() {
        assertThat(titles.of(List.of("某街道妇联工作总结", "某街道“妇女之家”工作总结", TEXT))).isEqualTo("某街道妇联工作总结");
        assertThat(titles.of(List.of("某区民政局2020年工作总结与2021年工作计划", "某区民政局", "2020年工作总结与2021年工作计划", TEXT)))
                .isEqualTo("某区民政局2020年工作总结与2021年工作计划");
    }

    @Test
    void aHeadlineUnderTheStampWinsOverASiteNameAboveIt() {
        List<String> lines = List.of("某某日报网", "2024-03-08 09:12", "某县妇联召开2024年执委会议", TEXT);
        assertThat(finder.find(lines, lines.size(), List.of(1), MetadataExtractor.MAX_TITLE).orElseThrow().title())
                .isEqualTo("某县妇联召开2024年执委会议");
    }

    @Test
    void aHeadlineBelowAMetadataBlockWinsOverASiteNameBetween() {
        List<String> lines = List.of("索引号:000123/2023-00045", "发布机构:某县妇联", "某某县融媒体中心", "某县妇联2023年工作总结", TEXT);
        assertThat(finder.find(lines, lines.size(), List.of(0, 1), MetadataExtractor.MAX_TITLE).orElseThrow().title())
                .isEqualTo("某县妇联2023年工作总结");
    }

    @Test
    void theFilesNameTellsTheHeadlineFromASloganAboveIt() {
        List<String> paragraphs = List.of("巾帼心向党 奋进新征程", "某县妇联第五次代表大会工作报告", TEXT);
        assertThat(titles.titled(paragraphs, new TitleEvidence(null, "某县妇联第五次代表大会工作报告.doc")).title())
                .isEqualTo("某县妇联第五次代表大会工作报告");
    }

    @Test
    void aBodySentenceStandsInOnlyWhenNoLineIsAHeadline() {
        assertThat(titles.of(List.of("某某网", TEXT))).isEqualTo("一年来,某县妇联在县委的坚强领导下,团结带领广大妇女建功立业,…".substring(0, 30) + "…");
        List<String> lines = new ArrayList<>(List.of("某县妇联2023年工作总结", TEXT));
        assertThat(titles.of(lines)).isEqualTo("某县妇联2023年工作总结");
    }
}
