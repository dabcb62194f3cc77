package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextViewTest {
    private static final FigureParser PARSER = FigureParser.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 300余人           | 1300余人
            77,163人            | 77163人
            1,234,567元         | 1234567元
            56.22 %             | 56.22%
            ５６．２２％         | 56.22%
            12萬+               | 12万+
            300 人次            | 300人次
            活动400余场,21万余   | 活动400余场,21万余
            2019,2020年         | 2019,2020年
            3.141 592           | 3.141 592
            岗47个, 扶持11家     | 岗47个, 扶持11家
            """)
    void gluesNumbersOnly(String source, String view) {
        assertThat(PARSER.view(source).text()).isEqualTo(view);
    }

    @Test
    void gluesALineBrokenNumberButNotAListItem() {
        assertThat(PARSER.view("培训5\n000人").text()).isEqualTo("培训5000人");
        assertThat(PARSER.view("达到95\n2、加强").text()).isEqualTo("达到95\n2、加强");
        assertThat(PARSER.view("服务更多\n人群").text()).isEqualTo("服务更多\n人群");
    }

    @Test
    void mapsViewSpansBackToTheSource() {
        TextView view = PARSER.view("共１ ３００余人。");
        int start = view.text().indexOf('1');
        int end = view.text().indexOf('。');
        assertThat(view.source(new Span(start, end))).isEqualTo("１ ３００余人");
    }
}
