package dev.reportsearch.es.smartcn;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code char_pairs} filter: a text's single characters as pairs of neighbours, for exact substrings ({@link CharPairs}). */
@NamedComponent("char_pairs")
public class CharPairsFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new CharPairs(input, CharPairs.Mode.INDEX);
    }
}
