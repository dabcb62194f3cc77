package dev.reportsearch.indexer.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateTest {

    private static LocalDate dateOf(String... lines) {
        return PublicationDate.in(List.of(lines)).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "发布时间2023年11月11日 来源:某县妇联|2023-11-11",
            "时间:2022-10-13 11:09:06|2022-10-13",
            "时间：2017-09-22 来源：|2017-09-22",
            "2017-09-22|2017-09-22",
            "发布日期：2019-09-29|2019-09-29",
            "日期:2019/9/29|2019-09-29",
            "发布时间:2019-09-29 11:23:44|2019-09-29",
            "發佈時間:2013-04-30 14:38:00 來源:本站|2013-04-30",
            "发表时间：2020-5-6|2020-05-06",
            "来源：某某晚报 2021-10-12 11:31:57|2021-10-12",
            "来源: 某记者 2020-12-31 13:25:52 责编: 某编辑|2020-12-31",
            "• 2026-02-28 发布于某省|2026-02-28",
            "19.09.2019  17:44|2019-09-19",
            "某镇2020年工作总结 2021-04-02|2021-04-02",
            "某镇2020年工作总结 2021年4月2日|2021-04-02",
            "2026年02月10日 07时41分|2026-02-10",
            "某站 2021-07-23 10:14:50 政府报告|2021-07-23",
            "来源：某日报 · 2019年09月29日|2019-09-29",
            "作者：某某  2019年9月29日  浏览次数：12|2019-09-29",
            "编辑日期:2018-05-17   来源:  作者:  阅读次数: 次|2018-05-17",
            "录入时间:2016-03-08|2016-03-08",
            "时间:2021-09-299月26日,某镇召开妇女代表大会。|2021-09-29",
            "信息提供日期 : 2023-01-16 15:50来源 : 某街道办事处|2023-01-16",
            "图说新闻 2024年03月21日 某某晚报 12版 县域动态|2024-03-21"})
    void readsTheFormsPagesUse(String line, String date) {
        assertThat(dateOf("某县妇联工作报告", line, "正文第一段。")).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void readsTheStampALongLineOpensWith() {
        assertThat(dateOf("某县妇女干部热议全国两会精神", "2022-03-09 09:29:35 来源:某某网 作者:融媒体记者某某 某某今年的政府工作报告提出:"
                + "严厉打击拐卖妇女儿童犯罪行为,坚决保障妇女儿童合法权益。今年是新一轮妇女发展纲要发布实施年,对此,县妇儿工委办干部表示,报告为今后工作指明方向。"))
                .isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(dateOf("某县妇联工作总结", "2021年,县妇联在县委的领导下开展工作,2021-03-08 09:00召开大会,表彰先进集体12个、先进个人30名,"
                + "全年开展活动120场,覆盖妇女5000余人次,各项工作取得新进展,得到上级妇联和县委的充分肯定,群众满意度进一步提高,"
                + "妇女儿童合法权益得到有效维护,家庭文明建设深入推进,基层妇联组织活力不断增强。"))
                .isNull();
    }

    @Test
    void readsALabelledDateTheTextRunsOnFrom() {
        assertThat(dateOf("时间:2021-09-299月26日,某镇第五次妇女代表大会隆重召开。来自镇域内各村、各条战线的共计101名妇女代表齐聚一堂,"
                + "共商妇女事业发展,为镇域经济发展建言献策,贡献巾帼力量。会议由镇党委副书记某某主持,镇长致开幕词。"))
                .isEqualTo(LocalDate.of(2021, 9, 29));
        assertThat(dateOf("某镇召开妇女代表大会", "发布时间:2021-09-2911:23:44")).isEqualTo(LocalDate.of(2021, 9, 29));
    }

    @Test
    void readsAnEPapersMastheadWithSlashes() {
        assertThat(dateOf("正文复制", "某某青年报/2023 年/5 月/4 日/第 002 版要闻", "某县团委 服务青年")).isEqualTo(LocalDate.of(2023, 5, 4));
    }

    @Test
    void menuItemsOfOneOrTwoCharactersDoNotUseUpTheHeader() {
        List<String> page = new java.util.ArrayList<>(List.of("某省", "最近访问"));
        for (char c = 'A'; c <= 'Z'; c++) {
            page.add(String.valueOf(c));
        }
        page.addAll(List.of("某市红十字会晒出成绩单", "2020-04-16 10:21:05     某某都市网", "今天下午,某市红十字会召开理事会。"));
        assertThat(PublicationDate.in(page)).contains(LocalDate.of(2020, 4, 16));
    }

    @Test
    void readsAPublicationLabelNearTheStartOfALongLine() {
        assertThat(dateOf("工作动态某市妇联召开十届三次执委会议发布时间2015年3月6日 来源:某市妇联 阅读123次会上,副市长对全市妇女工作给予充分肯定,"
                + "并对今年妇女工作提出三点意见:第一,紧扣中心工作,在服务经济发展中取得新成效。第二,抢抓发展机遇,在助推文化建设中凝聚新动力。"))
                .isEqualTo(LocalDate.of(2015, 3, 6));
    }

    @Test
    void readsAnEPapersDateWidget() {
        assertThat(dateOf("今日日期:     版面导航", "当前报纸日期:", "2023 10月24日 星期", "某某大会开幕")).isEqualTo(LocalDate.of(2023, 10, 24));
    }

    @Test
    void readsMetadataTables() {
        assertThat(dateOf("索引号: | xx-2022-00001 | 发布机构: | 某县妇联 |", "生成日期: | 2022-01-17 | 废止日期: | |", "标题"))
                .isEqualTo(LocalDate.of(2022, 1, 17));
        assertThat(dateOf("文 号: | 发布机构: | 某镇 | 发布日期: | 2021-02-27 | |", "成文日期: | 2021-02-20 |"))
                .isEqualTo(LocalDate.of(2021, 2, 27));
    }

    @Test
    void readsALabelAloneOnItsLineWithTheDateBelow() {
        assertThat(dateOf("某省政府工作报告", "2026年1月27日在某省人民代表大会第四次会议上", "时间：", "2026-02-02 09:20", "来源："))
                .isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void theOriginalsDateBeatsARepostsStampAboveIt() {
        assertThat(dateOf("【三八妇女节】某街道女神们这样过", "2018/5/11 15:20:28   点击:621", "某某某", "某某街道", "2018-03-08 17:02", "阅读:3618",
                "暖暖的三月,迎来了又一年的妇女节。")).isEqualTo(LocalDate.of(2018, 3, 8));
        assertThat(dateOf("某县妇联召开执委会", "发布时间:2021-05-10", "2021-04-28 09:00", "会议总结了工作。")).isEqualTo(LocalDate.of(2021, 5, 10));
        assertThat(dateOf("某市妇女联合会", "2008年4月28日", "团结引领妇女", "——在某市第十三次妇女代表大会上的报告", "(2008年4月21日)", "某某"))
                .isEqualTo(LocalDate.of(2008, 4, 28)); // a notice's date over the speech it prints
    }

    @Test
    void aMeetingLineIsNoPublicationDate() {
        assertThat(dateOf("政府工作报告", "——2026年1月25日在某市人民代表大会第四次会议上", "来源：某日报", "时间：2026-02-02"))
                .isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(dateOf("政府工作报告", "——2016年1月13日在某县第十五届人民代表大会第五次会议上", "各位代表:")).isNull();
        assertThat(dateOf("政府工作报告", "——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上", "各位代表:")).isNull();
    }

    @Test
    void neverTakesACrawlDateAndARepostOnlyWithoutTheOwnDate() {
        assertThat(dateOf("某县妇联工作总结", "抓取时间:2024-05-01 10:00", "正文。")).isNull();
        assertThat(dateOf("某县妇联工作总结", "转载自某网 2024-05-01", "发布日期:2019-03-08", "正文。"))
                .isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(dateOf("某县妇联工作总结", "转载自某网 2024-05-01", "正文。")).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void readsADateWrittenOutUnderTheTitle() {
        assertThat(dateOf("某县实施妇女儿童发展纲要终期评估报告二0一一年七月十五日某县人民政府妇儿工委关于……"))
                .isEqualTo(LocalDate.of(2011, 7, 15));
    }

    @Test
    void readsTheSigningDateAloneAtTheEnd() {
        String body = "3月8日,某镇各村妇委会开展庆祝活动,普及法律知识。".repeat(20);
        assertThat(dateOf("某镇召开“三八”座谈会", body, "某镇妇联 某某", "二〇〇九年三月八日")).isEqualTo(LocalDate.of(2009, 3, 8));
        assertThat(dateOf("某镇召开座谈会", body, "2019年3月8日")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(dateOf("某镇召开座谈会", body, "二〇〇九年三月八日", "还有一段正文。", "最后一段正文。")).isNull();
        assertThat(dateOf("某镇召开座谈会", body, "会议于2019年3月8日召开。")).isNull();
    }

    @Test
    void datesInsideTheTextAreNoPublicationDates() {
        assertThat(dateOf("时序更替,四季芬芳。", "2019年3月,主题为“汇聚力量”的大赛正式启动。", "截止时间2019-05-01前报名。")).isNull();
        assertThat(dateOf("活动时间:2019-05-01", "正文。")).isNull();
        assertThat(dateOf("大赛于2019年5月1日", "正文。")).isNull();
    }

    @Test
    void aDocumentPublishedYearsAfterItsOwnDateKeepsItsOwn() {
        // a township's report moved into a new 政务公开 directory years later: the table's 发文日期 is the report's
        assertThat(dateOf("索引号: 001/2017-1 发布机构: 某镇", "公开方式: 主动公开 发文日期: 2017-01-25", "2016年政府工作报告",
                "发布时间:2020-11-25  14:55 来源: 浏览次数: 打印")).isEqualTo(LocalDate.of(2017, 1, 25));
        // published days after it was written: the publication stamp stays
        assertThat(dateOf("成文日期: 2021-02-20", "发布日期: 2021-02-27")).isEqualTo(LocalDate.of(2021, 2, 27));
    }
}
