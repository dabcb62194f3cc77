package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines that a hard line break split in the middle of a sentence, a word or a number, so each
 * line is a paragraph (or a heading). Two lines are joined when the second starts with punctuation
 * that cannot begin a sentence (",加大女干部..."), when a number was split ("全年培训1" / "5600人"), when
 * the first ends in a comma and is no heading, or when the first is a long line that does not end a
 * sentence (long, or holding a finished sentence); in the last two cases only when the second does not look like a heading.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineJoiner {
    /** A line at least this long is prose, not a heading. */
    static final int PROSE_LENGTH = 50;
    /** A line shorter than this without closing punctuation may be a heading. */
    static final int HEADING_LENGTH = 40;

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！!？?；;…:：][”’」』)）\"']*$");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[。！!？?；;]");
    private static final Pattern ENDS_MID_SENTENCE = Pattern.compile("[，,、]$");
    private static final Pattern STARTS_AS_CONTINUATION = Pattern.compile("^[，,、。；;：:）)》」』!！？?%％]");
    private static final Pattern ENDS_WITH_DIGIT = Pattern.compile("[0-9０-９][.．]?$");
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^[0-9０-９]");
    private static final Pattern PART_MARKER = Pattern.compile("(?i)part\\s*[.．]?\\s*\\d+$");
    private static final Pattern HEADING_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十\\d]{1,3}[章节部分篇]|【|PART|Part|[“\"][^”\"]{2,24}[”\"][,，]?$)");

    public LineJoiner() {
    }

    public List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!out.isEmpty() && shouldJoin(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    static boolean shouldJoin(String first, String next) {
        if (STARTS_AS_CONTINUATION.matcher(next).find()) {
            return true;
        }
        if (ENDS_WITH_DIGIT.matcher(first).find() && STARTS_WITH_DIGIT.matcher(next).find()
                && !PART_MARKER.matcher(first).find()) {
            return true;
        }
        if (ENDS_MID_SENTENCE.matcher(first).find() && !HEADING_MARKER.matcher(first).find() && !looksLikeHeading(next)) {
            return true;
        }
        boolean prose = first.length() >= PROSE_LENGTH || INNER_SENTENCE_END.matcher(first).find();
        if (!prose || ENDS_SENTENCE.matcher(first).find()) {
            return false;
        }
        return !looksLikeHeading(next);
    }

    static boolean looksLikeHeading(String line) {
        if (HEADING_MARKER.matcher(line).find()) {
            return true;
        }
        return line.length() < HEADING_LENGTH && !ENDS_SENTENCE.matcher(line).find() && !line.contains("。");
    }
}
