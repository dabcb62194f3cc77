package dev.reportsearch.indexer.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateRulesTest {
    private static final BoilerplateRules RULES = BoilerplateRules.standard();

    @ParameterizedTest
    @ValueSource(strings = {
            "某市妇联网 某市妇女联合会 版权所有   备案号:某ICP备12345678号",
            "您是第:1234567 位访问者",
            "上一篇:某某文章 下一篇:另一篇文章",
            "分享到:",
            "分享到：微信 微博",
            "返回主站 喜迎妇女大会 巾帼建功新时代",
            "【字体:大 中 小】",
            "【字体：大 中 小】 【打印本页】 【关闭窗口】",
            "打印本页 关闭窗口",
            "首页 > 工作动态 > 正文",
            "当前位置：首页 > 新闻",
            "Copyright © 2020 某县妇联",
            "（责任编辑：某市妇联宣传部）",
            "— 3 —",
            "- 12 -",
            "第3页",
            "编者按：五年来，全市各级妇联组织在各级党委领导下，围绕中心、服务大局，团结带领广大妇女在副中心城市建设中争当先锋、建功立业。"
                    + "在第十四次妇女代表大会即将召开之际，本网推出县区五年巡礼系列报道，本期展示三个县妇联五年来的工作成效。"})
    void dropsChromeLines(String line) {
        assertThat(RULES.strip(line)).isEmpty();
    }

    @Test
    void deletesCountersFromOtherLines() {
        assertThat(RULES.strip("发布时间2023年11月11日  来源:某县妇联  阅读5202次")).contains("发布时间2023年11月11日  来源:某县妇联");
        assertThat(RULES.strip("来源:本站原创     发布时间:2019-09-29")).contains("发布时间:2019-09-29");
    }

    @Test
    void keepsProse() {
        String prose = "全年开展活动120场，下一步将继续深化妇联改革，推动各项工作再上新台阶。";
        assertThat(RULES.strip(prose)).contains(prose);
    }
}
