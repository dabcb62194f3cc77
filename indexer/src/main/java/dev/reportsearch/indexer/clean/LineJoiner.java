package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.regex.FastPattern;
import java.util.ArrayList;
import java.util.List;

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

    private static final FastPattern ENDS_SENTENCE = FastPattern.compile("[。！!？?；;…:：][”’」』)）\"']*$");
    private static final FastPattern INNER_SENTENCE_END = FastPattern.compile("[。！!？?；;]");
    private static final FastPattern ENDS_MID_SENTENCE = FastPattern.compile("[，,、]$");
    private static final FastPattern STARTS_AS_CONTINUATION = FastPattern.compile("^[，,、。；;：:）)》」』!！？?%％]");
    private static final FastPattern ENDS_WITH_DIGIT = FastPattern.compile("[0-9０-９][.．]?$");
    private static final FastPattern STARTS_WITH_DIGIT = FastPattern.compile("^[0-9０-９]");
    private static final FastPattern PART_MARKER = FastPattern.compile("(?i)part\\s*[.．]?\\s*\\d+$");
    private static final FastPattern HEADING_MARKER = FastPattern.compile(
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
        if (STARTS_AS_CONTINUATION.foundIn(next)) {
            return true;
        }
        if (ENDS_WITH_DIGIT.foundIn(first) && STARTS_WITH_DIGIT.foundIn(next)
                && !PART_MARKER.foundIn(first)) {
            return true;
        }
        if (ENDS_MID_SENTENCE.foundIn(first) && !HEADING_MARKER.foundIn(first) && !looksLikeHeading(next)) {
            return true;
        }
        boolean prose = first.length() >= PROSE_LENGTH || INNER_SENTENCE_END.foundIn(first);
        if (!prose || ENDS_SENTENCE.foundIn(first)) {
            return false;
        }
        return !looksLikeHeading(next);
    }

    static boolean looksLikeHeading(String line) {
        if (HEADING_MARKER.foundIn(line)) {
            return true;
        }
        return line.length() < HEADING_LENGTH && !ENDS_SENTENCE.foundIn(line) && !line.contains("。");
    }
}
