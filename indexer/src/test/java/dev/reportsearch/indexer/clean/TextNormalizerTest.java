package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsAConvertersDoublePrimeQuotesToTheOrdinaryOnes() {
        assertThat(normalizer.normalizeLine("一、“十二五〞及2015年工作回顾〝十二五〞时期")).isEqualTo("一、“十二五”及2015年工作回顾“十二五”时期");
    }

    @Test
    void foldsOddSpacesAndTrims() {
        assertThat(normalizer.normalizeLine("\u00A0\u00A0\u00A0 \u3000一、加强组织建设\u200B")).isEqualTo("一、加强组织建设");
        assertThat(normalizer.normalizeLine("妇女\u00A0\u00A0微家")).isEqualTo("妇女 微家");
    }

    @Test
    void foldsPdfLookAlikesButKeepsFullWidthPunctuation() {
        assertThat(normalizer.normalizeLine("⼀、关爱⼉童，做好⼯作：（⼀）")).isEqualTo("一、关爱儿童，做好工作：（一）");
        assertThat(normalizer.normalizeLine("１２３，全角数字和标点保持原样")).isEqualTo("１２３，全角数字和标点保持原样");
    }

    @Test
    void givesAYearTypedWithTheLetterOItsZeroBack() {
        assertThat(normalizer.normalizeLine("二OO四年,我镇妇联工作")).isEqualTo("二〇〇四年,我镇妇联工作");
        assertThat(normalizer.normalizeLine("某镇妇联 二O一九年三月八日")).isEqualTo("某镇妇联 二〇一九年三月八日");
        assertThat(normalizer.normalizeLine("OO二四年和二OK品牌")).isEqualTo("OO二四年和二OK品牌");
    }

    @Test
    void dropsPinyinGlossesOfMachineConvertedPages() {
        assertThat(TextNormalizer.dropPinyinGlosses("婦聯(lián)組織在農(nóng)村開展活動的(de)情況"))
                .isEqualTo("婦聯組織在農村開展活動的情況");
        assertThat(TextNormalizer.dropPinyinGlosses("婦聯（lián）")).isEqualTo("婦聯");
    }

    @Test
    void keepsParenthesesThatAreNotGlosses() {
        assertThat(TextNormalizer.dropPinyinGlosses("设立妇女之家(e)栏目")).isEqualTo("设立妇女之家(e)栏目");
        assertThat(TextNormalizer.dropPinyinGlosses("社区(村)妇联")).isEqualTo("社区(村)妇联");
    }
}
