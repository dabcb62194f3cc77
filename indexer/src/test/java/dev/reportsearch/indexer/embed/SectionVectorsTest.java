package dev.reportsearch.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.indexer.load.IndexDoc;

class SectionVectorsTest {
    private static final SectionVectors STAGE = new SectionVectors(TextVectors.standard());

    @Test
    void sectionsWithTextGetAUnitVectorAndNothingElseChanges() {
        IndexDoc report = new IndexDoc("r", Map.of("docType", "report", "title", "县妇联工作总结"), "f");
        IndexDoc section = new IndexDoc("r-s0", Map.of("docType", "section", "heading", "关爱困难群体", "text", "为困难妇女送上慰问金"), "f");
        IndexDoc parent = new IndexDoc("r-s1", Map.of("docType", "section", "heading", "一、工作回顾"), "f");
        IndexDoc achievement = new IndexDoc("r-s0-a0", Map.of("docType", "achievement", "heading", "关爱困难群体", "text", "为困难妇女送上慰问金"), "f");

        List<IndexDoc> out = STAGE.apply(List.of(report, section, parent, achievement));

        assertThat(out).extracting(IndexDoc::id).containsExactly("r", "r-s0", "r-s1", "r-s0-a0");
        assertThat(out.get(0)).isEqualTo(report);
        assertThat(out.get(2)).isEqualTo(parent);
        assertThat(out.get(3)).isEqualTo(achievement);
        float[] v = (float[]) out.get(1).source().get(SectionVectors.FIELD);
        assertThat(v).hasSize(TextVectors.DIMENSIONS);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void closeMeaningsAreNearerThanUnrelatedOnes() {
        TextVectors vectors = TextVectors.standard();
        List<float[]> p = vectors.passages(List.of("为困难妇女送上慰问金，帮助她们渡过难关", "全年举办家庭教育讲座276场"));
        float[] q = vectors.query("救助金 发放");
        assertThat(dot(q, p.get(0))).isGreaterThan(dot(q, p.get(1)) + 0.1);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
