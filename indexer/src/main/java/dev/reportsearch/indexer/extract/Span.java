package dev.reportsearch.indexer.extract;

/** A half-open range [start, end) of positions in a text. */
record Span(int start, int end) {
    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }

    boolean contains(int position) {
        return position >= start && position < end;
    }

    /** This span without the white space at its two ends (an empty span if all of it is white). */
    Span trimmed(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
