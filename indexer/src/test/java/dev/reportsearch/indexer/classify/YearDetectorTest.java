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
    void aReportLookingBackOnOnePlanAndAheadToTheNextIsOfTheTurnOfThePlans() {
        String text = "各位代表:一、回顾“十三五”发展成就。五年来,全镇财政收入稳步增长。二、“十四五”时期的主要目标。";
        assertThat(detector.reportYears("某镇政府工作报告", text, null, List.of())).contains(2016, 2020).allMatch(y -> y >= 2016 && y <= 2021);
        assertThat(detector.reportYears("某镇政府工作报告", "各位代表:回顾“十三五”,全镇财政收入稳步增长。", null, List.of())).isEmpty();
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

    private List<Integer> years(String title, String text, LocalDate published) {
        return detector.reportYears(title, text, published, List.of());
    }

    private static List<Integer> span(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    @ParameterizedTest
    @CsvSource({"一,2006,2010", "二,2011,2015", "三,2016,2020", "四,2021,2025", "五,2026,2030"})
    void namesFiveYearPlans(String numeral, int start, int end) {
        assertThat(PlanPeriods.start(numeral)).isEqualTo(start);
        assertThat(PlanPeriods.end(numeral)).isEqualTo(end);
    }

    @Test
    void aGovernmentsReportOnPartOfItsYearReviewsThatPartNotTheYearBefore() {
        assertThat(years("2022年上半年政府工作报告(镇乡)", "今年上半年,全镇完成地区生产总值12.5亿元,同比增长6.1%。", null)).containsExactly(2022);
        assertThat(years("某县2021年前三季度政府工作报告", "前三季度,全县……。", null)).containsExactly(2021);
        assertThat(years("2022年某镇政府工作报告", "过去一年,全镇……。", null)).containsExactly(2021, 2022);
    }

    @Test
    void aGovernmentReportOfAStatedYearReviewsTheFiveYearsBeforeItAndPlansItsOwn() {
        assertThat(years("2022年某区人民政府工作报告", "过去五年工作回顾\n五年来,我们……。2021年预计突破1000亿元。", LocalDate.of(2023, 5, 1)))
                .isEqualTo(span(2017, 2022));
        assertThat(years("政府工作报告", "各位代表:\n过去五年,……。2026年主要预期目标是:……。", LocalDate.of(2026, 2, 5)))
                .isEqualTo(span(2021, 2026));
        assertThat(years("某县政府工作报告", "——2019年1月10日在某县第十七届人民代表大会第三次会议上\n各位代表:\n一、2018年工作回顾\n2018年,……。",
                null)).containsExactly(2018, 2019);
    }

    @Test
    void readsTraditionalScriptAsSimplified() {
        assertThat(years("政府工作報告", "——2017年1月15日在某縣第十七屆人民代表大會第一次會議上\n一、本屆政府工作回顧\n過去五年,……。", null))
                .isEqualTo(span(2012, 2017));
        assertThat(years(null, "二〇一四年,全縣……。自2011年以來,……。", null)).isEqualTo(span(2011, 2014));
    }

    @Test
    void aReviewedPlanPeriodCountsEveryYearOfIt() {
        assertThat(years("2026年某省政府工作报告", "一、“十四五”时期和2025年工作回顾\n……。二、“十五五”时期主要目标任务", null))
                .isEqualTo(span(2021, 2026));
        assertThat(years("2020年工作和十三五发展回顾", "2020年,全县……。", null)).isEqualTo(span(2016, 2020));
        assertThat(years("某县妇联2020年工作总结", "回顾第十三个五年规划执行情况,全县妇女工作……。", null)).isEqualTo(span(2016, 2020));
        assertThat(years("2016年某县人民政府工作报告", "一、2015年工作回顾和;;十二五;;规划执行情况\n2015年是……。", null))
                .isEqualTo(span(2011, 2016));
    }

    @Test
    void aTitleReviewingAPlanPeriodWithoutAYearCoversThePeriod() {
        // written after the period: the year it goes on to plan is not covered, and with no year written the period still is
        assertThat(years("某市妇联“十三五”工作总结", "“十三五”时期,市妇联团结带领全市妇女建功立业。2021年是“十四五”开局之年,市妇联将……。", null))
                .isEqualTo(span(2016, 2020));
        assertThat(years("某市妇联“十三五”工作总结", "“十三五”时期,市妇联团结带领全市妇女建功立业。", null)).isEqualTo(span(2016, 2020));
        assertThat(years("回顾“十二五” 展望“十三五”", "五年来,全县妇女工作……。", null)).isEqualTo(span(2011, 2015));
        // a title with a year, or a plan's title, goes the usual way
        assertThat(years("某县妇联2020年工作总结和“十四五”工作思路", "2020年,全县……。", null)).containsExactly(2020);
    }

    @Test
    void aPlanOnlyNamedIsNoReviewButMayStateTheYear() {
        assertThat(years("某县妇联2015年工作总结", "对“十二五”时期妇女儿童发展规划实施情况进行终期评估。2015年,……。", null))
                .containsExactly(2015);
        assertThat(years(null, "今年是“十三五”规划收官之年。该县2018年和2019年连续两年……,2019年底……。", null))
                .containsExactly(2018, 2019, 2020);
    }

    @Test
    void thePlansBaselineIsNotCovered() {
        assertThat(years("2026年某省政府工作报告", "“十四五”时期工作回顾\n城镇化率从2020年的53.2%提升到2025年的58%。", null))
                .isEqualTo(span(2021, 2026));
        assertThat(years("2026年某省政府工作报告", "过去五年,……。2021年……,2022年……,2023年……,2024年……。"
                + "“十四五”时期工作回顾\n城镇化率从2020年的53.2%提升到2025年的58%。", null)).isEqualTo(span(2021, 2026));
    }

    @Test
    void spansSinceAndFromToCountEveryYear() {
        assertThat(years("某市2021年度最美家庭评选揭晓", "从2014年开始,市妇联连续7年开展……。", null)).isEqualTo(span(2014, 2021));
        assertThat(years("某县妇联2019年工作总结", "某评选自2016年启动以来,被视为……。2019年,……。", null)).containsExactly(2019);
        assertThat(years(null, "农村人均可支配收入从2014年的6491元增加到2019年底的10404元,2019年底……。", LocalDate.of(2020, 9, 29)))
                .isEqualTo(span(2014, 2019));
        assertThat(years(null, "自条例颁布以来,……。26年来,全县生产总值由1989年的9084万元增加到2014年的33.76亿元。2014年……。", null))
                .isEqualTo(span(1989, 2014));
        assertThat(years("某市妇女小额贷款助力创业", "2010年至今,全市累计发放贷款近3亿元。2013年,……。", null)).isEqualTo(span(2010, 2013));
        assertThat(years("某镇关工委工作总结", "全镇下属8个村委会,自2009年8月到2012年7月止,共开展活动30场。", null)).isEqualTo(span(2009, 2012));
    }

    @Test
    void anniversariesBestInYearsAndYearsAheadAreNoReviews() {
        assertThat(years("某县妇联2021年工作总结", "建党100年来,……。取得近10年最好成绩。2021年,……。", null)).containsExactly(2021);
        assertThat(years("某县妇联2021年工作总结", "今后五年间,……。2021年,……。", null)).containsExactly(2021);
    }

    @Test
    void aTitlesRangeCountsEveryYear() {
        assertThat(years("某县妇联2011-2015工作总结及今后五年工作思路", "2015年,……。", LocalDate.of(2019, 11, 25)))
                .isEqualTo(span(2011, 2015));
    }

    @Test
    void aReportCoversTheYearsJustBeforeItsOwnThatItNamesAsItsOwn() {
        assertThat(years(null, "总结2011年工作,明确2012年全省工作的任务。2012年是……。2012年全省工作的总体思路是……。", null))
                .containsExactly(2011, 2012);
        assertThat(years("某市2013年妇女创业贷款工作启动", "在2012年超额完成100万元任务的基础上,今年……。", LocalDate.of(2013, 4, 30)))
                .containsExactly(2012, 2013);
        assertThat(years("某县2018年工作总结", "较2017年增长12%。2018年,……。", null)).containsExactly(2018);
    }

    @Test
    void lastYearIsTheYearBeforeTheReportsOwn() {
        assertThat(years(null, "会议传达学习2023年某区经济工作会议精神。该项活动从去年9月开始启动。", null)).containsExactly(2022, 2023);
        assertThat(years(null, "2023年,全区……,比去年增长5%。", null)).containsExactly(2023);
    }

    @Test
    void aPageDateNeverOverridesTheTextsYear() {
        assertThat(years("2014年某旗妇联工作总结", "2014年,……。", LocalDate.of(2020, 7, 3))).containsExactly(2014);
    }

    @Test
    void theReportsOwnYearCountsWhereverThePageStatesIt() {
        String text = "5月9日,某自治区批准某县退出贫困县序列。该县2017年和2018年连续两年……,2019年底……。";
        String page = "编者按:\n今年是全面建成小康社会和“十三五”规划收官之年。\n" + text;
        assertThat(detector.reportYears(null, text, page, null, List.of())).containsExactly(2017, 2018, 2019, 2020);
        String report = "各位代表:\n过去五年,……。";
        String withMeeting = "政府工作报告\n——2022年1月10日在某市第十七届人民代表大会第一次会议上\n" + report;
        assertThat(detector.reportYears("政府工作报告", report, withMeeting, null, List.of())).isEqualTo(span(2017, 2022));
    }

    @Test
    void aJustEndedPlansPeriodInAReportOfItsLastYearIsReviewed() {
        assertThat(detector.reportYears("某乡人民政府2020年度工作总结", "“十三五”期间,我乡经济实力不断增强,农民收入稳步提高。", null, List.of()))
                .containsExactly(2016, 2017, 2018, 2019, 2020);
    }

    @Test
    void aPlanReviewedByNameMayComeTwoYearsAfterItEnds() {
        assertThat(detector.reportYears("我县召开妇女儿童工作会议", "会议总结回顾“十二五”妇女儿童发展所取得的成绩,部署“十三五”规划实施。",
                LocalDate.of(2017, 2, 20), List.of())).contains(2011, 2015).allMatch(y -> y >= 2011 && y <= 2020);
    }

    @Test
    void aGovernmentReportsReviewOfAYearIsThatYearAlone() {
        assertThat(detector.reportYears("《政府工作报告》解读一:2024年工作回顾(一)", "这一年,我们聚焦产业发展,新增企业30家。",
                LocalDate.of(2025, 1, 22), List.of())).containsExactly(2024);
    }

    @Test
    void aTargetYearIsNeverTheReportsYear() {
        // one mention each: the latest (a plan's horizon) used to win the tie
        List<Integer> years = detector.reportYears("关于推进城乡社区服务的意见",
                "2020年以前建成的服务中心要改造升级,对照2035年远景目标推进各项工作。", LocalDate.of(2022, 6, 2), List.of());
        assertThat(years).doesNotContain(2035).contains(2020);
    }

    @Test
    void aFiveYearPlanCoversItsPeriodAndLooksBackOnThePrevious() {
        List<Integer> years = detector.reportYears("某县“十四五”妇女儿童发展规划",
                "“十三五”期间,全县妇女儿童事业取得长足进步,对照2035年远景目标谋划发展。", LocalDate.of(2022, 6, 2), List.of());
        assertThat(years).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        List<Integer> reviewed = detector.reportYears("某区“十二五”时期儿童发展规划",
                "五年来,全区儿童工作取得显著成绩。", LocalDate.of(2011, 11, 17), List.of());
        assertThat(reviewed).containsExactly(2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015);
    }

    @Test
    void aSentenceNamingAPlanIsNoPlan() {
        assertThat(detector.reportYears("2022年是“十四五”规划承上启下的关键之年", "全年完成各项任务。",
                LocalDate.of(2023, 1, 5), List.of())).containsExactly(2022);
    }

    @Test
    void yearsSpacedOutDigitByDigitAreRead() {
        assertThat(detector.reportYears("第 一 章 组 织", "1 9 5 3 年,镇妇联成立,各村建立妇代会 2 0 个。", null, List.of()))
                .containsExactly(1953);
    }

    @Test
    void aReviewOfNYearsBesideASpanOfNYearsTheTextWritesIsThatSpan() {
        List<Integer> years = detector.reportYears("某县妇女发展纲要实施情况总结",
                "十年来,全县认真实施《某县妇女发展纲要(2001-2010年)》,妇女事业取得长足进步。", LocalDate.of(2011, 4, 20), List.of());
        assertThat(years).contains(2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010).doesNotContain(2000);
    }

    @Test
    void aPlanIssuedLaterInItsPeriodCoversItsOwnSpanAlone() {
        List<Integer> years = detector.reportYears("关于印发《某市“十三五”妇女儿童发展规划》的通知",
                "五年来,全市妇女儿童事业取得长足进步。现将规划印发给你们,请认真贯彻执行。", LocalDate.of(2018, 3, 9), List.of());
        assertThat(years).containsExactly(2016, 2017, 2018, 2019, 2020);
    }

    @Test
    void aPlanPeriodReviewedAsItsOwnCoversItsYearsWhenNoYearIsWritten() {
        // a 乡 report giving no date: its “十二五” is all it says of its years
        String text = "一、前五年工作回顾\n十二五时期,是我乡经济社会发展取得显著成效的五年。招商引资由“十一五”时期的0.8亿元增长到了2亿元。";
        assertThat(detector.reportYears("政府工作报告", text, null, List.of())).containsExactly(2011, 2012, 2013, 2014, 2015);
        assertThat(detector.reportYears("某乡工作", "我乡认真编制“十三五”时期妇女发展规划。", null, List.of())).isEmpty();
    }
}
