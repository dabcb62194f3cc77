package dev.reportsearch.es.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import dev.reportsearch.core.text.SearchText;

class SearchFormTest {

    @Test
    void readsTheSameTextAsTheJavaSideNormalForm() throws IOException {
        String original = "⑴婦聯工作報告：ＡＢＣ１２３，⼉童㈠项，面积３０㎡。";
        StringBuilder read = new StringBuilder();
        try (var in = SearchForm.of(new StringReader(original))) {
            char[] buffer = new char[3];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(SearchText.normalize(original));
    }

    @Test
    void offsetsPointIntoTheOriginalWhereACharacterExpands() throws IOException {
        // ⑴ is three characters in NFKC, "(1)": the words after it must still be marked where they stand
        String original = "⑴婦聯培训妇女";
        try (Analyzer analyzer = new SmartcnSearchFormAnalyzerFactory().create()) {
            List<String> marked = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("text", original)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    marked.add(term + "=" + original.substring(offset.startOffset(), offset.endOffset()));
                }
                ts.end();
            }
            assertThat(marked).contains("妇联=婦聯", "培训=培训", "妇女=妇女");
        }
    }
}
