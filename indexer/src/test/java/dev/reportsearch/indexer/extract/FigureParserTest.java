package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences written for these tests (not from the seeds), one odd case each. */
class FigureParserTest {
    private static final FigureParser PARSER = FigureParser.standard();

    private static Figure only(String sentence) {
        List<Figure> figures = PARSER.parse(sentence);
        assertThat(figures).as("figures of %s", sentence).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年共培训学员1 300余人,成效明显。      | 1 300余人      | 1300      | 人    | true  | PEOPLE
            全年服务群众77,163人(次)。              | 77,163人(次)   | 77163     | 人次  | false | PEOPLE
            网上活动累计募集善款12萬+,感谢大家。     | 12萬+          | 120000    | 元    | true  | MONEY
            全年投入資金3.26億,用于建设。           | 3.26億         | 326000000 | 元    | false | MONEY
            群众满意度达到百分之百。                 | 百分之百        | 100       | %     | false | PERCENT
            群众知晓率达到百分之九十。               | 百分之九十      | 90        | %     | false | PERCENT
            占社区干部总数的63.5 %。                | 63.5 %         | 63.5      | %     | false | PERCENT
            全县共有近3万8千人参加了体检。           | 近3万8千人      | 38000     | 人    | true  | PEOPLE
            举办读书会三百多场。                     | 三百多场        | 300       | 场    | true  | EVENTS
            受理咨询两千件次。                       | 两千件次        | 2000      | 件次  | false | EVENTS
            走访重点企业200余家次。                  | 200余家次       | 200       | 家次  | true  | EVENTS
            组织外出招商5批次。                      | 5批次           | 5         | 批次  | false | EVENTS
            帮助一万余名妇女就业。                   | 一万余名        | 10000     | 名    | true  | PEOPLE
            开展宣传近百场。                         | 近百场          | 100       | 场    | true  | EVENTS
            志愿者上万人次参与。                     | 上万人次        | 10000     | 人次  | true  | PEOPLE
            培训农村妇女１２００人。                 | １２００人      | 1200      | 人    | false | PEOPLE
            参加义诊的群众约500名左右。              | 约500名左右     | 500       | 名    | true  | PEOPLE
            调解纠纷3千余起。                        | 3千余起         | 3000      | 起    | true  | EVENTS
            累计发放贷款11769万元。                  | 11769万元       | 117690000 | 元    | false | MONEY
            新建妇女之家超过200个。                  | 超过200个       | 200       | 个    | true  | OTHER
            建成家长学校1559所。                     | 1559所          | 1559      | 所    | false | ORGANISATIONS
            全年粮食产量达到135.2亿斤。              | 135.2亿斤       | 13520000000 | 斤  | false | OTHER
            新能源装机规模达2.6亿千瓦。              | 2.6亿千瓦       | 260000000 | 千瓦  | false | OTHER
            全年发电量突破800亿千瓦时。              | 突破800亿千瓦时  | 80000000000 | 千瓦时 | true | OTHER
            年新增蓄水能力1.2亿立方米。              | 1.2亿立方米     | 120000000 | 立方米 | false | OTHER
            村民共种下果树12.5万棵。                 | 12.5万棵        | 125000    | 棵    | false | OTHER
            全年出栏肉牛3.2万头。                    | 3.2万头         | 32000     | 头    | false | OTHER
            养殖蛋鸡48万只。                         | 48万只          | 480000    | 只    | false | OTHER
            人均预期寿命提高到79.6岁。               | 79.6岁          | 79.6      | 岁    | false | OTHER
            改造危旧房屋318间。                      | 318间           | 318       | 间    | false | OTHER
            推出特色农产品26种。                     | 26种            | 26        | 种    | false | OTHER
            新生儿死亡率降至3.2/10万。               | 3.2/10万        | 3.2       | /10万 | false | PERCENT
            带动全市20多万群众增收。                 | 20多万群众      | 200000    | 人    | true  | PEOPLE
            全县近5万妇女参加培训。                  | 近5万妇女       | 50000     | 人    | true  | PEOPLE
            年营业收入突破20亿元。                   | 突破20亿元      | 2000000000 | 元   | true  | MONEY
            项目资金支付率不到60%。                  | 不到60%         | 60        | %     | true  | PERCENT
            参训人员不足300人。                      | 不足300人       | 300       | 人    | true  | PEOPLE
            地区生产总值增长5.3％。                  | 5.3％           | 5.3       | ％    | false | PERCENT
            两癌筛查发现早期患者12例。               | 12例            | 12        | 例    | false | EVENTS
            征集书画作品320余幅。                    | 320余幅         | 320       | 幅    | true  | OTHER
            新修健身步道8500米。                     | 8500米          | 8500      | 米    | false | OTHER
            为困难家庭送去大米300袋。                 | 300袋           | 300       | 袋    | false | OTHER
            """)
    void readsOddFigures(String sentence, String raw, double value, String unit, boolean approx, FigureKind kind) {
        Figure figure = only(sentence);
        assertThat(figure.raw()).isEqualTo(raw);
        assertThat(figure.value()).isCloseTo(value, within(1e-6 * value));
        assertThat(figure.unit()).isEqualTo(unit);
        assertThat(figure.approx()).isEqualTo(approx);
        assertThat(figure.kind()).isEqualTo(kind);
    }

    @Test
    void readsANumberBrokenOverTwoLines() {
        Figure figure = only("全年培训妇女5\n000余人,覆盖全县。");
        assertThat(figure.raw()).isEqualTo("5\n000余人");
        assertThat(figure.value()).isEqualTo(5000);
        assertThat(figure.approx()).isTrue();

        assertThat(only("累计发放贷款3.\n35亿元。").value()).isCloseTo(335_000_000, within(1.0));
        assertThat(only("服务群众2万多\n人次。").unit()).isEqualTo("人次");
    }

    @Test
    void keepsFiguresThatLookLikeNotFiguresApart() {
        assertThat(PARSER.parse("召开常委会12次,连续值守72小时,服务妇女3000人次。"))
                .extracting(Figure::raw).containsExactly("12次", "72小时", "3000人次");
        assertThat(PARSER.parse("在14家乡镇卫生院开展义诊。")).extracting(Figure::raw).containsExactly("14家");
        assertThat(PARSER.parse("全县百岁老人43人,平均年龄101.5岁。")).extracting(Figure::raw).containsExactly("43人", "101.5岁");
        assertThat(PARSER.parse("慰问困难妇女38名、儿童61人。")).extracting(Figure::raw).containsExactly("38名", "61人");
    }

    @Test
    void readsWeightsAreasAndLivestockAsRuralReportsCountThem() {
        assertThat(PARSER.parse("全旗养鹅166万羽,水稻单产达820公斤,总面积320.29平方千米,投放鱼苗5000尾。")).extracting(Figure::raw)
                .containsExactly("166万羽", "820公斤", "320.29平方千米", "5000尾");
        assertThat(PARSER.parse("发放羽绒服300件。")).extracting(Figure::raw).containsExactly("300件");
    }

    @Test
    void countsLoansAndTransactionsInTheirMeasureWord() {
        assertThat(PARSER.parse("累计发放小额贷款850笔,金额3200万元。")).extracting(Figure::raw).containsExactly("850笔", "3200万元");
    }

    @Test
    void takesNoQualifierFromTheEndOfAWord() {
        Figure signed = only("招商项目签约120亿元。");
        assertThat(signed.raw()).isEqualTo("120亿元");
        assertThat(signed.approx()).isFalse();
        assertThat(only("就近就业3000人。").approx()).isFalse();
        assertThat(only("签约金额约120亿元。").approx()).isTrue();
    }

    @Test
    void keepsFiguresInTheirOrder() {
        assertThat(PARSER.parse("举办培训33期,培训4867人次,满意率99.5%。"))
                .extracting(Figure::raw).containsExactly("33期", "4867人次", "99.5%");
    }

    @Test
    void impliesMoneyOnlyNearAMoneyWord() {
        assertThat(only("全年收到捐款近60万,全部用于助学。").unit()).isEqualTo("元");
        assertThat(PARSER.parse("视频获赞14.2万,粉丝数4.3万。")).isEmpty();
        assertThat(PARSER.parse("全县阅读量12萬+。")).isEmpty();
        assertThat(only("全市地区生产总值迈上5.2万亿。").unit()).isEqualTo("元");
        assertThat(only("为群众挽回损失3000余万。").unit()).isEqualTo("元");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "本文共9页,这是第1页共9页。",
            "阅读数 17153",
            "阅读5202次",
            "拨打12338妇女维权热线,或12345政务服务热线。",
            "咨询电话:0595-22123456。",
            "闽ICP备09003561号",
            "您是第:59264991 位访问者",
            "学习贯彻党的二十大精神和十九届历次全会精神。",
            "吉林省妇女第十三次代表大会隆重召开。",
            "科学编制2021—2030年妇女发展纲要。",
            "2013年,全县妇联工作取得新成效。",
            "二〇一三年工作回顾",
            "奏响21世纪巾帼建功最强音。",
            "利用“12.4”全国法制宣传日开展宣传。",
            "完成“十二五”规划中期监测。",
            "围绕“1236+N”机制和“138”工作模式、“4+1”工作法发挥作用。",
            "打造“三位一体”服务模式和“一线一键一中心”渠道,推行“一肩挑”。",
            "一是加强学习,二是强化服务。",
            "评选三八红旗手和十佳母亲,推进巾帼十大项目和“六学”活动。",
            "培训持续3个月。",
            "走百家进千户解万家难。",
            "推进一村一品,落实三个代表。",
            "3月8日举行纪念大会。",
            "开展35至64岁妇女两癌筛查,关爱0-6岁儿童和3岁以下婴幼儿,慰问60周岁以上老人。",
            "建立24小时值班制度,开通7×24小时服务热线。",
            "走访北城168家政服务有限公司。",
            "按照市委八届十次、十一次全会部署,落实区委五届九次全会精神。",
            "评论 12人参与,3条评论",
            "已有0人参与,点击查看更多评论",
            "零件加工厂吸纳妇女就业。",
            "举办2023首届巾帼创业大赛。",
            "开展3.8妇女节系列活动,举办6·1儿童节游园会,启动38妇女维权周。",
    })
    void findsNoFigureIn(String sentence) {
        assertThat(PARSER.parse(sentence)).isEmpty();
    }

    @Test
    void isUsableFromManyThreads() throws Exception {
        String sentence = "筹集善款700余万,帮扶妇儿2200余名,举办活动千余场。";
        List<Figure> expected = PARSER.parse(sentence);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<Figure>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    results.add(PARSER.parse(sentence));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(800).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
