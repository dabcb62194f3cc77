package dev.reportsearch.indexer.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearDetectorTest {
    private final YearDetector detector = YearDetector.standard();

    @ParameterizedTest
    @CsvSource({"2013,2013", "２０１４,2014", "二〇一三,2013", "二零一九,2019", "二○二○,2020", "二一三,2013", "二一四,2014"})
    void readsYearNumerals(String written, int year) {
        assertThat(YearNumerals.parse(written)).hasValue(year);
    }

    @ParameterizedTest
    @CsvSource({"二一三年工作回顾,2013", "二〇一四年工作思路,2014", "2019年工作总结,2019", "一、2013年工作回顾,2013", "2020年度工作要点,2020"})
    void readsYearHeadings(String heading, int year) {
        assertThat(YearHeadings.yearOf(heading)).hasValue(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013年,全县妇女工作取得新成效。", "一、固本强基", "2019年3月"})
    void otherLinesAreNoYearHeadings(String line) {
        assertThat(YearHeadings.yearOf(line)).isEmpty();
    }

    @Test
    void yearPartsWinOverThePageDate() {
        List<Integer> years = detector.reportYears("县妇联工作报告", "2013年,……。2014年,……。", LocalDate.of(2022, 10, 13), List.of(2014, 2013));
        assertThat(years).containsExactly(2013, 2014);
        assertThat(detector.sectionYears("二一三年工作回顾", years)).containsExactly(2013);
        assertThat(detector.sectionYears(null, years)).containsExactly(2013, 2014);
    }

    @Test
    void aFiveYearReviewCountsBackFromItsPublicationYear() {
        assertThat(detector.reportYears("某县这五年", "五年来,全县妇联……。今后五年,……。科学编制2021—2030年新规划。",
                LocalDate.of(2023, 11, 11), List.of())).containsExactly(2019, 2020, 2021, 2022, 2023);
    }

    @Test
    void sinceTheEighteenthCongressReachesBackTo2012() {
        assertThat(detector.reportYears("砥砺奋进的五年", "党的十八大以来,市妇联……。5年来,……。", LocalDate.of(2017, 9, 22), List.of()))
                .containsExactly(2012, 2013, 2014, 2015, 2016, 2017);
    }

    @Test
    void aReviewPostedLongAfterItsYearsEndsAtTheTextsLatestYear() {
        assertThat(detector.reportYears(null, "五年来,……2016年……2017年……。", LocalDate.of(2022, 1, 1), List.of()))
                .containsExactly(2013, 2014, 2015, 2016, 2017);
    }

    @Test
    void aYearReportCoversTheYearItNamesMost() {
        assertThat(detector.reportYears(null, "2019年,是……的一年。2019年3月,……。较2018年增长。2019年底,……。", null, List.of()))
                .containsExactly(2019);
        assertThat(detector.reportYears(null, "全年开展活动。", LocalDate.of(2020, 5, 1), List.of())).containsExactly(2020);
        assertThat(detector.reportYears(null, "全年开展活动。", null, List.of())).isEmpty();
    }
}
