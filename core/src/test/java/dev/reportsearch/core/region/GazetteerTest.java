package dev.reportsearch.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private Region resolved(String query) {
        return gazetteer.resolve(query).orElseThrow(() -> new AssertionError("unresolved: " + query));
    }

    @Test
    void loadsAllThreeLevelsOnce() {
        assertThat(gazetteer.size()).isGreaterThan(3000);
        assertThat(Gazetteer.standard()).isSameAs(gazetteer);
    }

    @Test
    void autonomousPrefectureShortForms() {
        Region yanbian = resolved("延边州");
        assertThat(yanbian.name()).isEqualTo("延边朝鲜族自治州");
        assertThat(yanbian.level()).isEqualTo(RegionLevel.CITY);
        assertThat(yanbian.path()).containsExactly("吉林省", "延边朝鲜族自治州");
        assertThat(resolved("延边")).isEqualTo(yanbian);
    }

    @Test
    void countyShortForms() {
        assertThat(resolved("广丰").path()).containsExactly("江西省", "上饶市", "广丰区");
        assertThat(resolved("苍南").path()).containsExactly("浙江省", "温州市", "苍南县");
        assertThat(resolved("晋江").name()).isEqualTo("晋江市");
        assertThat(resolved("三江县").name()).isEqualTo("三江侗族自治县");
    }

    @Test
    void formerNamesResolveToTodaysRegion() {
        assertThat(resolved("户县").path()).containsExactly("陕西省", "西安市", "鄠邑区");
        assertThat(resolved("星子县").path()).containsExactly("江西省", "九江市", "庐山市");
        assertThat(resolved("莱芜市").name()).isEqualTo("济南市");
        assertThat(gazetteer.isFormerNameOf("户县", resolved("鄠邑区"))).isTrue();
        assertThat(gazetteer.isFormerNameOf("鄠邑区", resolved("鄠邑区"))).isFalse();
        // a name in use today is never read as another region's former name
        assertThat(resolved("通州区", "北京市").name()).isEqualTo("通州区");
        assertThat(gazetteer.findMentions("县委召开县委全会,担任县长。")).isEmpty();
    }

    @Test
    void aZoneNamedAfterItsCityIsAlsoNamedWithoutIt() {
        assertThat(resolved("渤海新区").path()).containsExactly("河北省", "沧州市", "沧州渤海新区");
        assertThat(resolved("屈原管理区").name()).isEqualTo("岳阳市屈原管理区");
        // every city has an 经济技术开发区: that remainder names none of them
        assertThat(gazetteer.resolve("经济技术开发区")).isEmpty();
        // zones as pages abbreviate them, at county and township level
        assertThat(resolved("石家庄高新区").name()).isEqualTo("石家庄高新技术产业开发区");
        assertThat(resolved("清远高新区").path()).containsExactly("广东省", "清远市", "清城区", "清远市高新技术产业开发区");
        assertThat(gazetteer.resolve("高新区")).isEmpty();
    }

    private Region resolved(String name, String province) {
        return gazetteer.byName(name).stream().filter(r -> r.path().get(0).equals(province)).findFirst().orElseThrow();
    }

    @Test
    void countyLevelCityPath() {
        Region shishi = resolved("石狮市");
        assertThat(shishi.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(shishi.path()).containsExactly("福建省", "泉州市", "石狮市");
    }

    @Test
    void municipalityDistrictsSkipThePlaceholderLevel() {
        Region chaoyang = gazetteer.byName("朝阳区").stream()
                .filter(r -> r.path().get(0).equals("北京市")).findFirst().orElseThrow();
        assertThat(chaoyang.path()).containsExactly("北京市", "朝阳区");
        assertThat(chaoyang.pathCodes()).containsExactly("110000", "110105");
        assertThat(gazetteer.byName("市辖区")).isEmpty();
        assertThat(gazetteer.resolve("北京朝阳区")).contains(chaoyang);
    }

    @Test
    void countiesUnderProvincePlaceholderAttachToTheProvince() {
        assertThat(resolved("济源市").path()).containsExactly("河南省", "济源市");
        assertThat(resolved("神农架林区").path()).containsExactly("湖北省", "神农架林区");
        assertThat(gazetteer.byName("省直辖县级行政区划")).isEmpty();
    }

    @Test
    void citiesWithoutDistrictsAppearOnce() {
        assertThat(gazetteer.byName("东莞市")).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(RegionLevel.CITY));
        assertThat(gazetteer.byName("儋州市")).hasSize(1);
    }

    @Test
    void codesRoundTrip() {
        for (String query : List.of("延边州", "苍南县", "石狮市", "北京市", "广丰区")) {
            Region region = resolved(query);
            assertThat(gazetteer.byCode(region.code())).contains(region);
            assertThat(gazetteer.resolve(region.code())).contains(region);
            assertThat(region.code()).matches("\\d{6}");
            assertThat(region.pathCodes().get(region.pathCodes().size() - 1)).isEqualTo(region.code());
        }
        assertThat(gazetteer.byCode("330327").map(Region::name)).contains("苍南县");
        assertThat(gazetteer.byCode("999999")).isEmpty();
    }

    @Test
    void ambiguousNames() {
        assertThat(gazetteer.byName("鼓楼区")).hasSizeGreaterThanOrEqualTo(3)
                .extracting(r -> r.path().get(0)).contains("福建省", "江苏省");
        assertThat(gazetteer.resolve("鼓楼区")).isEmpty();
        Region jilin = resolved("吉林");
        assertThat(jilin.name()).isEqualTo("吉林省");
        assertThat(gazetteer.byName("吉林")).extracting(Region::name).containsExactly("吉林省", "吉林市");
        assertThat(resolved("吉林市").level()).isEqualTo(RegionLevel.CITY);
    }

    @Test
    void provinceShortForms() {
        assertThat(resolved("广西").name()).isEqualTo("广西壮族自治区");
        assertThat(resolved("新疆").name()).isEqualTo("新疆维吾尔自治区");
        assertThat(resolved("香港").name()).isEqualTo("香港特别行政区");
    }

    @Test
    void childrenAndWithin() {
        Region wenzhou = resolved("温州市");
        assertThat(gazetteer.children(wenzhou)).extracting(Region::name).contains("苍南县", "瑞安市");
        assertThat(gazetteer.isWithin(resolved("苍南"), wenzhou)).isTrue();
        assertThat(gazetteer.isWithin(resolved("苍南"), resolved("浙江"))).isTrue();
        assertThat(gazetteer.isWithin(wenzhou, wenzhou)).isTrue();
        assertThat(gazetteer.isWithin(resolved("广丰"), wenzhou)).isFalse();
        assertThat(gazetteer.commonAncestor(List.of(resolved("石狮市"), resolved("惠安县"))).map(Region::name))
                .contains("泉州市");
    }

    @Test
    void findsMentionsLongestFirstAndSkipsCommonWords() {
        String text = "对接陇南市西和县产业帮扶,延边州妇联推进平安家庭和乡村振兴,全州妇女";
        List<Mention> mentions = gazetteer.findMentions(text);
        assertThat(mentions).extracting(Mention::surface).containsExactly("陇南市", "西和县", "延边州");
        Mention yanbian = mentions.get(2);
        assertThat(text.substring(yanbian.start(), yanbian.end())).isEqualTo("延边州");
        assertThat(yanbian.isFullNameOf(yanbian.regions().get(0))).isFalse();
        assertThat(mentions.get(0).isFullNameOf(mentions.get(0).regions().get(0))).isTrue();
    }

    @Test
    void mentionScanIsFast() {
        String text = "五年来,石狮市妇联全面深入贯彻党的二十大精神,围绕服务党政工作大局,推动妇女儿童事业创新发展。".repeat(20_000);
        long start = System.nanoTime();
        List<Mention> mentions = gazetteer.findMentions(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(mentions).hasSize(20_000);
        assertThat(millis).isLessThan(2_000);
    }
}
