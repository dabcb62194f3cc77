package dev.reportsearch.es.smartcn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Exact substrings on character pairs: the standard tokenizer's single Han and Hiragana characters become the
 * pairs of neighbours, one token per character's position, so that an exact substring of n characters is a phrase
 * of about n/2 pairs instead of n single characters (the most frequent terms of the index). Other tokens (numbers,
 * Latin words) pass through as they are.
 *
 * <p>A run is a stretch of such characters with no other token between them: punctuation is no token, so a run
 * goes across it, as the single characters' phrases did (the answers stay those of one token per character).
 *
 * <p>Two forms, one for each side of the match:
 * <ul>
 * <li>{@link Mode#INDEX}: at each position of a run the pair starting there; at the run's first position also its
 * first character and at its last position its last character alone. A query's single character between other
 * tokens ("12万", "A型") is always at a run's edge in a text that matches it, and finds itself there.</li>
 * <li>{@link Mode#QUERY}: a run of the query is covered by pairs that do not overlap (the last one may, for an odd
 * count), each at its own position; a run of one character is that character. Pairs a sloppy phrase may move apart
 * count moves as the single characters did: "两癌筛查" in "两癌免费筛查" is 两癌 and 筛查 two moves apart.</li>
 * </ul>
 * A query that is one character alone matches anywhere, which no token here says: it is searched on the single
 * characters' field ({@code .chars}).
 */
final class CharPairs extends TokenFilter {
    enum Mode { INDEX, QUERY }

    /** One token of the input, at its absolute position. */
    private record Token(String term, String type, int start, int end, int position, boolean following) {
        boolean single() {
            return StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC].equals(type)
                    || StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA].equals(type);
        }

        Out alone() {
            return new Out(term, type, start, end, position);
        }
    }

    /** One token to put out, at its absolute position. */
    private record Out(String term, String type, int start, int end, int position) {
    }

    static final String PAIR = "<PAIR>";

    private final Mode mode;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final List<Token> run = new ArrayList<>();
    private final List<Out> pending = new ArrayList<>();
    private int next;
    /** A token read after a run, which ended it: put out after the run. */
    private Token held;
    private boolean exhausted;
    private int readPosition = -1;
    private int emittedPosition = -1;

    CharPairs(TokenStream input, Mode mode) {
        super(input);
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (next < pending.size()) {
                emit(pending.get(next++));
                return true;
            }
            pending.clear();
            next = 0;
            if (held != null) {
                Token t = held;
                held = null;
                if (t.single()) {
                    run.add(t);
                } else {
                    pending.add(t.alone());
                    continue;
                }
            }
            if (exhausted) {
                if (run.isEmpty()) {
                    return false;
                }
                flushRun();
                continue;
            }
            Token t = read();
            if (t == null) {
                exhausted = true;
            } else if (t.single() && (run.isEmpty() || t.following())) {
                run.add(t);
            } else {
                held = t;
                if (!run.isEmpty()) {
                    flushRun();
                }
            }
        }
    }

    private Token read() throws IOException {
        if (!input.incrementToken()) {
            return null;
        }
        int increment = posIncAtt.getPositionIncrement();
        readPosition += increment;
        return new Token(termAtt.toString(), typeAtt.type(), offsetAtt.startOffset(), offsetAtt.endOffset(), readPosition,
                increment == 1);
    }

    private void flushRun() {
        int k = run.size();
        if (k == 1) {
            pending.add(run.get(0).alone());
        } else if (mode == Mode.INDEX) {
            pending.add(run.get(0).alone());
            for (int i = 0; i + 1 < k; i++) {
                pending.add(pair(i));
            }
            pending.add(run.get(k - 1).alone());
        } else {
            for (int i = 0; i + 1 < k; i += 2) {
                pending.add(pair(i));
            }
            if (k % 2 == 1) {
                pending.add(pair(k - 2));
            }
        }
        run.clear();
    }

    private Out pair(int i) {
        Token a = run.get(i);
        Token b = run.get(i + 1);
        return new Out(a.term() + b.term(), PAIR, a.start(), b.end(), a.position());
    }

    private void emit(Out o) {
        clearAttributes();
        termAtt.setEmpty().append(o.term());
        typeAtt.setType(o.type());
        offsetAtt.setOffset(o.start(), o.end());
        posIncAtt.setPositionIncrement(o.position() - emittedPosition);
        posLenAtt.setPositionLength(1);
        emittedPosition = o.position();
    }

    @Override
    public void end() throws IOException {
        super.end();
        // holes at the end (none from the standard tokenizer) and the gap between values count from the last input position
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + readPosition - emittedPosition);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        run.clear();
        pending.clear();
        next = 0;
        held = null;
        exhausted = false;
        readPosition = -1;
        emittedPosition = -1;
    }
}
