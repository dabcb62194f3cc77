package dev.reportsearch.core.resource;

import java.util.regex.Pattern;

/**
 * One meaningful line of a resource file, with where it comes from, so that a mistake in data people
 * tune is reported as "file:line: what is wrong" rather than as a bare exception at start-up.
 *
 * @param resource the resource's name as it was asked for
 * @param number   the line's number in the file, from 1
 * @param text     the line as written (not stripped: columns may be empty)
 */
public record ResourceLine(String resource, int number, String text) {
    private static final Pattern TABS = Pattern.compile("\t");

    /** An error pointing at this line, to throw: {@code themes.tsv:12: unknown kind x}. */
    public IllegalStateException error(String message) {
        return new IllegalStateException(resource + ":" + number + ": " + message + " (line: " + text.strip() + ")");
    }

    /** The tab-separated columns, each stripped; at least {@code min} of them, else an {@link #error}. */
    public String[] columns(int min) {
        String[] cols = TABS.split(text, -1);
        if (cols.length < min) {
            throw error("expected at least " + min + " tab-separated columns, found " + cols.length);
        }
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }
}
