package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionDetectorTest {
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final RegionDetector detector = new RegionDetector();

    private String detected(RegionEvidence evidence) {
        return detector.detect(evidence).map(Region::name).orElse(null);
    }

    @Test
    void countyReportWithPassingMentionsOfOtherPlaces() {
        String body = "一年来,苍南县妇联团结带领全县妇女,围绕幸福苍南建设开展工作。"
                + "全县举办培训班20期。组织赴甘肃考察学习,与深圳大学合作开展研究,对接陇南市西和县帮扶。"
                + "苍南妇女在全县经济社会发展中作出贡献。";
        assertThat(detected(RegionEvidence.ofBody(body))).isEqualTo("苍南县");
    }

    @Test
    void aCountysOwnOutletInTheDatelineOfACountysReportIsItsPublisher() {
        String county = "秀山网讯 2月5日下午,县关工委工作总结座谈会举行,全面总结我县关心下一代工作。县关工委要求加强基层组织建设。";
        assertThat(detected(RegionEvidence.ofBody(county))).isEqualTo("秀山土家族苗族自治县");
        String elsewhere = "秀山网讯 2月5日下午,全省关心下一代工作会议举行,全省各地交流经验。";
        assertThat(detected(RegionEvidence.ofBody(elsewhere))).isNull();
    }

    @Test
    void aNameSharedByRegionsWithNothingToChooseGivesNone() {
        RegionEvidence shared = new RegionEvidence("西湖召开妇联换届大会", null, "全区妇联换届大会召开,选举产生新一届执委。", null);
        assertThat(detected(shared)).isNull();
        RegionEvidence placed = new RegionEvidence("西湖召开妇联换届大会", null, "杭州市西湖区妇联换届大会召开,全区选举产生新一届执委。", null);
        assertThat(detected(placed)).isEqualTo("西湖区");
    }

    @Test
    void framingDecidesBetweenLevels() {
        String body = "延边州妇联在吉林省妇联指导下,团结全州妇女。全州建成妇女之家300个。延边妇女事业发展。";
        assertThat(detected(RegionEvidence.ofBody(body))).isEqualTo("延边朝鲜族自治州");
    }

    @Test
    void aCountyNamedWithItsProvinceAgainAndAgainIsTheRegion() {
        // The province scores a little higher (its name eight times) than the county its 县委书记 speaks for.
        RegionEvidence evidence = new RegionEvidence("甘肃两当摘掉贫困帽", "来源:某某商报网",
                "记者从甘肃省政府新闻办获悉,甘肃两当全县累计脱贫1万户。据两当县委书记介绍,两当是甘肃深度贫困县之一,"
                        + "也是甘肃全省最后摘帽的县。甘肃脱贫攻坚取得决定性成就,甘肃省扶贫办表示,甘肃农村面貌一新。", null);
        assertThat(detected(evidence)).isEqualTo("两当县");
    }

    @Test
    void titleOutweighsBody() {
        RegionEvidence evidence = new RegionEvidence("鹤壁市妇联五年工作回顾", null,
                "学习郑州市经验,推动妇女事业发展。", null);
        assertThat(detected(evidence)).isEqualTo("鹤壁市");
    }

    @Test
    void severalChildrenMakeTheParent() {
        RegionEvidence evidence = new RegionEvidence(null, "来源:石狮市、晋江市、南安市、惠安县妇联",
                "石狮市妇联开展活动。晋江市妇联开展活动。南安市妇联开展活动。惠安县妇联开展活动。全市妇女。", null);
        assertThat(detected(evidence)).isEqualTo("泉州市");
    }

    @Test
    void withinLimitsTheAnswer() {
        Region quanzhou = gazetteer.resolve("泉州市").orElseThrow();
        RegionEvidence evidence = new RegionEvidence("——晋江市妇联五年工作回顾", null,
                "学习深圳经验,晋江妇联创新发展,全市妇女积极参与。", quanzhou);
        assertThat(detected(evidence)).isEqualTo("晋江市");
        RegionEvidence elsewhere = new RegionEvidence(null, null, "温州市妇联开展活动。", quanzhou);
        assertThat(detector.detect(elsewhere)).isEmpty();
    }

    @Test
    void nothingNamedNothingDetected() {
        assertThat(detector.detect(RegionEvidence.ofBody("XX县妇联工作报告。全县妇女平安家庭创建。"))).isEmpty();
        assertThat(detector.detect(new RegionEvidence(null, null, null, null))).isEmpty();
    }

    @Test
    void organisationLines() {
        assertThat(detector.organisationRegion("五年转盼,同心筑梦——石狮市妇联五年工作回顾").map(Region::name))
                .contains("石狮市");
        assertThat(detector.organisationRegion("广丰妇联人以实干笃定前行").map(Region::name)).contains("广丰区");
        assertThat(detector.organisationRegion("石狮市特色产业发展")).isEmpty();
        assertThat(detector.organisationRegions("来源:石狮市、晋江市妇联", null))
                .extracting(Region::name).containsExactly("石狮市", "晋江市");
        assertThat(detector.organisationRegion("来源:石狮市、晋江市妇联")).isEmpty();
        Region fuzhou = gazetteer.resolve("福州市").orElseThrow();
        assertThat(detector.organisationRegion("鼓楼区妇联工作报告")).isEmpty();
        assertThat(detector.organisationRegion("鼓楼区妇联工作报告", fuzhou).map(Region::path))
                .contains(java.util.List.of("福建省", "福州市", "鼓楼区"));
    }

    @Test
    void traditionalScriptIsReadAsSimplified() {
        assertThat(detected(RegionEvidence.ofBody("長沙市開福區婦聯召開執委會議,全區婦女踴躍參與。")))
                .isEqualTo("开福区");
        assertThat(detector.organisationRegion("黟縣婦聯工作報告").map(Region::name)).contains("黟县");
    }

    @Test
    void aNameInsideAnOrdinaryWordIsNoMention() {
        assertThat(detector.detect(RegionEvidence.ofBody("我们尽心竭力惠民生,办好民生实事。"))).isEmpty();
        assertThat(detector.detect(new RegionEvidence("阳春三月,春意盎然,在“三八”妇女节来临之际", null,
                "阳春三月,春意盎然,在“三八”妇女节来临之际,乡妇联开展庆“三八”游园活动。", null))).isEmpty();
        assertThat(detector.detect(RegionEvidence.ofBody("市政府和县委高度重视,建成农业示范县。"))).isEmpty();
        assertThat(detector.detect(RegionEvidence.ofBody("在县委县政府领导和县团委支持下,全县青年积极参与。"))).isEmpty();
        assertThat(detector.detect(RegionEvidence.ofBody("全力实施生态立县、工业强县、开放兴县发展战略。"))).isEmpty();
    }

    @Test
    void aPlaceOpeningACompanysNameIsAnotherBody() {
        assertThat(detector.detect(RegionEvidence.ofBody("全镇经济稳步发展。引进湛江某达水产有限公司和湛江某雄饲料有限公司等民营企业,顺利投产。"))).isEmpty();
    }

    @Test
    void aShortCountyStemNeedsItsSuffixOrAnOrganisation() {
        assertThat(detector.detect(RegionEvidence.ofBody("建设大田试验站300亩,推广大田作物。"))).isEmpty();
        assertThat(detector.detect(RegionEvidence.ofBody("万安镇召开妇女代表大会,建设幸福万安。"))).isEmpty();
        assertThat(detected(RegionEvidence.ofBody("万安妇联召开执委会。"))).isEqualTo("万安县");
        assertThat(detected(RegionEvidence.ofBody("弘扬新时期江苏精神,全省共青团工作。"))).isEqualTo("江苏省");
    }

    @Test
    void aBannerAsItsPagesWriteItIsTheBanner() {
        // Inner Mongolia's banners go by their first character, side and position (科左中旗), or by a usual name (达茂旗).
        assertThat(detected(RegionEvidence.ofBody("科左中旗关工委2020年工作总结。旗关工委组织五老开展宣讲180场次。"))).isEqualTo("科尔沁左翼中旗");
        assertThat(detected(RegionEvidence.ofBody("察右后旗妇联召开执委会,全旗妇女代表参加。"))).isEqualTo("察哈尔右翼后旗");
        assertThat(detected(RegionEvidence.ofBody("达茂旗妇联2022年工作总结。全旗开展培训班12期。"))).isEqualTo("达尔罕茂明安联合旗");
        // a banner whose name has two characters keeps it whole: 巴林左旗 is no 巴左旗
        assertThat(gazetteer.byName("巴左旗")).isEmpty();
        assertThat(gazetteer.byName("科右前旗")).extracting(Region::name).containsExactly("科尔沁右翼前旗");
    }

    @Test
    void aProvinceNamedOnceInPassingIsNoRegion() {
        assertThat(detector.detect(RegionEvidence.ofBody("x镇2022年政府工作报告。全镇学习山东经验,发展特色产业。"))).isEmpty();
        assertThat(detected(RegionEvidence.ofBody("山东省妇联召开执委会。"))).isEqualTo("山东省");
    }

    @Test
    void aFormerCountyNameIsTodaysRegion() {
        assertThat(detected(RegionEvidence.ofBody("县长在户县第十六届人民代表大会第二次会议上作报告。全县发展思路明晰。")))
                .isEqualTo("鄠邑区");
        assertThat(detected(RegionEvidence.ofBody("星子县妇联组织全县妇女开展培训。"))).isEqualTo("庐山市");
        // a two-character former name alone in running text is too often part of words to count
        assertThat(detector.detect(RegionEvidence.ofBody("农户县内务工,全县增收。"))).isEmpty();
    }

    @Test
    void theCongressOfAPlaceIsItsGovernment() {
        RegionEvidence evidence = RegionEvidence.ofBody("——2017年1月15日在黟县第十七届人民代表大会第一次会议上\n"
                + "各位代表:市委和县委坚强领导下,全县上下齐心协力,台州市援建项目顺利完成。");
        assertThat(detected(evidence)).isEqualTo("黟县");
    }

    @Test
    void partnersUploadersAndInstitutionsAreNotTheReportsRegion() {
        RegionEvidence evidence = RegionEvidence.ofBody("约 7页 2026-02-28 发布于四川\n"
                + "争取台州援疆指挥部资金30万元,阿拉尔市妇联组织妇女参加培训。赴杭州学习。");
        assertThat(detected(evidence)).isEqualTo("阿拉尔市");
        assertThat(detector.detect(RegionEvidence.ofBody("作者:张三 IP属地：广东\n全县妇女积极参与。"))).isEmpty();
        assertThat(detected(RegionEvidence.ofBody("常德市第三人民医院开展义诊,武陵区妇联组织妇女参加。")))
                .isEqualTo("武陵区");
    }

    @Test
    void aPlaceBeforeItsSubdivisionOnlyQualifiesIt() {
        RegionEvidence evidence = new RegionEvidence("重庆城口摘掉贫困帽", null, "重庆市妇联表彰。城口县妇女脱贫。", null);
        assertThat(detected(evidence)).isEqualTo("城口县");
    }

    @Test
    void aPlacesNewsSiteIsThePublisherOnlyInTheSourceLine() {
        assertThat(detected(new RegionEvidence(null, "崇阳新闻网", "县长在县人大会议上作报告。", null))).isEqualTo("崇阳县");
        assertThat(detector.detect(RegionEvidence.ofBody("据吉林日报报道,全县开展活动。"))).isEmpty();
    }

    @Test
    void aPagesHeadLinesLeftOutOfTheBodyStillCount() {
        RegionEvidence evidence = RegionEvidence.ofPage("政府工作报告", null,
                java.util.List.of("政府工作报告", "2017年12月25日在和碩縣第十七屆人民代表大會(huì)第三次會議上", "各位代表:"),
                "各位代表:\n一年来,县人民政府在州委和县委的领导下,建设大田试验站。");
        assertThat(detected(evidence)).isEqualTo("和硕县");
    }

    @Test
    void specialAndOldNamesMapToTodaysRegion() {
        assertThat(detected(RegionEvidence.ofBody("兵团第八师妇联组织师市妇女开展培训。"))).isEqualTo("石河子市");
        assertThat(detected(RegionEvidence.ofBody("全区民政事业为北京城市副中心建设作出贡献。"))).isEqualTo("通州区");
        assertThat(detected(RegionEvidence.ofBody("洞头县教育局推进学校建设。"))).isEqualTo("洞头区");
    }

    @Test
    void mergedMentionsKeepTheLongerOfOverlappingNames() {
        java.util.List<dev.reportsearch.core.region.Mention> merged = RegionAliases.merge(
                gazetteer.findMentions("北京城市副中心建设"),
                java.util.List.of(new dev.reportsearch.core.region.Mention("北京城市副中心", 0, 7,
                        gazetteer.byName("通州区"))));
        assertThat(merged).extracting(dev.reportsearch.core.region.Mention::surface).containsExactly("北京城市副中心");
    }

    @Test
    void aDevelopmentZoneIsNoEvidenceForItsWholeCity() {
        RegionEvidence zone = new RegionEvidence("无锡经开区召开年度工作会议", "滨湖新闻",
                "无锡经开区党工委召开会议,无锡经开区全年完成投资50亿元。", null);
        assertThat(detected(zone)).isEqualTo("滨湖区");
    }

    @Test
    void aNewsAgencysDatelineIsNoEvidence() {
        String body = "新华社北京3月8日电 全国妇联今日召开表彰大会,各地代表参加,大会表彰了100个先进集体。";
        assertThat(detected(RegionEvidence.ofBody(body))).isNull();
    }

    @Test
    void anAmbiguousCountyIsReadInTheCityThePageNames() {
        String body = "市中区残联举行助残日活动,为30名残疾人发放轮椅。\n区残联表示将继续做好服务。\n发布:乐山市残联";
        Region region = detector.detect(RegionEvidence.ofBody(body)).orElseThrow();
        assertThat(region.path()).containsExactly("四川省", "乐山市", "市中区");
    }

    @Test
    void aRegionsOwnOutletCountsWhereverThePageSpeaksAsItsKind() {
        String county = "您当前的位置 : 桐庐网 -> 新闻中心 -> 正文\n我县召开妇女儿童工作会议,全县各乡镇参加。我县妇女工作取得新成绩。";
        assertThat(detected(RegionEvidence.ofBody(county))).isEqualTo("桐庐县");
        String city = "芜湖新闻网讯 3月5日,市妇联召开执委会议,总结我市妇女工作。我市新建妇女之家20个。";
        assertThat(detected(RegionEvidence.ofBody(city))).isEqualTo("芜湖市");
    }

    @Test
    void anOutletsHeadlineOnAPlaceInsideItsAreaIsThatPlaces() {
        RegionEvidence evidence = new RegionEvidence("历下区泉城路街道举办义诊活动", "济南融媒客户端",
                "来源:济南融媒客户端\n济南日报社济南融媒讯 日前,历下区泉城路街道为辖区居民举办义诊,服务群众200余人次。", null);
        assertThat(detected(evidence)).isEqualTo("泉城路街道");
    }

    @Test
    void aCountysStemNamedAgainAndAgainInACountysReportIsItsOwn() {
        String named = "全县新增就业岗位2000个。“安吉白茶”入选名特优农产品名录。安吉一中升学率提升,全县新建公园3个。";
        assertThat(detected(RegionEvidence.ofBody(named))).isEqualTo("安吉县");
        String once = "全县新增就业岗位2000个。“安吉白茶”入选名特优农产品名录,全县新建公园3个。";
        assertThat(detected(RegionEvidence.ofBody(once))).isNull();
    }

    @Test
    void theHeadlinesPlaceWinsOverSuperiorsWhoseWordsTheReportPassesOn() {
        RegionEvidence evidence = new RegionEvidence("江苏宜兴:区关工委召开工作会议", null,
                "区关工委主任主持会议,传达了无锡市关工委会议精神和无锡市委常委的讲话精神,以及无锡市关工委主任的讲话。区关工委成员20人参加。", null);
        assertThat(detected(evidence)).isEqualTo("宜兴市");
    }

    @Test
    void aShortFormRunOnIntoAKindItNeverBoreIsNoMention() {
        // 大城县 was never a 市: 大城市 is the word 城市 after 加大, not the county
        RegionEvidence city = new RegionEvidence("关于加大城市困难群众帮扶力度的通知", null, "我街道开展帮扶活动,走访困难家庭。", null);
        assertThat(detected(city)).isNull();
        // a 县 that became a 区 is still written with its older kind
        RegionEvidence older = new RegionEvidence("洞头县妇联召开执委会议", null, "全县妇女积极参与。", null);
        assertThat(detected(older)).isEqualTo("洞头区");
    }

    @Test
    void aShortFormStraddlingTwoWordsIsNoMention() {
        // 会理 (会理市) across 协会 / 理事
        String body = "我市各协会理事积极参与活动。协会理事会议召开,我市妇女踊跃参加,协会理事带头示范。";
        assertThat(detected(RegionEvidence.ofBody(body))).isNull();
        String named = "会理妇联积极参与活动。我市妇女踊跃参加,会理妇女带头示范。";
        assertThat(detected(RegionEvidence.ofBody(named))).isEqualTo("会理市");
    }

    @Test
    void aPlaceWhoseNameIsAlsoAWordIsNamedByItsOutlet() {
        // 大方 (大方县) is an ordinary word, left out of running text; before an outlet word it is the outlet's place
        RegionEvidence source = new RegionEvidence("县妇联召开执委会议", "来源:大方融媒", "日前,县妇联召开执委会议,全县各乡镇妇联主席参加。", null);
        assertThat(detected(source)).isEqualTo("大方县");
        RegionEvidence breadcrumb = new RegionEvidence("县妇联召开执委会议", null,
                "当前位置:《大方网》> 妇女工作 > 正文\n日前,县妇联召开执委会议,全县各乡镇妇联主席参加。", null);
        assertThat(detected(breadcrumb)).isEqualTo("大方县");
        assertThat(detected(RegionEvidence.ofBody("他为人大方网友称赞,全县妇女积极参与。"))).isNull();
    }

    @Test
    void aBodyAfterACountysOlderKindIsItsBody() {
        // 罗江县 became 罗江区: its 妇儿工委 is still the publisher's body, not a passing name beside the province's
        String body = "按照罗江县妇儿工委的统一要求,我镇认真开展工作。四川各地积极响应,四川妇女踊跃参与。";
        assertThat(detector.detect(new RegionEvidence("关于做好妇女儿童工作的通知", null, body, null)).map(Region::path))
                .hasValue(List.of("四川省", "德阳市", "罗江区"));
    }

    @Test
    void aLocalOutletsDatelineNamesThePlaceTheStoryIsFiledFrom() {
        RegionEvidence filed = new RegionEvidence("社区举办妇女健康讲座", null,
                "荆门日报讯(通讯员 某某)日前,荆门高新区某某社区举办妇女健康讲座,社区妇女踊跃参加。", null);
        assertThat(detected(filed)).isEqualTo("荆门市");
        // a paper only cited is no dateline
        RegionEvidence cited = new RegionEvidence("社区举办妇女健康讲座", null, "据荆门日报报道,某某社区举办妇女健康讲座,社区妇女踊跃参加。", null);
        assertThat(detected(cited)).isNull();
    }

    @Test
    void aShortFormThePageAlsoWritesAsASmallerPlacesNameIsThatPlaces() {
        // 横山 is 横山区's short form, but this page's 横山 is its 横山社区
        RegionEvidence community = new RegionEvidence("横山巾帼志愿服务队开展活动", null,
                "近日,横山社区妇联组织横山巾帼志愿者走访慰问困难家庭。", null);
        assertThat(detected(community)).isNull();
        RegionEvidence street = new RegionEvidence("凤凰街妇联召开工作推进会", null, "会议要求讲好凤凰妇联故事,传播好巾帼声音。", null);
        assertThat(detected(street)).isNull();
    }

    @Test
    void aSitesHostInItsFooterIsThePublisher() {
        // the story names another county twice; the footer says whose site it is
        String page = "近日,社区巾帼志愿者结对淳安县困难家庭,送去慰问品,淳安县妇女表示感谢。\n桐庐县新闻传媒中心 主办\n版权所有";
        assertThat(detected(new RegionEvidence("巾帼志愿服务队开展活动", null, page, null))).isEqualTo("桐庐县");
        // an event's host is no site's
        String event = "由某某协会主办的讲座在桐庐县某社区举行,杭州市妇联、杭州市总工会共同指导,全市妇女踊跃参加。";
        assertThat(detected(new RegionEvidence("讲座举行", null, event, null))).isNotEqualTo("桐庐县");
    }

    @Test
    void aPlaceOpeningAnyCompanysNameIsAnotherBody() {
        // the firms a town attracted come from elsewhere: 江苏某某管理公司 says nothing of the town's province, though the
        // page's raw line (its figures spaced by the converter) and the cleaned body both name it
        String line = "我镇在县委、县政府的正确领导下,引进一家投资2亿元的江苏明某泰管理公司为某某寺景区建设,完成投资1 3亿元。";
        assertThat(detector.detect(RegionEvidence.ofPage("乡镇2014年工作总结及2015年工作计划", null,
                List.of("乡镇2014年工作总结及2015年工作计划", line), line.replace("1 3亿元", "1.3亿元")))).isEmpty();
        assertThat(detected(RegionEvidence.ofBody("江苏省妇联联合某某公司开展巾帼创业培训,全省培训妇女1.2万人次。"))).isEqualTo("江苏省");
    }

    @Test
    void aZoneNamedAfterItsCityLiesInTheCity() {
        // 辽源经济开发区 is no region of the gazetteer's: its report is its city's
        assertThat(detected(RegionEvidence.ofBody("2月15日上午,辽源经济开发区召开2018年度工作总结大会。一年来,在市委、市政府的正确领导下,"
                + "开发区各项工作实现了平稳发展,全区经济总体保持平稳健康发展。"))).isEqualTo("辽源市");
    }
}
