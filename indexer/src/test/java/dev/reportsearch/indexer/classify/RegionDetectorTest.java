package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
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
    void framingDecidesBetweenLevels() {
        String body = "延边州妇联在吉林省妇联指导下,团结全州妇女。全州建成妇女之家300个。延边妇女事业发展。";
        assertThat(detected(RegionEvidence.ofBody(body))).isEqualTo("延边朝鲜族自治州");
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
}
