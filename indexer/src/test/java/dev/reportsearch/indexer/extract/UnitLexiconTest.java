package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.FigureKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLexiconTest {
    private static final UnitLexicon UNITS = UnitLexicon.load();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
            "元, 元, MONEY",
            "人, 人, PEOPLE",
            "人次, 人次, PEOPLE",
            "人(次), 人次, PEOPLE",
            "名, 名, PEOPLE",
            "户, 户, PEOPLE",
            "场, 场, EVENTS",
            "件次, 件次, EVENTS",
            "起, 起, EVENTS",
            "期, 期, EVENTS",
            "笔, 笔, EVENTS",
            "所, 所, ORGANISATIONS",
            "家, 家, ORGANISATIONS",
            "支, 支, ORGANISATIONS",
            "个, 个, OTHER",
            "%, %, PERCENT",
    })
    void mapsSurfacesToUnitsAndKinds(String surface, String unit, FigureKind kind) {
        assertThat(UNITS.bySurface(surface)).hasValueSatisfying(u -> {
            assertThat(u.unit()).isEqualTo(unit);
            assertThat(u.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"人次受益, 人次", "件次以上, 件次", "人员, 人", "个百分点, 个百分点", "个月, 个月"})
    void longestSurfaceWins(String text, String surface) {
        Matcher m = Pattern.compile(UNITS.alternation()).matcher(text);
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo(surface);
    }

    @Test
    void listsWordsThatAreNotUnits() {
        assertThat(UNITS.bySurface("个月")).hasValueSatisfying(u -> assertThat(u.isUnit()).isFalse());
    }

    @Test
    void findsTheMoneyUnit() {
        assertThat(UNITS.byUnit("元").kind()).isEqualTo(FigureKind.MONEY);
    }
}
