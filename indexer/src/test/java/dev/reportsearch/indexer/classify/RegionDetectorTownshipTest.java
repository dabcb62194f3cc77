package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Townships (乡, 镇, 街道): accepted only where the text places them, else their county speaks. */
class RegionDetectorTownshipTest {
    private final RegionDetector detector = new RegionDetector();

    private List<String> path(RegionEvidence evidence) {
        return detector.detect(evidence).map(Region::path).orElse(List.of());
    }

    @Test
    void aTownshipPlacedByItsCountyIsTheReportsRegion() {
        RegionEvidence evidence = new RegionEvidence("沙沟镇2022年政府工作报告", "发布机构:沂水县沙沟镇",
                "各位代表:全镇上下齐心协力,镇党委带领群众发展产业。", null);
        assertThat(path(evidence)).containsExactly("山东省", "临沂市", "沂水县", "沙沟镇");
    }

    @Test
    void aTownshipWhoseOwnUnitOpensTheStoryIsItsRegion() {
        RegionEvidence community = new RegionEvidence("东宝一社区获评文明社区", "东宝区融媒体中心",
                "3月8日,从区妇联传来消息,东宝区泉口街道某某社区居民委员会获评市级文明社区。该社区妇女积极参与志愿服务。", null);
        assertThat(path(community)).containsExactly("湖北省", "荆门市", "东宝区", "泉口街道");
        RegionEvidence office = RegionEvidence.ofBody("近年来,泉口街道驻区单位开展志愿活动。日前,在东宝区文化馆,"
                + "泉口街道工委、办事处表彰了20个先进集体,东宝区妇联主席到场讲话。");
        assertThat(path(office)).containsExactly("湖北省", "荆门市", "东宝区", "泉口街道");
    }

    @Test
    void aTownshipWhereTheCountysBodyActsIsStillTheCountys() {
        // the county's own federation visits: the township is only where it goes
        assertThat(path(RegionEvidence.ofBody("罗田县妇联主席一行深入骆驼坳镇某某村调研,看望留守儿童。")))
                .containsExactly("湖北省", "黄冈市", "罗田县");
        assertThat(path(RegionEvidence.ofBody("罗田县总工会一行对骆驼坳镇某某村贫困户进行走访慰问。全县职工积极捐款。")))
                .containsExactly("湖北省", "黄冈市", "罗田县");
        // a county's report naming two of its townships' villages
        assertThat(path(RegionEvidence.ofBody("罗田县妇女创业成效明显。凤山镇某某村建成基地,骆驼坳镇某某村新增合作社。")))
                .containsExactly("湖北省", "黄冈市", "罗田县");
    }

    @Test
    void aVillageListDoesNotPlaceTownshipsThroughACitysAmbiguousShortForm() {
        // 朝阳 is a city's short form as much as three counties': a village so named places no 马场镇 of that city
        RegionEvidence evidence = new RegionEvidence("2010年镇妇联年终工作总结", null,
                "镇妇联在协和、马场、八里河每个村创建示范园。开展较好的村委会有朝阳、马场。全镇妇女积极参与。", null);
        assertThat(path(evidence)).isEmpty();
    }

    @Test
    void aTownshipByItsFormerNameAfterItsCountyIsTheTownship() {
        RegionEvidence evidence = RegionEvidence.ofBody("洞头县北岙镇关工委认真开展关心下一代工作,镇下属8个村委会全部建立关工委。");
        assertThat(path(evidence)).containsExactly("浙江省", "温州市", "洞头区", "北岙街道");
    }

    @Test
    void aFormerTownshipNameWithoutItsCountyOrItsOwnBodyIsNoTownship() {
        assertThat(path(RegionEvidence.ofBody("北岙镇认真开展关心下一代工作。"))).doesNotContain("北岙街道");
        // a run across words: 妇联和镇党委 holds no 联和镇, though 镇党委 follows it
        assertThat(path(RegionEvidence.ofBody("县妇联和镇党委认真开展关心下一代工作。"))).doesNotContain("联和街道");
    }

    @Test
    void aRepeatedTownshipNameWithNothingToPlaceItIsNoRegion() {
        RegionEvidence evidence = new RegionEvidence("沙沟镇2022年政府工作报告", null, "全镇上下齐心协力。", null);
        assertThat(detector.detect(evidence)).isEmpty();
    }

    @Test
    void aTownshipFoundNowhereElseIsPlacedByTheTitle() {
        RegionEvidence evidence = new RegionEvidence("双岗街道妇女微家揭牌", null, "社区妇女参加活动。", null);
        assertThat(path(evidence)).containsExactly("安徽省", "合肥市", "庐阳区", "双岗街道");
    }

    @Test
    void aTownshipNamedInACountysReportSpeaksForTheCounty() {
        RegionEvidence evidence = RegionEvidence.ofBody("团县委召开述职评议会。评议会在罗山县丽水街道高湾社区举行。全县团组织参加。");
        assertThat(path(evidence)).containsExactly("河南省", "信阳市", "罗山县");
        RegionEvidence naming = RegionEvidence.ofBody("全县各乡镇党委高度重视,全县上下齐心。罗山县丽水街道开展活动,丽水街道建成妇女之家。");
        assertThat(path(naming)).containsExactly("河南省", "信阳市", "罗山县");
    }

    @Test
    void aStemCountsWhereItsCountyIsNamed() {
        RegionEvidence township = RegionEvidence.ofBody("我镇坚持文化立镇,建设幸福万安、活力万安,巩固罗江豆鸡品牌,全镇经济发展。");
        assertThat(path(township)).containsExactly("四川省", "德阳市", "罗江区", "万安镇");
        RegionEvidence district = RegionEvidence.ofBody("紧紧围绕温州市决策部署,霓屿三所中小学合并,灵昆片区新建学校。");
        assertThat(path(district)).containsExactly("浙江省", "温州市", "洞头区");
    }

    @Test
    void severalRareStemsOfOneCountyPlaceEachOther() {
        RegionEvidence evidence = RegionEvidence.ofBody("全市对红花套、高坝洲、松木坪等乡镇福利院进行了扩建。");
        assertThat(path(evidence)).containsExactly("湖北省", "宜昌市", "宜都市");
    }

    @Test
    void ordinaryWordsAreNoTownships() {
        assertThat(detector.detect(RegionEvidence.ofBody("推进发展乡村振兴,加强建设和文化中心工作。"))).isEmpty();
        assertThat(TownshipStems.stemOf("万安镇")).contains("万安");
        assertThat(TownshipStems.stemOf("双岗街道")).contains("双岗");
        assertThat(TownshipStems.stemOf("潘家湾土家族乡")).isEmpty();
        TownshipStems stems = TownshipStems.of(Gazetteer.standard());
        assertThat(stems.findStems("加强建设和发展")).isEmpty();
        assertThat(stems.findStreets("武汉洪山区青菱街妇女微家")).extracting(m -> m.regions().get(0).name())
                .containsExactly("青菱街道");
    }

    @Test
    void theKindOfItsSuperiorPicksAmongTownshipsOfOneName() {
        // 屿头乡 is in 黄岩区 (台州) and in 平潭县 (福州): a report guided by the 区关工委 is the former's.
        RegionEvidence district = RegionEvidence.ofBody("今年我乡关工委在区关工委的指导下开展工作,屿头乡初中设专人负责。");
        assertThat(path(district)).containsExactly("浙江省", "台州市", "黄岩区", "屿头乡");
        RegionEvidence county = RegionEvidence.ofBody("今年我乡关工委在县关工委的指导下开展工作,屿头乡初中设专人负责。");
        assertThat(path(county)).containsExactly("福建省", "福州市", "平潭县", "屿头乡");
        RegionEvidence neither = RegionEvidence.ofBody("今年我乡关工委开展工作,屿头乡初中设专人负责。");
        assertThat(detector.detect(neither)).isEmpty();
        RegionEvidence notATownshipReport = RegionEvidence.ofBody("全县在县委的领导下开展工作,全县学习屿头乡经验。");
        assertThat(detector.detect(notATownshipReport)).isEmpty();
    }

    @Test
    void inAHeadlineACountyBeforeItsTownshipOnlyQualifiesIt() {
        RegionEvidence helper = new RegionEvidence("泉州市妇联作为安溪县龙门镇的帮扶单位开展调研", null,
                "泉州市妇联副主席到安溪县龙门镇调研。安溪县妇联、龙门镇负责人参加座谈。龙门镇副书记介绍情况。"
                        + "调研组考察安溪县茶园、安溪县合作社和安溪县乡村旅游点。泉州市妇联送去慰问。", null);
        assertThat(path(helper)).containsExactly("福建省", "泉州市");
        RegionEvidence township = new RegionEvidence("安溪县龙门镇2022年工作总结", null, "全镇上下齐心协力。", null);
        assertThat(path(township)).containsExactly("福建省", "泉州市", "安溪县", "龙门镇");
    }

    @Test
    void inAHeadlineACountysShortFormBeforeItsTownshipsStemNamesTheTownship() {
        RegionEvidence street = new RegionEvidence("龙岗平湖开展庆祝“三八”妇女节活动", null,
                "龙岗区平湖街道各社区妇联开展活动。街道妇联举办送温暖活动,街道领导带队慰问。", null);
        assertThat(path(street)).containsExactly("广东省", "深圳市", "龙岗区", "平湖街道");
        RegionEvidence county = new RegionEvidence("龙岗区人民政府工作报告", null, "全区上下齐心协力,我区经济持续发展。", null);
        assertThat(path(county)).containsExactly("广东省", "深圳市", "龙岗区");
    }

    @Test
    void aCountysReportNamingATownshipFoundNowhereElseIsThatCountys() {
        RegionEvidence county = new RegionEvidence("县妇联表彰最美家庭", null,
                "近日,县妇联到门古寺镇举办表彰活动。县妇联连续多年开展评选,县妇联将继续推进。", null);
        assertThat(path(county)).containsExactly("湖北省", "十堰市", "房县");
        RegionEvidence city = new RegionEvidence("市妇联表彰最美家庭", null,
                "近日,市妇联到门古寺镇举办表彰活动。市妇联连续多年开展评选,全市家庭积极参与。", null);
        assertThat(path(city)).isEmpty();
    }

    @Test
    void theStemOfATownshipFoundNowhereElseNamesItAsItsOwnBody() {
        // 枫泾 is 枫泾镇's stem alone in China: 枫泾妇联 is that township's federation
        RegionEvidence own = new RegionEvidence("枫泾妇联开展“两癌”筛查", null, "近日,枫泾妇联组织农村妇女到卫生院免费筛查。", null);
        assertThat(detector.detect(own).map(Region::name)).hasValue("枫泾镇");
    }

    @Test
    void aStemOrANameRunAcrossAnOrganisationWordIsNone() {
        // 配合市政府 holds no stem 合市 (合市镇) with its 政府, 妇联和区委 no 联和 (联和街道) with a 区委 no township has
        String body = "全力配合市政府搞好整治。区妇联在市妇联和区委、区政府的正确领导下开展工作,乡镇妇联和街道妇联同步推进。";
        assertThat(detector.detect(RegionEvidence.ofBody(body))).isEmpty();
    }

    @Test
    void aPlacesOutletPlacesTheTownshipThePageNames() {
        // two 黄龙乡 in China; the outlet of 嵊泗县 says which
        RegionEvidence evidence = new RegionEvidence("黄龙乡召开妇女代表大会", null,
                "嵊泗新闻网讯 近日,黄龙乡召开妇女代表大会,全乡妇女代表参加。乡妇联主席作工作报告。", null);
        assertThat(detector.detect(evidence).map(Region::path)).hasValue(List.of("浙江省", "舟山市", "嵊泗县", "黄龙乡"));
    }

    @Test
    void aTownshipFoundNowhereElseIsTheOneAReportSpeakingAsATownshipOfItsKindNames() {
        // traditional script with a pinyin gloss, as converter pages serve it; 六横镇 is the only one in China
        RegionEvidence evidence = new RegionEvidence("鎮(zhèn)長工作報告", null,
                "六橫鎮(zhèn)正在發展之路上前進,全鎮人民團結奮鬥。我鎮經濟穩步增長,鎮黨委帶領全鎮幹部。", null);
        assertThat(detector.detect(evidence).map(Region::name)).hasValue("六横镇");
        // a two-character township name is too often a slogan's end (工业兴镇 holds 兴镇)
        RegionEvidence slogan = new RegionEvidence("镇政府工作报告", null, "我镇坚持工业兴镇、农业稳镇,全镇经济稳步增长,镇党委带领全镇干部。", null);
        assertThat(detector.detect(slogan)).isEmpty();
    }

    @Test
    void aTownshipsFormerNameSpacedOutBeforeItsOwnBodyIsThatTownship() {
        // PDF-to-text of a local gazette: 沈家门镇 is today's 沈家门街道; 民主妇女联合会 the federation's old name
        RegionEvidence evidence = RegionEvidence.ofBody("1 9 5 3 年,沈家 门 镇 民 主 妇 女联 合 会成立,各村妇女积极参与。");
        assertThat(detector.detect(evidence).map(Region::path)).hasValue(List.of("浙江省", "舟山市", "普陀区", "沈家门街道"));
    }

    @Test
    void aCountyNameWithOneCharacterMistypedIsTheCountyWhoseTownshipThePageNames() {
        // 剩泗县 is no county: one character off 嵊泗县, which holds the 黄龙乡 the title names (泗县 is another county)
        RegionEvidence typo = new RegionEvidence("黄龙乡召开妇女代表大会", "来源:剩泗县人民政府",
                "近日,黄龙乡召开妇女代表大会,全乡妇女代表参加。", null);
        assertThat(detector.detect(typo).map(Region::path)).hasValue(List.of("浙江省", "舟山市", "嵊泗县", "黄龙乡"));
        // without a township of 嵊泗县, and after a word such as 在, 泗县 is 泗县
        RegionEvidence plain = new RegionEvidence("全市妇女代表会议召开", null, "全市妇女代表在泗县召开会议,泗县妇联主持。", null);
        assertThat(detector.detect(plain).map(Region::name)).hasValue("泗县");
    }

    @Test
    void anEthnicTownshipWrittenByItsStemIsFoundUnderItsCounty() {
        // 民族乡 are written without their peoples' names: 杨柳乡 for 杨柳白族彝族乡, placed by its district
        RegionEvidence evidence = new RegionEvidence("巾帼心向党 -杨柳乡三八妇女节活动", null,
                "发文机构\n隆阳区杨柳乡人民政府\n3月8日,杨柳乡政府、杨柳派出所联合开展三八妇女节庆祝活动。", null);
        assertThat(path(evidence)).containsExactly("云南省", "保山市", "隆阳区", "杨柳白族彝族乡");
    }

    @Test
    void aStreetsOfficeIsItsBody() {
        // 明湖办事处 is the office of a zone's 明湖街道: the street's own body, though its zone is not named by the gazetteer's name
        RegionEvidence evidence = new RegionEvidence(null, null,
                "发布机构:经济技术开发区明湖办事处\n4月1日上午,明湖办事处社区办联合社区工作人员开展志愿者服务月活动。", null);
        assertThat(path(evidence)).containsExactly("河南省", "郑州市", "郑州经济技术开发区", "郑州经济技术开发区明湖街道");
    }

    @Test
    void aStationAStreetRunsMakesItTheSubject() {
        RegionEvidence evidence = new RegionEvidence(null, null, "近日,在哈尔滨市香坊区民政局的指导下,“辞旧迎新”建筑街道社工站新年联欢会"
                + "在建筑街道社工站活动室开展,共计80余人参加活动。", null);
        assertThat(path(evidence)).containsExactly("黑龙江省", "哈尔滨市", "香坊区", "建筑街道");
    }
}
