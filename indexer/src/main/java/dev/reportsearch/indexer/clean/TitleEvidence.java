package dev.reportsearch.indexer.clean;

import java.util.regex.Pattern;

/**
 * What a page says of its headline outside its text: the markup's title (an HTML {@code <title>} without the site's
 * name, a document's properties) and the file's name. A candidate line either of them repeats is the headline far more
 * likely than any other line (a site's title bar and a download's file name repeat the headline, not the chrome).
 *
 * @param markupTitle the markup's title, or null
 * @param fileName    the file's name as given to the reader, or null
 */
public record TitleEvidence(String markupTitle, String fileName) {
    public static final TitleEvidence NONE = new TitleEvidence(null, null);
    /** A name needs this many Han characters to say anything (page012.txt, scan_3.pdf say nothing). */
    static final int MIN_HAN = 4;
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    /** Whether the markup's title or the file's name holds the candidate's Han characters, or they are its own. */
    boolean agrees(String candidateHan) {
        return candidateHan.length() >= MIN_HAN && (holds(markupTitle, candidateHan) || holds(stem(fileName), candidateHan));
    }

    private static boolean holds(String name, String candidateHan) {
        if (name == null) {
            return false;
        }
        String han = HeadlineRules.hanOf(name);
        return han.length() >= MIN_HAN && (han.contains(candidateHan) || candidateHan.contains(han) && 2 * han.length() >= candidateHan.length());
    }

    private static String stem(String fileName) {
        return fileName == null ? null : EXTENSION.matcher(fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)).replaceFirst("");
    }
}
