package dev.reportsearch.core.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemesTest {
    private final Themes themes = Themes.standard();

    @Test
    void holdsTheThirteenThemesInOrder() {
        assertThat(themes.all()).extracting(Theme::id).containsExactly(
                "ideology", "entrepreneurship", "family", "rights", "care", "health", "children",
                "rural", "organization", "volunteer", "honors", "publicity", "planning");
        assertThat(themes.byId("family")).contains(new Theme("family", "家庭家教家风"));
        assertThat(themes.byId("rights").map(Theme::label)).contains("维权服务");
        assertThat(themes.byId("nope")).isEmpty();
        assertThat(Themes.standard()).isSameAs(themes);
    }

    @Test
    void everyThemeHasEnoughDistinctCues() {
        for (Theme theme : themes.all()) {
            Set<String> words = new HashSet<>();
            themes.cues(theme).forEach(cue -> assertThat(words.add(cue.word()))
                    .as("duplicate cue %s in %s", cue.word(), theme.id()).isTrue());
            assertThat(words).as(theme.id()).hasSizeBetween(15, 30);
        }
    }

    @Test
    void weightsAreReadAndDefaultToOne() {
        Theme family = themes.byId("family").orElseThrow();
        assertThat(themes.cues(family)).anySatisfy(cue -> {
            assertThat(cue.word()).isEqualTo("家风");
            assertThat(cue.weight()).isEqualTo(3.0);
        });
        assertThat(themes.cues()).allSatisfy(cue -> assertThat(cue.weight()).isPositive());
    }
}
