package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each feature of a candidate headline, on short texts of our own. */
class HeadlineScorerTest {
    private final HeadlineScorer scorer = HeadlineScorer.standard();

    private Map<HeadlineFeature, Double> features(String line) {
        return features(List.of(line, "一年来,某县妇联团结带领广大妇女建功立业,各项工作取得新成效。"), 0, List.of(), TitleEvidence.NONE);
    }

    private Map<HeadlineFeature, Double> features(List<String> lines, int at, List<Integer> meta, TitleEvidence evidence) {
        int text = 0;
        while (text < lines.size() && !HeadlineRules.isProse(lines.get(text))) {
            text++;
        }
        return scorer.features(new TitleCandidate(lines.get(at), List.of(at), TitleCandidate.Shape.LINE),
                new TitleContext(lines, meta, text, evidence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "某县妇联2023年工作总结#NAMES_A_REPORT",
            "某镇关于印发某某实施方案的通知#NAMES_A_REPORT",
            "某镇政府工作總結報告(三篇)#NAMES_A_REPORT",
            "某区总工会工作报告:凝心聚力建新功#HOLDS_A_REPORT_WORD",
            "某街道举办三八妇女节主题活动#REPORTS_AN_EVENT",
            "某县妇联召开执委会议#NAMES_A_BODY",
            "2023年某某工作总结#HAS_A_YEAR",
            "20xx年度某某工作总结#HAS_A_YEAR",
            "某街道举办三八妇女节主题活动#HEADLINE_LENGTH",
            "新闻中心#SHORT",
            "文档编号:1234567#LABEL",
            "当前版:04版#LABEL",
            "某某新闻网 主办#CHROME_WORD",
            "某某文库 资料下载#CHROME_WORD",
            "Page 12 - 《某镇志》#CHROME_WORD",
            "某府发〔2022〕16号#CHROME_WORD",
            "1、本文档共40页,可阅读全部内容#CHROME_WORD",
            "ABC-123 2023/01/02 某某#FEW_HAN",
            "某某精品_某某视频_某某网#SEPARATED_WORDS",
            "某某电竞|某某竞猜平台#CHROME_WORD",
            "首页 | 新闻 | 公开#SEPARATED_WORDS",
            "组配分类 计划总结 发布机构 某街道 索引号#SEPARATED_WORDS",
            "——坚持改进作风,自身建设不断加强#SUBTITLE",
            "第一篇:某某会议主持词#NUMBERED",
            "篇一:某镇政府工作报告#NUMBERED",
            "一、加强组织建设#NUMBERED"})
    void aFeatureShowsOnTheLineThatHasIt(String line, HeadlineFeature feature) {
        assertThat(features(line)).containsKey(feature);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "某县妇联2023年工作总结#SHORT",
            "某县妇联2023年工作总结#LABEL",
            "某镇:“妇女微家”零距离服务到家门#LABEL",
            "盘点2021年|某县妇联亮点工作#SEPARATED_WORDS",
            "政 府 工 作 报 告#SEPARATED_WORDS",
            "学党史 悟思想 办实事 开新局#SEPARATED_WORDS",
            "某县电网公司助力乡村振兴#CHROME_WORD",
            "某县妇联搭建巾帼创业服务平台#CHROME_WORD",
            "盘点2021年|某县妇联亮点工作#CHROME_WORD",
            "省妇联主席出席开幕式并作重要讲话#NAMES_A_REPORT",
            "2023年某镇政府工作报告#FEW_HAN",
            "某县妇联2023年工作总结.docx#FEW_HAN"})
    void aFeatureDoesNotShowOnALineWithout(String line, HeadlineFeature feature) {
        assertThat(features(line)).doesNotContainKey(feature);
    }

    @Test
    void placeAmongTheLines() {
        List<String> lines = List.of("某县妇联", "某县妇联2023年工作总结", "发布时间:2024-01-02", "一年来,县妇联团结带领广大妇女建功立业,工作取得新成效。");
        assertThat(features(lines, 1, List.of(2), TitleEvidence.NONE)).containsKey(HeadlineFeature.ABOVE_THE_STAMP)
                .containsEntry(HeadlineFeature.LOW_DOWN, 1.0 / HeadlineScorer.LOW_DOWN_LINES);
        assertThat(features(lines, 0, List.of(2), TitleEvidence.NONE)).doesNotContainKeys(HeadlineFeature.ABOVE_THE_STAMP, HeadlineFeature.LOW_DOWN);
        List<String> noStamp = List.of("某某网", "某县妇联2023年工作总结", "作者 某某", "一年来,县妇联团结带领广大妇女建功立业,工作取得新成效。");
        assertThat(features(noStamp, 1, List.of(), TitleEvidence.NONE)).containsKey(HeadlineFeature.ABOVE_THE_TEXT);
    }

    @Test
    void whatThePageSaysElsewhere() {
        List<String> lines = List.of("某县妇联2023年工作总结", "一年来,县妇联团结带领广大妇女建功立业,工作取得新成效。", "某县妇联2023年工作总结");
        assertThat(features(lines, 0, List.of(), TitleEvidence.NONE)).containsKey(HeadlineFeature.REPEATED)
                .doesNotContainKey(HeadlineFeature.AGREES_WITH_THE_PAGE);
        assertThat(features(lines, 0, List.of(), new TitleEvidence("某县妇联2023年工作总结", null))).containsKey(HeadlineFeature.AGREES_WITH_THE_PAGE);
        assertThat(features(lines, 0, List.of(), new TitleEvidence(null, "下载/某县妇联2023年工作总结.docx"))).containsKey(HeadlineFeature.AGREES_WITH_THE_PAGE);
        assertThat(features(lines, 0, List.of(), new TitleEvidence(null, "page012.txt"))).doesNotContainKey(HeadlineFeature.AGREES_WITH_THE_PAGE);
        List<String> runOn = List.of("某县妇联2023年工作总结.docx", "1、某县妇联2023年工作总结 2023年,县妇联团结带领广大妇女建功立业,工作取得新成效。");
        assertThat(features(runOn, 0, List.of(), TitleEvidence.NONE)).containsKey(HeadlineFeature.REPEATED);
        List<String> split = List.of("某区民政局2020年工作总结", "某区民政局", "2020年工作总结", "一年来,区民政局紧紧围绕中心工作,各项工作取得新成效。");
        assertThat(features(split, 2, List.of(), TitleEvidence.NONE)).containsKey(HeadlineFeature.PART_OF_A_FULLER);
        assertThat(features(split, 0, List.of(), TitleEvidence.NONE)).doesNotContainKey(HeadlineFeature.PART_OF_A_FULLER);
    }
}
