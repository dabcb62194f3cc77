package dev.reportsearch.es.smartcn;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

import dev.reportsearch.core.text.SearchText;

/**
 * The search normal form ({@link SearchText}) as a stream of characters for the analysers: NFKC, then
 * Traditional to Simplified. Indexing the original through it stores each text once and still searches its
 * normal form. Lucene's NFKC char filter keeps offsets pointing into the original where a character expands
 * (⑴ becomes "(1)"), so highlights mark the original text; the fold maps one char to one char and moves none.
 */
final class SearchForm extends CharFilter {
    private SearchForm(Reader normalized) {
        super(normalized);
    }

    static Reader of(Reader original) {
        return new SearchForm(new ICUNormalizer2CharFilter(original, SearchText.nfkc()));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = SearchText.simplified(buffer[i]);
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
