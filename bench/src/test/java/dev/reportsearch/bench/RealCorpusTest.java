package dev.reportsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.region.Gazetteer;

/** The copies of real reports that the benchmarks index: another place, other years and numbers, the same words. */
class RealCorpusTest {
    private static final String REPORT = "泉州市晋江市妇联2023年工作报告。时间：2023-02-03 09:30。晋江市妇联全年举办家庭教育讲座120场，"
            + "惠及妇女3.5万人次，发放贷款1200万元。晋江市2024年工作打算。";

    @Test
    void aCopyMovesToASiblingPlaceAndShiftsYearsAndNumbers() {
        String copy = RealCorpus.perturb(REPORT, Gazetteer.standard(), new Random(7));
        assertThat(copy).doesNotContain("晋江市").contains("泉州市");
        assertThat(copy).contains("妇联全年举办家庭教育讲座", "场，惠及妇女", "万人次，发放贷款");
        assertThat(copy).containsPattern("20[0-2][0-9]年工作报告").containsPattern("[0-9]+\\.[0-9]万人次");
        assertThat(copy).isNotEqualTo(REPORT).containsPattern("时间：20[0-2][0-9]-02-03 09:30。");
        // the same seed gives the same copy, so runs index the same bytes
        assertThat(RealCorpus.perturb(REPORT, Gazetteer.standard(), new Random(7))).isEqualTo(copy);
    }

    @Test
    void theYearsOfOneCopyMoveTogether() {
        String copy = RealCorpus.perturb(REPORT, Gazetteer.standard(), new Random(11));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20[0-9]{2})年").matcher(copy);
        assertThat(m.find()).isTrue();
        int first = Integer.parseInt(m.group(1));
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1)) - first).isEqualTo(1);
    }
}
