package dev.reportsearch.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.indexer.load.IndexDoc;

class SectionVectorsTest {
    private static final SectionVectors STAGE = new SectionVectors(TextVectors.standard());

    @Test
    void sectionsWithTextGetAUnitVectorAndNothingElseChanges() {
        IndexDocument.Shared shared = new IndexDocument.Shared("r", "县妇联工作总结", null, List.of(), null, "2024-01-01T00:00:00Z");
        IndexDoc report = new IndexDoc("r", IndexDocument.report(shared, List.of(), 2, 1, List.of()), "f");
        IndexDoc section = new IndexDoc("r-s0", IndexDocument.section(shared, part("关爱困难群体", "为困难妇女送上慰问金"), null, List.of()), "f");
        IndexDoc parent = new IndexDoc("r-s1", IndexDocument.section(shared, part("一、工作回顾", null), null, List.of()), "f");
        IndexDoc achievement = new IndexDoc("r-s0-a0", IndexDocument.achievement(shared, part("关爱困难群体", "为困难妇女送上慰问金"), 0,
                List.of(), List.of(), 0), "f");

        List<IndexDoc> out = STAGE.apply(List.of(report, section, parent, achievement));

        assertThat(out).extracting(IndexDoc::id).containsExactly("r", "r-s0", "r-s1", "r-s0-a0");
        assertThat(out.get(0)).isEqualTo(report);
        assertThat(out.get(2)).isEqualTo(parent);
        assertThat(out.get(3)).isEqualTo(achievement);
        assertThat(out.get(1).source().withVector(null)).isEqualTo(section.source());
        // 512 bytes in hexadecimal, the largest ±127 (ByteVector), as Elasticsearch reads a byte vector
        String v = out.get(1).source().vector();
        assertThat(v).hasSize(2 * TextVectors.DIMENSIONS).matches("[0-9a-f]+");
        byte[] b = java.util.HexFormat.of().parseHex(v);
        int max = 0;
        for (byte x : b) {
            max = Math.max(max, Math.abs(x));
        }
        assertThat(max).isEqualTo(127);
    }

    private static IndexDocument.Part part(String heading, String text) {
        return new IndexDocument.Part("r-s0", 0, heading, List.of(heading), text, List.of());
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
