package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersAsSpacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q=%1E|q=+", "q=%E5%AE%B6%1f|q=%E5%AE%B6+", "q=a%00b&year=2023|q=a+b&year=2023", "q=%C2%85x|q=+x", "q=%7f|q=+",
            "q=a%09b%0A%0D|q=a%09b%0A%0D", "q=%2500|q=%2500", "q=%C3%85|q=%C3%85", "q=100%25|q=100%25"})
    void controlCharactersBecomeSpacesAndNothingElseChanges(String raw, String expected) {
        assertThat(ControlCharactersAsSpaces.spaced(raw)).isEqualTo(expected);
    }
}
