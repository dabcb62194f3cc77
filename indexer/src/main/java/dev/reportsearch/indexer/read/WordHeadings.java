package dev.reportsearch.indexer.read;

import java.util.regex.Pattern;

/**
 * Which Word paragraphs are headings: a heading or title style ("heading 2", "Title", "标题 1"), an outline level,
 * or a short paragraph whose every run is bold; never a finished sentence.
 */
final class WordHeadings {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^\\s*(?:heading\\s*\\d|title|subtitle|标题\\s*\\d?|副标题)\\s*$");
    /** Word's "body text" outline level; 0-8 are heading levels. */
    static final int BODY_LEVEL = 9;

    private WordHeadings() {
    }

    static boolean isHeading(String text, String styleName, int outlineLevel, boolean allBold) {
        if (text.isBlank() || HeadingShape.endsLikeProse(text)) {
            return false;
        }
        boolean styled = styleName != null && HEADING_STYLE.matcher(styleName).matches();
        boolean outlined = outlineLevel >= 0 && outlineLevel < BODY_LEVEL;
        return styled || outlined || allBold && HeadingShape.fits(text);
    }
}
