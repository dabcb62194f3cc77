package dev.reportsearch.indexer.read;

import java.util.regex.Pattern;

/**
 * What a line that a document's formatting marks (bold, larger, another face, a heading style) must look like
 * to be taken for a heading: no sentence or clause end at its close, and, when only its looks speak for it, short.
 */
final class HeadingShape {
    /** A line longer than this is emphasis in prose, not a heading, unless a heading style says otherwise. */
    static final int MAX_LENGTH = 40;
    private static final Pattern ENDS_PROSE = Pattern.compile("[。！？!?；;，,][”’」』）)\"]*$");

    private HeadingShape() {
    }

    static boolean endsLikeProse(String text) {
        return ENDS_PROSE.matcher(text).find();
    }

    /** Short, and not the end of a sentence. */
    static boolean fits(String text) {
        return !text.isBlank() && text.strip().length() <= MAX_LENGTH && !endsLikeProse(text);
    }
}
