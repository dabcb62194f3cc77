package dev.reportsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene's SmartChineseAnalyzer alone over texts: the upper bound of what analysing them can cost. */
public final class SmartcnRate {
    private SmartcnRate() {
    }

    /** Tokens produced; the analyzer is the one our Elasticsearch plugin creates. */
    public static long tokenize(SmartChineseAnalyzer analyzer, String text) {
        long tokens = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Tokenises every text once on {@code threads} threads; returns wall nanos, tokens in {@code tokensOut}. */
    public static long run(List<String> texts, int threads, AtomicLong tokensOut) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
                long tokens = 0;
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    tokens += tokenize(analyzer, texts.get(i));
                }
                tokensOut.addAndGet(tokens);
                analyzer.close();
            }, "smartcn-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return System.nanoTime() - start;
    }
}
