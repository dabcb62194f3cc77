package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumberTest {

    @ParameterizedTest(name = "{0} = {1}, approx {2}")
    @CsvSource({
            "千余, 1000, true",
            "三百多, 300, true",
            "两千, 2000, false",
            "一万二千, 12000, false",
            "一万二, 12000, false",
            "三千五, 3500, false",
            "一千零五, 1005, false",
            "十二, 12, false",
            "二十, 20, false",
            "九十, 90, false",
            "百, 100, false",
            "一万余, 10000, true",
            "3.35亿, 335000000, false",
            "3万8千, 38000, false",
            "11769万, 117690000, false",
            "162.277万, 1622770, false",
            "700余万, 7000000, true",
            "21万余, 210000, true",
            "2.5万多, 25000, true",
            "12万+, 120000, true",
            "3亿5000万, 350000000, false",
            "8508, 8508, false",
            "56.22, 56.22, false",
    })
    void readsNumbers(String text, double value, boolean approx) {
        assertThat(ChineseNumber.parse(text)).hasValueSatisfying(n -> {
            assertThat(n.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, value)));
            assertThat(n.approx()).isEqualTo(approx);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "余", "二三", "百千", "万万", "3万4万", "abc", "1.2.3"})
    void rejectsWhatIsNoNumber(String text) {
        assertThat(ChineseNumber.parse(text)).isEmpty();
    }
}
