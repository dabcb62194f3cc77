package dev.reportsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentences (at 。！？；!?; and line breaks) and sentences into clauses (at ，,；;).
 * A doubled semicolon (;;) is a converter's leftover of a quote mark and cuts nothing.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '\n', '\r' -> true;
            default -> false;
        };
    }

    static boolean isClauseEnd(char c) {
        return switch (c) {
            case '，', ',', '；', ';' -> true;
            default -> false;
        };
    }

    /** The sentences of {@code text}, trimmed, each with its closing mark; blank ones left out. */
    static List<Span> sentences(CharSequence text) {
        return split(text, new Span(0, text.length()), true);
    }

    /** The clauses of the sentence {@code within}, trimmed, each with its closing mark. */
    static List<Span> clauses(CharSequence text, Span within) {
        return split(text, within, false);
    }

    private static List<Span> split(CharSequence text, Span within, boolean sentences) {
        List<Span> parts = new ArrayList<>();
        int start = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if ((sentences ? isSentenceEnd(c) : isClauseEnd(c)) && !isDoubledSemicolon(text, i)) {
                add(parts, new Span(start, i + 1).trimmed(text), text);
                start = i + 1;
            }
        }
        add(parts, new Span(start, within.end()).trimmed(text), text);
        return parts;
    }

    /**
     * Whether the char at {@code i} is one of a run of two or more semicolons: what converters
     * leave of quote marks (全年;;五水共治;;投入12.73亿元), no end of a sentence or clause.
     */
    private static boolean isDoubledSemicolon(CharSequence text, int i) {
        return isSemicolon(text.charAt(i))
                && (i > 0 && isSemicolon(text.charAt(i - 1)) || i + 1 < text.length() && isSemicolon(text.charAt(i + 1)));
    }

    private static boolean isSemicolon(char c) {
        return c == ';' || c == '；';
    }

    private static void add(List<Span> parts, Span part, CharSequence text) {
        boolean onlyMarks = true;
        for (int i = part.start(); i < part.end() && onlyMarks; i++) {
            char c = text.charAt(i);
            onlyMarks = isSentenceEnd(c) || isClauseEnd(c);
        }
        if (!onlyMarks) {
            parts.add(part);
        }
    }
}
