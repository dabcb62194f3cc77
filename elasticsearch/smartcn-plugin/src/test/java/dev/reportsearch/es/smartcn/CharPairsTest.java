package dev.reportsearch.es.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class CharPairsTest {

    @Test
    void theIndexFormIsOnePairAPositionWithTheRunsEdgesAlone() throws IOException {
        // the comma is no token: the run goes on across it, as the single characters' phrases did
        assertThat(tokens(CharPairs.Mode.INDEX, "妇女，儿童12万人"))
                .containsExactly("妇@0", "妇女@0", "女儿@1", "儿童@2", "童@3", "12@4", "万@5", "万人@5", "人@6");
    }

    @Test
    void theQueryFormCoversARunWithTheFewestPairs() throws IOException {
        assertThat(tokens(CharPairs.Mode.QUERY, "两癌筛查")).containsExactly("两癌@0", "筛查@2");
        assertThat(tokens(CharPairs.Mode.QUERY, "巧妇贷")).containsExactly("巧妇@0", "妇贷@1");
        assertThat(tokens(CharPairs.Mode.QUERY, "12万a型")).containsExactly("12@0", "万@1", "a@2", "型@3");
        assertThat(tokens(CharPairs.Mode.QUERY, "妇女 创业2019年")).containsExactly("妇女@0", "创业@2", "2019@4", "年@5");
    }

    /**
     * Every exact substring finds the same texts on pairs as on single characters: random texts of Han characters,
     * numbers, Latin words and punctuation, and random stretches of them (a lone character on the single characters).
     */
    @Test
    void exactSubstringsFindWhatTheSingleCharactersFound() throws IOException {
        Random random = new Random(20261127);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(randomText(random, 5 + random.nextInt(40)));
        }
        try (Analyzer chars = analyzer(null); Analyzer pairs = analyzer(CharPairs.Mode.INDEX);
                Analyzer pairsQuery = analyzer(CharPairs.Mode.QUERY); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Analyzer perField = new org.apache.lucene.analysis.DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                @Override
                protected Analyzer getWrappedAnalyzer(String fieldName) {
                    return fieldName.equals("pairs") ? pairs : chars;
                }
            };
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(perField))) {
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new TextField("chars", text, Field.Store.NO));
                    doc.add(new TextField("pairs", text, Field.Store.NO));
                    doc.add(new StoredField("text", text));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int compared = 0;
                for (int i = 0; i < 2000; i++) {
                    String text = texts.get(random.nextInt(texts.size()));
                    int from = random.nextInt(text.length());
                    String query = i % 3 == 0 ? randomText(random, 1 + random.nextInt(6))
                            : text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(8)));
                    Set<Integer> expected = matches(searcher, new QueryBuilder(chars).createPhraseQuery("chars", query));
                    boolean lone = tokens(null, query).size() == 1;
                    Set<Integer> actual = lone ? expected
                            : matches(searcher, new QueryBuilder(pairsQuery).createPhraseQuery("pairs", query));
                    if (!lone) {
                        assertThat(actual).as("texts holding \"%s\"", query).isEqualTo(expected);
                        compared++;
                    }
                }
                assertThat(compared).isGreaterThan(1000);
            }
        }
    }

    private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> out = new HashSet<>();
        if (query == null || query instanceof MatchNoDocsQuery) {
            return out;
        }
        for (ScoreDoc d : searcher.search(query, 1000).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    /** Few characters, so that substrings repeat across texts and runs meet numbers, Latin and punctuation. */
    private static String randomText(Random random, int length) {
        String[] parts = {"妇", "女", "儿", "童", "两", "癌", "筛", "查", "创", "业", "12", "2019", "ab", "，", "。", " ", "、", "の"};
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(parts[random.nextInt(parts.length)]);
        }
        return b.toString();
    }

    private static Analyzer analyzer(CharPairs.Mode mode) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, mode == null ? lower : new CharPairs(lower, mode));
            }
        };
    }

    private static List<String> tokens(CharPairs.Mode mode, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = analyzer(mode); TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position);
            }
            ts.end();
        }
        return out;
    }
}
