package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-written sentences of our own, one or two per theme. */
class ThemeClassifierTest {
    private final ThemeClassifier classifier = new ThemeClassifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ideology         | 组织妇女骨干开展理论学习和宣讲活动,引导广大妇女听党话、跟党走。
            entrepreneurship | 举办女性创业培训班,发放创业担保贷款,帮助返乡妇女实现就业。
            family           | 开展最美家庭寻访,建设家长学校,传承好家风好家训。
            rights           | 畅通12338热线,开展普法宣传,调解婚姻家庭纠纷,维护妇女合法权益。
            care             | 走访慰问困难妇女,为单亲母亲送去救助金,开展送温暖活动。
            health           | 组织农村妇女开展两癌筛查,普及心理健康和母婴保健知识。
            children         | 建设儿童之家,关注未成年人成长,开展六一主题活动。
            rural            | 助力乡村振兴,推进美丽庭院建设,发展庭院经济,改善农村人居环境。
            organization     | 推进妇联改革,加强基层组织建设和执委队伍建设,实现妇女之家全覆盖。
            volunteer        | 组建巾帼志愿者服务队,开展志愿服务活动,参与社区公益。
            honors           | 评选表彰三八红旗手和三八红旗集体,选树先进典型。
            publicity        | 运用微信公众号和新媒体平台加强宣传,推送典型报道,扩大舆论影响。
            planning         | 推动妇女发展规划实施,开展中期监测评估,各项指标达标。
            """)
    void findsEachThemeFirst(String theme, String text) {
        assertThat(classifier.classify("", text)).first().isEqualTo(theme);
    }

    @Test
    void headingOutweighsBody() {
        String body = "开展活动,走访慰问困难家庭,组织志愿者参与。";
        assertThat(classifier.classify("维权有力,精准帮扶", body)).first().isEqualTo("rights");
        assertThat(classifier.classify("家庭文明,润泽新风", body)).first().isEqualTo("family");
    }

    @Test
    void keepsOnlyThemesNearTheBest() {
        String text = "举办创业培训,发放创业贷款,支持妇女就业创业,培育女企业家和电商人才,家庭。";
        List<String> themes = classifier.classify("巾帼创业", text);
        assertThat(themes).first().isEqualTo("entrepreneurship");
        assertThat(themes).doesNotContain("family").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void neverAllThirteenAndEmptyOnlyWithoutCues() {
        String everything = "思想引领 创业 家风 维权 关爱 健康 儿童 乡村振兴 组织建设 志愿服务 表彰 宣传 规划";
        assertThat(classifier.classify("", everything)).hasSizeLessThanOrEqualTo(4);
        assertThat(classifier.classify("", "今天天气很好。")).isEmpty();
        assertThat(classifier.classify(null, null)).isEmpty();
    }
}
