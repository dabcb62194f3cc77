package dev.reportsearch.es.smartcn;

import java.io.Reader;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** The {@code search_form} char filter: the text in the search normal form (see {@link SearchForm}). */
@NamedComponent("search_form")
public class SearchFormCharFilterFactory implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return SearchForm.of(reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return SearchForm.of(reader);
    }
}
