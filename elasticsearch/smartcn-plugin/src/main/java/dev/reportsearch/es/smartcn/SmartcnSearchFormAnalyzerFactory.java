package dev.reportsearch.es.smartcn;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The {@code smartcn_search_form} analyzer: the {@code smartcn} analyzer over the text's search normal form.
 * An analyzer of its own rather than a custom one in the index settings, because smartcn's Porter stemmer
 * (for Latin words) is not available as a filter on the minimal distribution.
 */
@NamedComponent("smartcn_search_form")
public class SmartcnSearchFormAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new Folded(new SmartChineseAnalyzer());
    }

    private static final class Folded extends AnalyzerWrapper {
        private final Analyzer smartcn;

        Folded(Analyzer smartcn) {
            super(GLOBAL_REUSE_STRATEGY);
            this.smartcn = smartcn;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return smartcn;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return SearchForm.of(reader);
        }

        @Override
        protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
            return SearchForm.of(reader);
        }

        @Override
        public void close() {
            smartcn.close();
            super.close();
        }
    }
}
