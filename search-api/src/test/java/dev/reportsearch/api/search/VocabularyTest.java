package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.reportsearch.core.text.SearchText;

class VocabularyTest {
    /**
     * One case per line of vocabulary.txt, keyed by its kind and first form: a query word, and a
     * sentence of our own that does not hold it but answers it in another of the field's ways.
     */
    static final Map<String, List<String>> CASES = Map.ofEntries(
            Map.entry("same\t两纲", List.of("两纲", "全县召开贯彻妇女发展纲要和儿童发展纲要推进会。")),
            Map.entry("same\t三八节", List.of("三八节", "围绕“三八”国际妇女节开展主题宣传活动。")),
            Map.entry("same\t六一节", List.of("六一节", "六一儿童节前夕走访慰问困境儿童。")),
            Map.entry("same\t妇联", List.of("妇联", "区妇女联合会组织开展培训。")),
            Map.entry("same\t妇儿工委", List.of("妇儿工委", "县妇女儿童工作委员会召开全体会议。")),
            Map.entry("same\t关工委", List.of("關工委", "市關心下一代工作委員會組織老同志宣講。")),
            Map.entry("same\t残联", List.of("残联", "县残疾人联合会开展康复服务。")),
            Map.entry("same\t妇代会", List.of("妇代会", "召开第八次妇女代表大会。")),
            Map.entry("same\t反家暴", List.of("反家暴", "联合公安部门开展反家庭暴力法宣传。")),
            Map.entry("same\t电商直播", List.of("电商直播", "组织农村妇女学习直播带货技巧。")),
            Map.entry("related\t两纲", List.of("两纲", "落实妇女发展规划和儿童发展规划中期目标。")),
            Map.entry("related\t两癌", List.of("两癌", "为农村妇女免费开展宫颈癌检查。")),
            Map.entry("related\t换届", List.of("换届", "大会选出了新一届妇联执委会。")),
            Map.entry("related\t巾帼", List.of("巾帼", "帮助农村女性创业就业。")),
            Map.entry("related\t救助金", List.of("救助金", "为困难家庭送上慰问金。")),
            Map.entry("related\t小额担保贷款", List.of("小額擔保貸款", "发放创业担保贷款三千万元。")),
            Map.entry("related\t巾帼建功", List.of("巾帼建功", "引导广大妇女在岗位上建功立业。")),
            Map.entry("related\t最美家庭", List.of("最美家庭", "评选表彰五好家庭二十户。")),
            Map.entry("related\t家风", List.of("家风", "开展廉洁家庭创建活动。")),
            Map.entry("related\t家庭教育", List.of("家庭教育", "全镇建成家长学校十所。")),
            Map.entry("related\t妇女之家", List.of("妇女之家", "在村里建起妇女微家。")),
            Map.entry("related\t巧娘", List.of("巧娘", "举办农村妇女手工编织培训班。")),
            Map.entry("related\t志愿者", List.of("志愿者", "组建巾帼志愿服务队十支。")),
            Map.entry("related\t维权", List.of("维权", "依法维护妇女权益。")),
            Map.entry("related\t养老服务", List.of("养老服务", "开展敬老助老活动。")),
            Map.entry("related\t疫情防控", List.of("疫情防控", "组织党员投身抗疫一线。")),
            Map.entry("related\t反家暴", List.of("反家暴", "在社区警务室设立家庭暴力投诉受理站。")));

    static Stream<Arguments> lines() {
        return Vocabulary.lines().stream().map(line -> {
            String[] f = line.split("\t+");
            return Arguments.of(f[0] + "\t" + f[1]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineFindsTextThatSaysItAnotherWay(String key) {
        assertThat(CASES).as("a case for the vocabulary line %s", key).containsKey(key);
        String word = SearchText.normalize(CASES.get(key).get(0));
        String text = SearchText.normalize(CASES.get(key).get(1)).replaceAll("[“”\"]", "");
        assertThat(text).as("the sentence must not hold the word itself").doesNotContain(word);
        Vocabulary.Kind kind = Vocabulary.Kind.valueOf(key.split("\t")[0].toUpperCase(java.util.Locale.ROOT));
        assertThat(Vocabulary.standard().alternatives(word))
                .anySatisfy(a -> {
                    assertThat(text).contains(a.text());
                    assertThat(a.kind()).isEqualTo(kind);
                });
    }

    @Test
    void sameMeaningGoesBothWaysAndComesFirst() {
        Vocabulary v = new Vocabulary(List.of("same\t甲乙\t甲乙丙丁", "related\t甲乙\t戊"));
        assertThat(v.alternatives("甲乙")).extracting(Vocabulary.Alternative::text).containsExactly("甲乙丙丁", "戊");
        assertThat(v.alternatives("甲乙丙丁")).extracting(Vocabulary.Alternative::text).containsExactly("甲乙");
        assertThat(v.alternatives("戊")).isEmpty();
    }

    @Test
    void aWordHoldingListedFormsIsTriedWithEachSameMeaningFormReplaced() {
        Vocabulary v = new Vocabulary(List.of("same\t妇联\t妇女联合会", "same\t联\t联合", "related\t换届\t当选"));
        assertThat(v.alternatives("妇联换届")).extracting(Vocabulary.Alternative::text)
                .containsExactly("妇女联合会换届");
    }

    @Test
    void formsAreFoldedToTheSearchNormalForm() {
        Vocabulary v = new Vocabulary(List.of("same\t婦聯\t婦女聯合會"));
        assertThat(v.alternatives("妇联")).extracting(Vocabulary.Alternative::text).containsExactly("妇女联合会");
    }

    @Test
    void aMalformedLineIsRefused() {
        assertThatThrownBy(() -> new Vocabulary(List.of("similar\t甲\t乙"))).isInstanceOf(IllegalStateException.class);
    }
}
