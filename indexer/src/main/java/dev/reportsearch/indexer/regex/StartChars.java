package dev.reportsearch.indexer.regex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The chars a match of a regex can start with, read off its source: "[一二三]+是" starts with 一, 二 or
 * 三; "(?<![\d.])(?:19|20)\d{2}" with 1 or 2 (look-arounds match no char). Knows the syntax our
 * resource tables use (literals, \Q…\E, classes with ranges, \d \s \p{IsHan}, groups, alternations,
 * quantifiers, ^ and $ without MULTILINE); anything else, a negated class or a pattern that can match
 * the empty string gives empty: a match may start anywhere. A match may always start at the text's
 * start (for ^), whatever the char there.
 */
final class StartChars {
    private final String regex;
    private int at;
    private int depth;
    private final List<BitSet> required = new ArrayList<>();
    private boolean topLevelAlternation;

    private StartChars(String regex) {
        this.regex = regex;
    }

    /**
     * Sets of chars a text must hold one of (each) for the regex to occur in it: the first chars of
     * each atom the top-level sequence cannot skip ("\\d+\\s*(?:世纪|周年)" needs a digit and 世 or 周).
     * Empty when they cannot be told.
     */
    static List<BitSet> required(String regex) {
        try {
            StartChars parser = new StartChars(regex);
            parser.alternation();
            if (parser.at != regex.length() || parser.topLevelAlternation) {
                return List.of();
            }
            return List.copyOf(parser.required);
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return List.of();
        }
    }

    /** The possible first chars, or empty when they cannot be told (or are any char). */
    static Optional<BitSet> of(String regex) {
        try {
            StartChars parser = new StartChars(regex);
            Part whole = parser.alternation();
            if (parser.at != regex.length() || whole.nullable || whole.first == null) {
                return Optional.empty();
            }
            return Optional.of(whole.first);
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a piece of the regex can start with: {@code first} null for any char. */
    private record Part(BitSet first, boolean nullable) {
        static Part empty() {
            return new Part(new BitSet(), true);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Part alternation() {
        BitSet first = new BitSet();
        boolean nullable = false;
        while (true) {
            Part seq = sequence();
            first = union(first, seq.first);
            nullable |= seq.nullable;
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                topLevelAlternation |= depth == 0;
                continue;
            }
            return new Part(first, nullable);
        }
    }

    private Part sequence() {
        BitSet first = new BitSet();
        boolean nullable = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Part atom = quantified(atom());
            if (depth == 0 && !atom.nullable && atom.first != null && !atom.first.isEmpty()) {
                required.add(atom.first);
            }
            if (nullable) {
                first = union(first, atom.first);
            }
            nullable &= atom.nullable;
        }
        return new Part(first, nullable);
    }

    private Part quantified(Part atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        boolean optional;
        if (c == '?' || c == '*') {
            at++;
            optional = true;
        } else if (c == '+') {
            at++;
            optional = false;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            optional = Integer.parseInt(bounds[0].strip()) == 0;
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same chars
        }
        return optional ? new Part(atom.first, true) : atom;
    }

    private Part atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                at++;
                return new Part(charClass(), false);
            }
            case '\\' -> {
                at++;
                return escape(false);
            }
            case '.' -> {
                at++;
                return new Part(null, false);
            }
            case '^' -> {
                at++;
                return new Part(new BitSet(), false); // matches at the text's start only, which is always tried
            }
            case '$' -> {
                at++;
                return Part.empty();
            }
            case '*', '+', '?', '{', ')' -> throw new Unsupported();
            default -> {
                at++;
                return literal(c);
            }
        }
    }

    private Part group() {
        at++; // (
        boolean lookaround = false;
        if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (regex.startsWith("?<", at)) {
            int close = regex.indexOf('>', at);
            for (int i = at + 2; i < close; i++) {
                if (!Character.isLetterOrDigit(regex.charAt(i))) {
                    throw new Unsupported();
                }
            }
            at = close + 1; // a named group
        } else if (regex.startsWith("?", at)) {
            throw new Unsupported(); // inline flags and the like
        }
        depth++;
        Part inner = alternation();
        depth--;
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unsupported();
        }
        at++;
        return lookaround ? Part.empty() : inner; // a look-around matches no char
    }

    /** A class after its '[': the chars it holds; null when negated. */
    private BitSet charClass() {
        boolean negated = regex.charAt(at) == '^';
        if (negated) {
            at++;
        }
        BitSet chars = new BitSet();
        while (regex.charAt(at) != ']') {
            char c = regex.charAt(at);
            if (c == '[' || regex.startsWith("&&", at)) {
                throw new Unsupported();
            }
            int low;
            if (c == '\\') {
                at++;
                Part escaped = escape(true);
                if (escaped.first == null || escaped.first.cardinality() != 1) {
                    chars = union(chars, escaped.first); // \d, \s, \p{IsHan}
                    continue;
                }
                low = escaped.first.nextSetBit(0);
            } else {
                at++;
                low = checked(c);
            }
            if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                at++;
                char h = regex.charAt(at);
                int high;
                if (h == '\\') {
                    at++;
                    Part escaped = escape(true);
                    if (escaped.first == null || escaped.first.cardinality() != 1) {
                        throw new Unsupported();
                    }
                    high = escaped.first.nextSetBit(0);
                } else {
                    at++;
                    high = checked(h);
                }
                chars.set(low, high + 1);
            } else {
                chars.set(low);
            }
        }
        at++; // ]
        return negated ? null : chars;
    }

    /** An escape after its '\\'. */
    private Part escape(boolean inClass) {
        char c = regex.charAt(at++);
        switch (c) {
            case 'd' -> {
                BitSet digits = new BitSet();
                digits.set('0', '9' + 1);
                return new Part(digits, false);
            }
            case 's' -> {
                BitSet space = new BitSet();
                for (char s : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                    space.set(s);
                }
                return new Part(space, false);
            }
            case 'p' -> {
                if (!regex.startsWith("{IsHan}", at)) {
                    throw new Unsupported();
                }
                at += "{IsHan}".length();
                return new Part(HAN, false);
            }
            case 'Q' -> {
                if (inClass) {
                    throw new Unsupported();
                }
                int end = regex.indexOf("\\E", at);
                String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
                at = end < 0 ? regex.length() : end + 2;
                return quoted.isEmpty() ? Part.empty() : literal(quoted.charAt(0));
            }
            case 'n' -> {
                return literal('\n');
            }
            case 't' -> {
                return literal('\t');
            }
            case 'r' -> {
                return literal('\r');
            }
            case 'f' -> {
                return literal('\f');
            }
            case 'x' -> {
                String hex = regex.substring(at, at + 2);
                at += 2;
                return literal((char) Integer.parseInt(hex, 16));
            }
            case 'u' -> {
                String hex = regex.substring(at, at + 4);
                at += 4;
                return literal((char) Integer.parseInt(hex, 16));
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported(); // \w, \b, \G, back-references, ...
                }
                return literal(c);
            }
        }
    }

    private static Part literal(char c) {
        BitSet one = new BitSet();
        one.set(checked(c));
        return new Part(one, false);
    }

    /** A char that stands for itself; a surrogate (half of a supplementary code point) is beyond this reading. */
    private static char checked(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unsupported();
        }
        return c;
    }

    private static BitSet union(BitSet a, BitSet b) {
        if (a == null || b == null) {
            return null;
        }
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }

    /** \p{IsHan}: the Han chars of the BMP, and every high surrogate for those beyond it. */
    private static final BitSet HAN = han();

    private static BitSet han() {
        BitSet han = new BitSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.set(c);
            }
        }
        han.set(Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE + 1);
        return han;
    }
}
