package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.region.Gazetteer;
import org.junit.jupiter.api.Test;

class RegionFramingTest {
    private final RegionCues cues = RegionCues.standard();

    @Test
    void aTownshipReportSpeaksAsOne() {
        assertThat(RegionFraming.read("我镇坚持发展,全镇上下齐心,镇党委领导。", cues).speaksAsTownship()).isTrue();
        assertThat(RegionFraming.read("全县各乡镇党委高度重视,全县上下齐心,我县发展。", cues).speaksAsTownship()).isFalse();
        assertThat(RegionFraming.read("工作总结。", cues).speaksAsTownship()).isFalse();
    }

    @Test
    void aBodysFramingWordSpeaksAsItsRegionKind() {
        assertThat(RegionFraming.framingKind("街道妇联")).isEqualTo('道');
        assertThat(RegionFraming.framingKind("镇党委")).isEqualTo('镇');
        assertThat(RegionFraming.framingKind("县妇联")).isEqualTo('县');
        assertThat(RegionFraming.framingKind("全县")).isEqualTo('县');
        assertThat(RegionFraming.read("街道妇联开展活动,街道妇联举办慰问,街道领导带队。", cues).speaksAsTownship()).isTrue();
        assertThat(RegionFraming.read("县妇联开展活动,县妇联举办慰问,镇妇联参加。", cues).speaksAsTownship()).isFalse();
    }

    @Test
    void superiorsNamedByKindAlone() {
        assertThat(RegionFraming.read("在区关工委的指导下,在市委和县委领导下。", cues).superiors()).contains("区", "市", "县");
        assertThat(RegionFraming.read("石狮市妇联、社区妇联开展活动。", cues).superiors()).isEmpty();
        RegionFraming district = RegionFraming.read("在区关工委的指导下", cues);
        assertThat(district.superiorMatches(Gazetteer.standard().byCode("331003200").orElseThrow())).isTrue();
        assertThat(district.superiorMatches(Gazetteer.standard().byCode("350128201").orElseThrow())).isFalse();
    }
}
