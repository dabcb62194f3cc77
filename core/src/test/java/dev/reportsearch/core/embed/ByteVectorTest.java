package dev.reportsearch.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ByteVectorTest {
    @Test
    void theLargestComponentBecomes127AndTheRestScaleWithIt() {
        byte[] b = ByteVector.of(new float[] {0.5f, -0.3f, 0.0f, -0.5f, 0.126f});
        assertThat(b).containsExactly(127, -76, 0, -127, 32);
        assertThat(ByteVector.hex(b)).isEqualTo("7fb40081" + "20");
        assertThat(ByteVector.asQuery(b)).containsExactly(127f, -76f, 0f, -127f, 32f);
    }

    @Test
    void aZeroVectorStaysZero() {
        assertThat(ByteVector.of(new float[3])).containsExactly(0, 0, 0);
    }

    @Test
    void cosinesOfTheModelsDimensionAreKeptToAFewThousandths() {
        Random random = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            float[] a = unit(random);
            float[] b = unit(random);
            for (int i = 0; i < a.length; i++) { // related texts: vectors with a cosine well above chance
                b[i] = 0.6f * a[i] + 0.4f * b[i];
            }
            assertThat(cosine(ByteVector.of(a), ByteVector.of(b))).isCloseTo(cosine(a, b), within(0.005));
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[TextVectors.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double cosine(byte[] a, byte[] b) {
        float[] fa = new float[a.length];
        float[] fb = new float[b.length];
        for (int i = 0; i < a.length; i++) {
            fa[i] = a[i];
            fb[i] = b[i];
        }
        return cosine(fa, fb);
    }
}
