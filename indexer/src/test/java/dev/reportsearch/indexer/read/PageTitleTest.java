package dev.reportsearch.indexer.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "某县妇联召开执委会 - 某县人民政府门户网站#某县妇联召开执委会",
            "某市妇联网_某县妇联召开执委会#某县妇联召开执委会",
            "某县妇联召开执委会_某市妇联_某某网#某县妇联召开执委会",
            "某县2025年工作报告 | www.example.gov.cn#某县2025年工作报告",
            "盘点2021年|某县妇联亮点工作#盘点2021年|某县妇联亮点工作",
            "2020年工作和十三五发展回顾-某县年鉴#2020年工作和十三五发展回顾-某县年鉴",
            "某某网#某某网",
            "某县妇联2021年工作总结 - 某县妇女联合会#某县妇联2021年工作总结",
            "某县2021年政府工作报告_某县人民政府#某县2021年政府工作报告",
            "某县妇联召开执委会 - 工作动态#某县妇联召开执委会"})
    void dropsTheSiteNameAroundTheTitle(String title, String expected) {
        assertThat(PageTitle.of(title)).isEqualTo(expected);
    }
}
