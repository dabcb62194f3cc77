package dev.reportsearch.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTownshipTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private Region county(String name) {
        return gazetteer.resolve(name).filter(r -> r.level() == RegionLevel.COUNTY)
                .orElseThrow(() -> new AssertionError("no county " + name));
    }

    @Test
    void loadsAboutFortyOneThousandTownshipsWithNineDigitCodes() {
        assertThat(gazetteer.size()).isGreaterThan(44_000);
        Region donghuamen = gazetteer.byCode("110101001").orElseThrow();
        assertThat(donghuamen.name()).isEqualTo("东华门街道");
        assertThat(donghuamen.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(donghuamen.path()).containsExactly("北京市", "东城区", "东华门街道");
        assertThat(donghuamen.pathCodes()).containsExactly("110000", "110101", "110101001");
        assertThat(donghuamen.parentCode()).isEqualTo("110101");
        assertThat(gazetteer.resolve("110101001")).contains(donghuamen);
    }

    @Test
    void townshipsHangUnderTheirCountyAndCountiesListThem() {
        Region cangnan = county("苍南县");
        Region lingxi = gazetteer.byCode("330327100").orElseThrow();
        assertThat(lingxi.path()).containsExactly("浙江省", "温州市", "苍南县", "灵溪镇");
        assertThat(gazetteer.children(cangnan)).contains(lingxi)
                .allSatisfy(r -> assertThat(r.level()).isEqualTo(RegionLevel.TOWNSHIP));
        assertThat(gazetteer.townshipsIn(cangnan)).contains(lingxi);
        assertThat(gazetteer.townshipsIn(gazetteer.resolve("温州市").orElseThrow())).contains(lingxi)
                .hasSizeGreaterThan(gazetteer.townshipsIn(cangnan).size());
        assertThat(gazetteer.townshipsIn(lingxi)).isEmpty();
        assertThat(gazetteer.isWithin(lingxi, cangnan)).isTrue();
        assertThat(gazetteer.isWithin(lingxi, gazetteer.resolve("浙江").orElseThrow())).isTrue();
    }

    @Test
    void citiesWithoutCountiesHoldTheirTownshipsDirectly() {
        Region dongguan = gazetteer.resolve("东莞市").orElseThrow();
        assertThat(gazetteer.townshipsNamed("东城街道")).filteredOn(r -> gazetteer.isWithin(r, dongguan))
                .singleElement().satisfies(r -> assertThat(r.path()).containsExactly("广东省", "东莞市", "东城街道"));
        Region xiongguan = gazetteer.byCode("620201001").orElseThrow();
        assertThat(xiongguan.path()).containsExactly("甘肃省", "嘉峪关市", "雄关街道");
        assertThat(xiongguan.parentCode()).isEqualTo("620200");
    }

    @Test
    void repeatedNamesStayAmbiguousUntilPlaced() {
        assertThat(gazetteer.townshipsNamed("城关镇")).hasSizeGreaterThan(50);
        assertThat(gazetteer.resolve("城关镇")).isEmpty();
        assertThat(gazetteer.townshipsNamed("灵溪镇")).hasSize(2); // in 苍南县 and in 永顺县
        assertThat(gazetteer.resolve("灵溪镇")).isEmpty();
        assertThat(gazetteer.resolve("苍南县灵溪镇")).map(Region::code).contains("330327100");
        assertThat(gazetteer.resolve("温州市苍南县灵溪镇")).map(Region::code).contains("330327100");
        assertThat(gazetteer.resolve("钱库镇")).map(Region::code).contains("330327104");
        assertThat(gazetteer.resolve("北京市东城区东华门街道")).map(Region::code).contains("110101001");
        assertThat(gazetteer.resolve("苍南县东华门街道")).isEmpty();
    }

    @Test
    void aStreetIsAlsoItsOffice() {
        assertThat(gazetteer.townshipsNamed("东华门街道办事处")).extracting(Region::code).containsExactly("110101001");
        assertThat(gazetteer.resolve("东华门街道办事处")).map(Region::code).contains("110101001");
        // the data names some streets by their office; the plain 街道 form finds them too
        Region baokang = gazetteer.townshipsNamed("保康街道办事处").get(0);
        assertThat(gazetteer.townshipsNamed("保康街道")).contains(baokang);
        assertThat(gazetteer.findTownshipMentions("保康街道召开妇代会")).singleElement()
                .satisfies(m -> assertThat(m.regions()).contains(baokang));
    }

    @Test
    void countyLevelLookupsAreUnchangedByTownships() {
        // 永兴 is a county short form (永兴县) and also a township's full name: the county still wins
        assertThat(gazetteer.resolve("永兴")).map(Region::level).contains(RegionLevel.COUNTY);
        assertThat(gazetteer.byName("永兴").get(0).level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(gazetteer.byName("永兴")).extracting(Region::level).contains(RegionLevel.TOWNSHIP);
        assertThat(gazetteer.findMentions("城关镇妇联在灵溪镇召开会议")).extracting(Mention::surface)
                .doesNotContain("城关镇", "灵溪镇");
    }

    @Test
    void townshipScanIsSeparateFromTheCountyScan() {
        String text = "苍南县灵溪镇妇联与东华门街道办事处联合开展活动,城关镇";
        assertThat(gazetteer.findMentions(text)).extracting(Mention::surface).containsExactly("苍南县");
        List<Mention> townships = gazetteer.findTownshipMentions(text);
        assertThat(townships).extracting(Mention::surface).containsExactly("灵溪镇", "东华门街道", "城关镇");
        Mention lingxi = townships.get(0);
        assertThat(text.substring(lingxi.start(), lingxi.end())).isEqualTo("灵溪镇");
        assertThat(townships.get(2).regions()).hasSizeGreaterThan(50);
        assertThat(gazetteer.findTownshipMentions(null)).isEmpty();
    }

    @Test
    void townshipScanIsFast() {
        String text = "五年来,灵溪镇妇联全面深入贯彻党的二十大精神,围绕服务党政工作大局,推动妇女儿童事业创新发展。".repeat(20_000);
        long start = System.nanoTime();
        List<Mention> mentions = gazetteer.findTownshipMentions(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(mentions).extracting(Mention::surface).contains("灵溪镇");
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void unambiguousNamesReadBackAsTheRegion() {
        Region qianku = gazetteer.byCode("330327104").orElseThrow();
        assertThat(gazetteer.unambiguousName(qianku)).isEqualTo("钱库镇");
        Region lingxi = gazetteer.byCode("330327100").orElseThrow();
        assertThat(gazetteer.unambiguousName(lingxi)).isEqualTo("苍南县灵溪镇");
        Region gulouFuzhou = gazetteer.byName("鼓楼区").stream()
                .filter(r -> r.path().contains("福州市")).findFirst().orElseThrow();
        assertThat(gazetteer.unambiguousName(gulouFuzhou)).isEqualTo("福州市鼓楼区");
        assertThat(gazetteer.unambiguousName(gazetteer.resolve("石狮市").orElseThrow())).isEqualTo("石狮市");
        for (Region township : gazetteer.townshipsIn(gazetteer.resolve("温州市").orElseThrow())) {
            assertThat(gazetteer.resolve(gazetteer.unambiguousName(township))).contains(township);
        }
    }

    @Test
    void townshipsNamedByTheirKindAloneAreNoMentions() {
        String text = "街道党工委推动开发区、工业园区、现代农业产业园和国营林场的妇女工作,加快小城镇和中心镇建设";
        assertThat(gazetteer.findTownshipMentions(text)).isEmpty();
        assertThat(gazetteer.townshipsNamed("开发区")).isNotEmpty();
        assertThat(gazetteer.townshipsNamed("现代农业产业园")).isNotEmpty();
    }

    @Test
    void aXiangThatRunsOnIntoXiangcunIsNoMention() {
        assertThat(gazetteer.townshipsNamed("发展乡")).isNotEmpty();
        assertThat(gazetteer.findTownshipMentions("持续发展乡村特色产业")).isEmpty();
        assertThat(gazetteer.findTownshipMentions("发展乡妇联召开执委会")).extracting(Mention::surface).containsExactly("发展乡");
    }

    @Test
    void findsTownshipsAsPagesWriteThem() {
        // an ethnic township by its stem and kind, a zone's street without the zone's name, a street by its office
        assertThat(gazetteer.townshipsNamed("杨柳乡")).extracting(Region::name).contains("杨柳白族彝族乡");
        assertThat(gazetteer.findTownshipMentions("隆阳区杨柳乡人民政府")).singleElement()
                .satisfies(m -> assertThat(m.regions()).extracting(Region::path)
                        .contains(List.of("云南省", "保山市", "隆阳区", "杨柳白族彝族乡")));
        assertThat(gazetteer.findTownshipMentions("发布机构:经济技术开发区明湖办事处")).singleElement()
                .satisfies(m -> assertThat(m.regions()).extracting(Region::name).containsExactly("郑州经济技术开发区明湖街道"));
        assertThat(gazetteer.townshipsNamed("哈德墩镇")).extracting(Region::name).containsExactly("沙雅县哈德墩镇");
        assertThat(gazetteer.townshipsNamed("双岗办事处")).extracting(Region::name).contains("双岗街道");
    }
}
