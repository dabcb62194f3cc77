package dev.reportsearch.indexer.clean;

import dev.reportsearch.core.text.SearchText;

/**
 * A line as the rule files are written: Traditional characters made Simplified one char for one char
 * (掃一掃 → 扫一扫, 責編 → 责编), so one rule serves both scripts and offsets found in the view hold in
 * the line itself.
 */
final class SimplifiedView {
    private SimplifiedView() {
    }

    /** One character of the view. */
    static char of(char c) {
        return SearchText.simplified(c);
    }

    static String of(String line) {
        char[] chars = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char s = of(c);
            if (s != c) {
                if (chars == null) {
                    chars = line.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? line : new String(chars);
    }
}
