package dev.reportsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into sentences (at 。！？；!?; and line breaks) and sentences into clauses (at ，,；;). */
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
            if (sentences ? isSentenceEnd(c) : isClauseEnd(c)) {
                add(parts, new Span(start, i + 1).trimmed(text), text);
                start = i + 1;
            }
        }
        add(parts, new Span(start, within.end()).trimmed(text), text);
        return parts;
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
