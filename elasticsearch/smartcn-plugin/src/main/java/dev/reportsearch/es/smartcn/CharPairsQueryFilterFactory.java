package dev.reportsearch.es.smartcn;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code char_pairs_query} filter: a query's single characters as the fewest pairs that cover them ({@link CharPairs}). */
@NamedComponent("char_pairs_query")
public class CharPairsQueryFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new CharPairs(input, CharPairs.Mode.QUERY);
    }
}
