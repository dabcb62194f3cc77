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
 * A line ending in a conjunction (及, 暨) goes on in the next, and a line ending in a date stamp is no split number.
 * A page hard-wrapped at a fixed width (a yearbook's or a PDF's text layer: most lines as wide as each other, wider than
 * any heading) also joins a line that reaches that width without ending a sentence to the next, short as its lines are
 * ("…在房前屋后及村内空闲地植树344.35万棵,其中户均植树" / "20棵以上的村达399个。"), unless the next opens a heading.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineJoiner {
    /** A line at least this long is prose, not a heading. */
    static final int PROSE_LENGTH = 50;
    /** A line shorter than this without closing punctuation may be a heading. */
    static final int HEADING_LENGTH = 40;

    /**
     * A page is hard-wrapped when at least this many of its lines, and at least half of those {@link #MIN_WRAPPED_WIDTH}
     * wide or wider, lie within {@link #WRAP_BAND} columns of one width: paragraphs of a page as published vary far more.
     */
    static final int MIN_WRAPPED_LINES = 4;
    /** Narrower than this (about 25 Han characters) a run of equal lines may be a list of headings. */
    static final int MIN_WRAPPED_WIDTH = 50;
    /** How far apart the widths of a page's full lines lie (a wide character or a word moved to the next line). */
    static final int WRAP_BAND = 6;

    private static final FastPattern ENDS_SENTENCE = FastPattern.compile("[。！!？?；;…:：][”’」』)）\"']*$");
    private static final FastPattern INNER_SENTENCE_END = FastPattern.compile("[。！!？?；;]");
    private static final FastPattern ENDS_MID_SENTENCE = FastPattern.compile("[，,、]$");
    private static final FastPattern STARTS_AS_CONTINUATION = FastPattern.compile("^[，,、。；;：:）)》」』!！？?%％]");
    private static final FastPattern ENDS_WITH_DIGIT = FastPattern.compile("[0-9０-９][.．]?$");
    /** A date stamp closing a line (标题 2022-03-10): a whole number, not one a line break split. */
    private static final FastPattern ENDS_WITH_DATE = FastPattern.compile("(19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}$");
    /** A conjunction no heading or sentence ends with: 某镇2010年工作总结及 / 2011年工作计划 is one line. */
    private static final FastPattern ENDS_WITH_CONJUNCTION = FastPattern.compile("(及|暨|以及)$");
    private static final FastPattern STARTS_WITH_DIGIT = FastPattern.compile("^[0-9０-９]");
    private static final FastPattern PART_MARKER = FastPattern.compile("(?i)part\\s*[.．]?\\s*\\d+$");
    private static final FastPattern HEADING_MARKER = FastPattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十\\d]{1,3}[章节部分篇]|【|PART|Part|[“\"][^”\"]{2,24}[”\"][,，]?$)");

    public LineJoiner() {
    }

    public List<String> join(List<String> lines) {
        int wrap = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        String last = null; // the last line as read, not as joined: its width says whether the text wrapped there
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!out.isEmpty() && (shouldJoin(out.get(out.size() - 1), line) || wrappedAt(last, wrap) && !HEADING_MARKER.foundIn(line))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + line);
            } else {
                out.add(line);
            }
            last = line;
        }
        return out;
    }

    /**
     * Whether {@code line} ends where the page's fixed width broke it, mid-sentence: it fills at least three quarters of
     * that width (a converter breaks before a number or a Latin word that would not fit) and not more (a wider line, a
     * link or a table row, was not wrapped by it).
     */
    private static boolean wrappedAt(String line, int wrap) {
        int width = width(line);
        return wrap > 0 && width * 4 >= wrap * 3 && width <= wrap && !ENDS_SENTENCE.foundIn(line.stripTrailing());
    }

    /**
     * The width a page was hard-wrapped at, in display columns, or 0 when it was not: the top of the band of
     * {@link #WRAP_BAND} columns that holds the most lines of at least {@link #MIN_WRAPPED_WIDTH} that stop mid-sentence.
     */
    static int wrapWidth(List<String> lines) {
        long wide = lines.stream().filter(l -> width(l) >= MIN_WRAPPED_WIDTH).count();
        // only lines that stop mid-sentence: a list of numbered sentences of one length is no wrapped text
        int[] widths = lines.stream().filter(l -> !ENDS_SENTENCE.foundIn(l.stripTrailing())).mapToInt(LineJoiner::width)
                .filter(w -> w >= MIN_WRAPPED_WIDTH).sorted().toArray();
        int best = 0;
        int bestCount = 0;
        for (int top = 0, bottom = 0; top < widths.length; top++) {
            while (widths[top] - widths[bottom] > WRAP_BAND) {
                bottom++;
            }
            if (top - bottom + 1 >= bestCount) {
                bestCount = top - bottom + 1;
                best = widths[top];
            }
        }
        return bestCount >= MIN_WRAPPED_LINES && bestCount * 2 >= wide ? best : 0;
    }

    /** Display columns: two for a Han character or a full-width form, one for the rest. */
    static int width(String line) {
        return line.strip().codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    static boolean shouldJoin(String first, String next) {
        if (STARTS_AS_CONTINUATION.foundIn(next)) {
            return true;
        }
        if (ENDS_WITH_DIGIT.foundIn(first) && STARTS_WITH_DIGIT.foundIn(next)
                && !PART_MARKER.foundIn(first) && !ENDS_WITH_DATE.foundIn(first)) {
            return true;
        }
        if (ENDS_WITH_CONJUNCTION.foundIn(first) && !HEADING_MARKER.foundIn(next)) {
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
