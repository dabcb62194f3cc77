package dev.reportsearch.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void emptyCellsKeepTheirColumnAtTheStartMiddleAndEnd() {
        assertThat(Csv.row(List.of("", "", "x"))).isEqualTo(",,x\r\n");
        assertThat(Csv.row(List.of("a", "", "c"))).isEqualTo("a,,c\r\n");
        assertThat(Csv.row(List.of("a", "", ""))).isEqualTo("a,,\r\n");
        assertThat(Csv.row(List.of("", "", ""))).isEqualTo(",,\r\n");
        assertThat(Csv.row(Arrays.asList(null, "b"))).isEqualTo(",b\r\n");
    }

    @Test
    void quotesCommasAndNewlinesAreQuoted() {
        assertThat(Csv.row(List.of("他说\"好\"", "甲,乙", "一行\n两行", "x"))).isEqualTo("\"他说\"\"好\"\"\",\"甲,乙\",\"一行\n两行\",x\r\n");
    }

    @Test
    void formulaLikeCellsAreDefused() {
        assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(Csv.cell(" =1+1")).isEqualTo("' =1+1");
        assertThat(Csv.cell("\u3000=1+1")).isEqualTo("'\u3000=1+1");
        assertThat(Csv.cell("＝1+1")).isEqualTo("'＝1+1");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() {
        assertThat(Csv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.cell("2023")).isEqualTo("2023");
        assertThat(Csv.cell("妇联 = 妇女联合会")).isEqualTo("妇联 = 妇女联合会");
        assertThat(Csv.cell("")).isEqualTo("");
    }
}
