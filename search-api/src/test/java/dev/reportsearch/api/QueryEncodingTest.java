package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryEncodingTest {
    @ParameterizedTest
    @CsvSource({"q=%, q", "q=%zz, q", "q=%E5%A6, q", "year=2023&q=x%4, q", "%ZZ=1, %ZZ", "type=section&unit=%ff, unit", "%71=%, q"})
    void malformedIsA400NamingTheParameter(String raw, String name) {
        assertThatThrownBy(() -> QueryEncoding.requireWellFormed(raw)).isInstanceOf(ApiException.class)
                .hasMessageContaining("'" + name + "'").extracting(e -> ((ApiException) e).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=%25", "q=100%25&year=2023", "q=%E5%A6%87+%E8%81%94", "q=a+b", "q", "q=妇联%20家庭"})
    void wellFormedPasses(String raw) {
        assertThatCode(() -> QueryEncoding.requireWellFormed(raw)).doesNotThrowAnyException();
    }
}
