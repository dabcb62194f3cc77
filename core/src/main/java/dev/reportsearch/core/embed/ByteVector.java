package dev.reportsearch.core.embed;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A vector as Elasticsearch keeps it for us (index version 10): 512 signed bytes, the model's unit vector scaled so
 * that its largest component is ±127 and rounded. Cosine similarity does not change with a vector's scale, and the
 * rounding moves a cosine by about 0.001, well below what separates a related section from an unrelated one (0.55
 * against 0.3); a float vector cost Elasticsearch four times the bytes, twice over (the vector and its int8 copy for
 * the search), and its digits in {@code _source} more again (222 → 662 MB for 10,000 generated reports).
 */
public final class ByteVector {
    private static final HexFormat HEX = HexFormat.of();

    private ByteVector() {
    }

    /** The vector scaled to ±127 at its largest component, rounded; all zeros stays all zeros. */
    public static byte[] of(float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        byte[] out = new byte[v.length];
        if (max == 0) {
            return out;
        }
        float scale = 127 / max;
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) Math.round(v[i] * scale);
        }
        return out;
    }

    /** As a document writes it: hexadecimal, two digits a byte (Elasticsearch reads a byte vector so). */
    public static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** As a kNN query sends it: the client's query vector is a list of floats, here whole numbers from -127 to 127. */
    public static List<Float> asQuery(byte[] b) {
        List<Float> out = new ArrayList<>(b.length);
        for (byte x : b) {
            out.add((float) x);
        }
        return out;
    }
}
