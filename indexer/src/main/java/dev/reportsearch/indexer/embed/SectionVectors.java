package dev.reportsearch.indexer.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.reportsearch.core.embed.ByteVector;
import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.index.DocType;
import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.load.IndexDoc;

/**
 * The indexing stage that gives each section with text a {@code vector} (its heading and the opening of its
 * text in the search normal form, through {@link TextVectors}, kept as a {@link ByteVector}), between building the documents and loading
 * them; reports and achievements pass unchanged. The API finds sections by meaning through it (kNN), next to
 * the words.
 *
 * <p>It costs about 4.9 ms of two cores per section (bench/README.md), far more than the rest of indexing,
 * so it is an option of a run ({@code --vectors}), not always on.
 */
public final class SectionVectors implements UnaryOperator<List<IndexDoc>> {
    private final TextVectors vectors;

    public SectionVectors(TextVectors vectors) {
        this.vectors = vectors;
    }

    @Override
    public List<IndexDoc> apply(List<IndexDoc> docs) {
        List<Integer> at = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String text = textOf(docs.get(i));
            if (text != null) {
                at.add(i);
                texts.add(text);
            }
        }
        List<float[]> found = vectors.passages(texts);
        List<IndexDoc> out = new ArrayList<>(docs);
        for (int k = 0; k < at.size(); k++) {
            IndexDoc doc = out.get(at.get(k));
            out.set(at.get(k), new IndexDoc(doc.id(), doc.source().withVector(ByteVector.hex(ByteVector.of(found.get(k)))), doc.origin()));
        }
        return out;
    }

    /** A section's heading and text as searched (simplified, normalised), or null for anything without text. */
    static String textOf(IndexDoc doc) {
        IndexDocument d = doc.source();
        if (!d.is(DocType.SECTION) || d.text() == null) {
            return null;
        }
        String form = SearchText.normalize(d.text());
        return d.heading() == null || d.heading().isBlank() ? form : SearchText.normalize(d.heading()) + "\n" + form;
    }
}
