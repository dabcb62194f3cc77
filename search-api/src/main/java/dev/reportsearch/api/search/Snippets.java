package dev.reportsearch.api.search;

import java.util.List;

import dev.reportsearch.core.text.SearchText;

/**
 * Turns highlighter output into HTML-safe snippets. The highlighter marks fragments with private-use
 * characters rather than tags, so that everything else can be escaped before {@code <mark>} is put in.
 */
public final class Snippets {
    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private Snippets() {
    }

    /**
     * @param fragments highlighted fragments of the normalised text
     * @param original  the original text, shown instead where offsets line up
     * @param normalized its normal form that the fragments come from
     */
    public static String of(List<String> fragments, String original, String normalized) {
        if (fragments == null || fragments.isEmpty()) {
            return escape(original == null ? "" : abbreviate(original, 160));
        }
        StringBuilder out = new StringBuilder();
        for (String fragment : fragments) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            out.append(toHtml(restoreOriginal(fragment, original, normalized)));
        }
        return out.toString();
    }

    /** Where the normal form has the same length as the original, show the original's characters. */
    static String restoreOriginal(String fragment, String original, String normalized) {
        if (!SearchText.sameLength(original, normalized) || original.equals(normalized)) {
            return fragment;
        }
        String plain = fragment.replace(PRE, "").replace(POST, "");
        int at = normalized.indexOf(plain);
        if (at < 0) {
            return fragment;
        }
        StringBuilder restored = new StringBuilder(fragment.length());
        int pos = at;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == PRE.charAt(0) || c == POST.charAt(0)) {
                restored.append(c);
            } else {
                restored.append(original.charAt(pos++));
            }
        }
        return restored.toString();
    }

    static String toHtml(String marked) {
        return escape(marked).replace(PRE, "<mark>").replace(POST, "</mark>");
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
