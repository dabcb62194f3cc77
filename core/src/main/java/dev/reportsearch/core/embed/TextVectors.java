package dev.reportsearch.core.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Text as vectors for semantic retrieval (issue 13): bge-small-zh-v1.5, quantized, run in this JVM on ONNX
 * Runtime; no service, nothing downloaded. One definition for both sides, so that a section's vector
 * (written by the indexer) and a query's (asked by the API) come from the same model and the same text
 * preparation.
 *
 * <p>The model (about 24 MB of weights, a second or two to load) is loaded on first use, once per
 * instance: a search without semantic retrieval and an index run without vectors never pay for it.
 * Thread-safe; share one instance.
 */
public final class TextVectors {
    /** What bge-small-zh-v1.5 answers. */
    public static final int DIMENSIONS = 512;
    /**
     * A passage is cut to this many characters before embedding. The model reads at most 512 tokens (about as
     * many characters of Chinese) and its cost grows with the length: 8.3 ms of two cores' wall time per
     * passage cut at 256, 5.0 at 128, 2.9 at 64 (real report text). At 128 both relevance sets scored as
     * well as at 256 or better (search-api/RELEVANCE.md, "How long a passage"), so a section is represented by
     * its heading and the opening of its text, the part that says what it is about.
     */
    public static final int MAX_PASSAGE_CHARS = 128;
    /** bge's instruction for a short query searching for passages, as its authors recommend (passages get none). */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final Supplier<EmbeddingModel> model;

    private TextVectors(Supplier<EmbeddingModel> model) {
        this.model = model;
    }

    /** The standard model, loaded on first use. */
    public static TextVectors standard() {
        return new TextVectors(new Lazy<>(BgeSmallZhV15QuantizedEmbeddingModel::new));
    }

    /** A query's vector (unit length, like every vector here). */
    public float[] query(String q) {
        return model.get().embed(QUERY_INSTRUCTION + q).content().vector();
    }

    /** The vectors of passages (a heading and its text), in order; each cut to {@value #MAX_PASSAGE_CHARS} characters. */
    public List<float[]> passages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(cut(t))).toList();
        List<float[]> out = new ArrayList<>(segments.size());
        for (Embedding e : model.get().embedAll(segments).content()) {
            out.add(e.vector());
        }
        return out;
    }

    static String cut(String text) {
        String t = text.strip();
        if (t.length() <= MAX_PASSAGE_CHARS) {
            return t;
        }
        int end = MAX_PASSAGE_CHARS;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end);
    }

    /** A value made on first use and kept (the model is costly to load and immutable once loaded). */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
