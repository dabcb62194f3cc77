package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.PageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "发布时间2023年11月11日 来源:某县妇联|2023-11-11",
            "时间:2022-10-13 11:09:06|2022-10-13",
            "时间：2017-09-22 来源：|2017-09-22",
            "2017-09-22|2017-09-22",
            "发布日期：2019-09-29|2019-09-29",
            "日期:2019/9/29|2019-09-29",
            "发布时间:2019-09-29 11:23:44|2019-09-29"})
    void takesDateLinesOffTheTop(String line, String date) { // the date itself: PublicationDateTest
        PageHeader header = extractor.extract(List.of("某县妇联工作报告", line, "正文第一段。"), PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("某县妇联工作报告");
        assertThat(header.body()).containsExactly("正文第一段。");
    }

    @Test
    void knowsTheChromeRulesPageMetadataSoNoFieldOrIssueNumberIsTheTitle() {
        MetadataExtractor withPageMeta = new MetadataExtractor(TitleFinder.standard(), BoilerplateRules.standard()::isMetaLine);
        PageHeader disclosure = withPageMeta.extract(List.of(
                "索引号 000000001/2021-00001", "组配分类 计划总结 发布机构 某某街道", "生成日期 2021-01-28 公开方式 主动公开",
                "某某街道2020年工作总结及2021年工作思路", "一年来,街道各项工作取得新进展。"), PageMetadata.NONE);
        assertThat(disclosure.metadata().title()).isEqualTo("某某街道2020年工作总结及2021年工作思路");
        PageHeader notice = withPageMeta.extract(List.of(
                "某区人民政府关于印发某区儿童发展规划的通知", "某府发〔2022〕16号", "时间: 2023-01-02 14:56", "各乡(镇)人民政府、街道办事处:"),
                PageMetadata.NONE);
        assertThat(notice.metadata().title()).isEqualTo("某区人民政府关于印发某区儿童发展规划的通知");
    }

    @Test
    void aDisclosureTablesTitleFieldIsTheTitle() {
        MetadataExtractor withPageMeta = new MetadataExtractor(TitleFinder.standard(), BoilerplateRules.standard()::isMetaLine);
        PageHeader header = withPageMeta.extract(List.of(
                "文件名称 | 某区2024年政府工作报告 | ||", "索引号 | /2024-0001 | 公开目录: | 工作报告 |", "有效性 | 有效 | 公开日期: | 2024-03-01 10:00 |",
                "2024年1月5日在某区第五届", "人民代表大会第三次会议上", "各位代表:", "现在,我代表区人民政府向大会报告工作。"), PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("某区2024年政府工作报告");
        assertThat(header.body()).doesNotContain("文件名称 | 某区2024年政府工作报告 | ||").contains("现在,我代表区人民政府向大会报告工作。");
    }

    @Test
    void aStampRunOntoTheHeadlinesLineOrAForumPostsStampIsAMetadataLine() {
        PageHeader runIn = extractor.extract(List.of("某县某镇: 荣获全县关工系统先进集体发布时间:2022-05-16    文章来源:",
                "某网讯(通讯员某某)在日前召开的全县关心下一代工作会议上,某镇关工委荣获先进集体称号。"), PageMetadata.NONE);
        assertThat(runIn.metadata().title()).isEqualTo("某县某镇: 荣获全县关工系统先进集体");
        assertThat(runIn.body()).containsExactly("某网讯(通讯员某某)在日前召开的全县关心下一代工作会议上,某镇关工委荣获先进集体称号。");
        PageHeader runTogether = extractor.extract(List.of("工作动态某市妇联召开五届三次执委(扩大)会议发布时间2015年3月6日 来源:某市妇联 阅读123次"
                + "会上,副市长对全市妇女工作给予充分肯定,并对今年妇女工作提出三点意见,要求各级妇联紧扣中心工作,在服务发展中取得新成效。"), PageMetadata.NONE);
        assertThat(runTogether.metadata().title()).isEqualTo("某市妇联召开五届三次执委(扩大)会议");
        assertThat(extractor.extract(List.of("某区资讯 发表于 2016-3-9 20:15:06", "某镇妇联开展义诊 200余名妇女受益",
                "近日,某镇妇联联合卫生院开展义诊活动。"), PageMetadata.NONE).metadata().title()).isEqualTo("某镇妇联开展义诊 200余名妇女受益");
    }

    /** validation11's and validation9's header classes: the title is the first line, the body what follows the header. */
    @Test
    void aStampsOwnFieldAndTheAuthorBetweenTwoStampsAreTheHeaders() {
        // a stamp's own field before its date (发布者:某某发布时间:…) is no headline run onto it
        assertTitleAndBody(List.of("校团委召开2025年第一学期共青团工作会议", "发布者:张某某发布时间:2025-09-16浏览次数:100"),
                "9月15日上午,校团委召开工作会议。");
        // an author and account between a repost's stamp and the original's go with them
        assertTitleAndBody(List.of("某街道女神们这样过妇女节", "2018/5/11 15:20:28", "张某某", "某某街道", "2018-03-08 17:02"),
                "暖暖的三月,迎来了又一年的妇女节。", "某某社区妇联");
    }

    private void assertTitleAndBody(List<String> header, String... body) {
        List<String> lines = new java.util.ArrayList<>(header);
        lines.addAll(List.of(body));
        PageHeader extracted = extractor.extract(lines, PageMetadata.NONE);
        assertThat(extracted.metadata().title()).isEqualTo(header.get(0));
        assertThat(extracted.body()).containsExactly(body);
    }

    @Test
    void aCoverWrittenWordByWordOverItsHeadlineIsHeldWithIt() {
        PageHeader header = extractor.extract(List.of("2024", "社区", "团委", "工作总结", "社区团委工作总结",
                "一、加强思想引领", "2024年,社区团委组织学习12次。"), PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("社区团委工作总结");
        assertThat(header.body()).containsExactly("一、加强思想引领", "2024年,社区团委组织学习12次。");
    }

    @Test
    void takesTheTitleAboveTheDateLineAndDropsNavigationAndRepeats() {
        PageHeader header = extractor.extract(List.of(
                "干部队伍", "某市妇联五年工作回顾", "发布时间2023年11月11日 来源:甲县、乙县妇联", "某市妇联五年工作回顾", "五年来,全市妇联……。"),
                PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("某市妇联五年工作回顾");
        assertThat(header.metadata().publisher()).isEqualTo("甲县、乙县妇联");
        assertThat(header.body()).containsExactly("五年来,全市妇联……。");
    }

    @Test
    void takesTheTitleAboveASiteStamp() {
        PageHeader header = extractor.extract(List.of("某州启动巾帼创业创新项目签约仪式暨妇幼关爱工程", "某网 2025-03-14",
                "3月13日,某州妇联与农信联社签订合作协议,180余人参加。"), PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("某州启动巾帼创业创新项目签约仪式暨妇幼关爱工程");
        assertThat(header.body()).containsExactly("3月13日,某州妇联与农信联社签订合作协议,180余人参加。");
        assertThat(MetadataExtractor.isMetadataLine("全县妇联 2025-03-14,召开执委会")).isFalse();
    }

    @Test
    void takesTheTitleAboveAPortalsAddressStampPastItsMenuBar() {
        PageHeader header = extractor.extract(List.of("首页 新闻 体育 娱乐 游戏 邮箱 搜索 导航", "新闻背景:某某残疾人联合会",
                "http://www.example.com.cn 2003年09月10日17:07 某某网", "某某网北京9月10日电 在很长一段时期里,残疾人事务由民政部门管理。"),
                PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("新闻背景:某某残疾人联合会");
        assertThat(header.body()).containsExactly("某某网北京9月10日电 在很长一段时期里,残疾人事务由民政部门管理。");
        assertThat(MetadataExtractor.isMetadataLine("www.example.cn 2021-04-02 某某报")).isTrue();
        assertThat(MetadataExtractor.isMetadataLine("www.example.cn 2021-04-02,全县召开大会部署工作。")).isFalse();
    }

    @Test
    void aStampFramedByTableBarsIsAMetadataLine() {
        assertThat(MetadataExtractor.isMetadataLine("|| 2023-12-01 11:22:24 编辑: 某某某 审核人:某某 |")).isTrue();
    }

    @Test
    void anOwnSiteSourceIsNoPublisher() {
        assertThat(MetadataExtractor.publisherIn("来源:本站原创 发布时间:2019-09-29")).isNull();
        assertThat(MetadataExtractor.publisherIn("来源：某州妇联  作者：张三")).isEqualTo("某州妇联");
    }

    @Test
    void leavesAPageWithoutHeaderAlone() {
        List<String> lines = List.of("时序更替,四季芬芳。", "2019年3月,主题为“汇聚力量”的大赛正式启动。");
        PageHeader header = extractor.extract(lines, PageMetadata.NONE);
        assertThat(header.metadata().title()).isNull();
        assertThat(header.metadata().publishedAt()).isNull();
        assertThat(header.body()).isEqualTo(lines);
    }

    @Test
    void aSourceLineUnderTheTextIsAFooterWithNoTitleAboveIt() {
        List<String> lines = List.of("12月1日,某区第五次妇女代表大会召开,来自各条战线的209名妇女代表参加会议。大会选举产生了区妇联执行委员。",
                "过去五年", "妇女工作交出了怎样的成绩单?", "未来五年", "我们用一张图来告诉您答案!", "来源:某区融媒");
        PageHeader header = extractor.extract(lines, PageMetadata.NONE);
        assertThat(header.metadata().title()).isNull();
        assertThat(header.body()).containsExactlyElementsOf(lines.subList(0, 5));
    }

    @Test
    void aNoticeAboveADeliveredReportStays() {
        List<String> lines = List.of("各区县妇联:现将《团结引领妇女建功新时代》印发给你们,请结合实际贯彻执行。", "某市妇女联合会", "2021年4月28日",
                "团结引领妇女建功新时代", "——在某市第十次妇女代表大会上的报告", "各位代表:");
        PageHeader header = extractor.extract(lines, PageMetadata.NONE);
        assertThat(header.metadata().title()).isEqualTo("团结引领妇女建功新时代");
        assertThat(header.body()).containsExactly(lines.get(0), "某市妇女联合会", "各位代表:");
    }
}
