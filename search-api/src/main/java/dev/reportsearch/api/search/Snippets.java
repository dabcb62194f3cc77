package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reportsearch.core.text.SearchText;

/**
 * Turns highlighter output into HTML-safe snippets. The highlighter marks fragments with private-use
 * characters rather than tags, so that everything else can be escaped before {@code <mark>} is put in.
 */
public final class Snippets {
    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";
    static final int PLAIN_LENGTH = 160;
    /** A mark of more than one character: its first, and the rest. */
    private static final Pattern LONG_MARK = Pattern.compile(PRE + "(.)([^" + POST + "]+)" + POST);

    private Snippets() {
    }

    /**
     * A snippet of a long text from highlighted fragments. The highlighter cuts them from the original text
     * itself: the index analyses the search form from it, and the offsets the highlighter marks point into it (index version 4).
     *
     * @param fragments highlighted fragments of the original text
     * @param original  the original text, shown abbreviated when nothing is highlighted
     */
    public static String of(List<String> fragments, String original) {
        if (fragments == null || fragments.isEmpty()) {
            return escape(original == null ? "" : abbreviate(original, PLAIN_LENGTH));
        }
        StringBuilder out = new StringBuilder();
        for (String fragment : fragments) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            out.append(toHtml(fragment));
        }
        return out.toString();
    }

    /**
     * The whole of a short text (an achievement's sentence) with the query's matches and the given
     * strings (its figures) marked.
     *
     * @param highlighted whole-field highlights of the original text (number_of_fragments 0), any field
     * @param marks       further strings to mark wherever they occur
     */
    public static String whole(String original, List<String> highlighted, List<String> marks) {
        String text = original == null ? "" : original;
        List<int[]> matches = new ArrayList<>();
        for (String h : highlighted) {
            matches.addAll(ranges(h));
        }
        // Query matches that touch are one match (the pairs of a phrase are marked one by one);
        // a figure next to a match stays a mark of its own.
        List<int[]> ranges = new ArrayList<>(merge(matches, true));
        for (String mark : marks) {
            if (mark == null || mark.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
                ranges.add(new int[] {at, at + mark.length()});
            }
        }
        return render(text, merge(ranges, false));
    }

    /** The marked stretches of a highlighted string, as [start, end) in its unmarked text. */
    static List<int[]> ranges(String marked) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == PRE.charAt(0)) {
                start = pos;
            } else if (c == POST.charAt(0)) {
                if (start >= 0) {
                    out.add(new int[] {start, pos});
                }
                start = -1;
            } else {
                pos++;
            }
        }
        return out;
    }

    /** Sorted ranges with overlaps (and, if {@code touching}, neighbours) joined. */
    static List<int[]> merge(List<int[]> ranges, boolean touching) {
        List<int[]> sorted = new ArrayList<>();
        ranges.forEach(r -> sorted.add(new int[] {r[0], r[1]}));
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (r[0] < last[1] || touching && r[0] == last[1])) {
                last[1] = Math.max(last[1], r[1]);
            } else if (r[1] > r[0]) {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * The highlighted fragments with each mark that begins with one of {@code characters} (a query of one character
     * alone, found as the prefix of the pairs it begins: 妇 marks 妇女) cut to that character.
     *
     * @param characters the query's lone characters, in the search form
     */
    static List<String> markingOnly(List<String> highlighted, Set<String> characters) {
        if (highlighted == null || characters.isEmpty()) {
            return highlighted;
        }
        return highlighted.stream().map(h -> LONG_MARK.matcher(h).replaceAll(m -> characters.contains(SearchText.normalize(m.group(1)))
                ? Matcher.quoteReplacement(PRE + m.group(1) + POST + m.group(2)) : Matcher.quoteReplacement(m.group()))).toList();
    }

    /** The text escaped, with non-overlapping sorted ranges wrapped in {@code <mark>}. */
    static String render(String text, List<int[]> ranges) {
        StringBuilder out = new StringBuilder(text.length() + ranges.size() * 13);
        int pos = 0;
        for (int[] r : ranges) {
            int start = Math.max(pos, Math.min(r[0], text.length()));
            int end = Math.max(start, Math.min(r[1], text.length()));
            if (end == start) {
                continue;
            }
            out.append(escape(text.substring(pos, start))).append("<mark>")
                    .append(escape(text.substring(start, end))).append("</mark>");
            pos = end;
        }
        return out.append(escape(text.substring(pos))).toString();
    }

    /** Adjacent marks (one per pair of a phrase) become one; only our marks become tags. */
    static String toHtml(String marked) {
        String merged = marked.replace(POST + PRE, "");
        StringBuilder b = new StringBuilder(merged.length() + 32);
        for (int i = 0; i < merged.length(); i++) {
            char c = merged.charAt(i);
            if (c == PRE.charAt(0)) {
                b.append("<mark>");
            } else if (c == POST.charAt(0)) {
                b.append("</mark>");
            } else {
                escape(c, b);
            }
        }
        return b.toString();
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            escape(s.charAt(i), b);
        }
        return b.toString();
    }

    private static void escape(char c, StringBuilder b) {
        switch (c) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            case '\uE000', '\uE001' -> { } // private-use marks never pass through as text
            default -> b.append(c);
        }
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
