package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.reportsearch.indexer.clean.HeadlineRules.hanCount;
import static dev.reportsearch.indexer.clean.HeadlineRules.hanOf;
import static dev.reportsearch.indexer.clean.HeadlineRules.isHeadline;
import static dev.reportsearch.indexer.clean.HeadlineRules.joinLines;

/**
 * Finds a report's own headline, whole and alone, among the first lines of a page (once chrome is
 * gone), with {@link HeadlineRules}:
 * <ul>
 *   <li>a delivered report's title is the line(s), up to three, just above its meeting line
 *       ("——2026年1月25日在…会议上"); when a fuller headline above names the same document
 *       ("2026年宁夏回族自治区政府工作报告" over "政府工作报告"), that one;</li>
 *   <li>else, in a header with metadata lines (a date or source line, a 索引号 | … table opening the page), the best
 *       of its headline lines above the text by {@link HeadlineChooser} (standing right above the date or source line
 *       counts for much, so do the words and shape of a headline);</li>
 *   <li>else a disclosure page's 标题 field ({@link #fieldTitle}), else a repost's 原标题:… ({@link #originalTitle}).</li>
 * </ul>
 * With no header at all, {@link FirstParagraphTitle} takes over.
 *
 * <p>Immutable and thread-safe.
 */
public final class TitleFinder {
    static final int MAX_TITLE_LINES = 3;
    /** How far below a headline its repetition stands (after the first paragraph, on template sites). */
    static final int REPEAT_REACH = 3;
    /** Fewer Han characters make a name or a column label ("哈 热", "要闻"), not a headline taken on its own. */
    static final int MIN_HEADLINE_HAN = 5;
    /** A document's cover prints its headline a word a line: how many such lines, at least and at most. */
    static final int MIN_COVER_WORDS = 2;
    static final int MAX_COVER_WORDS = 8;
    /** A file's extension closing a document site's headline (某某工作报告.docx). */
    static final Pattern FILE_EXTENSION = Pattern.compile("\\.(docx?|pdf|wps|pptx?|xlsx?|txt)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRAPPED_MEETING_END = Pattern.compile("^[^。，,]{1,20}(会议|大会)上[)）]?$");

    private final HeadlineRules rules;
    private final HeadlineChooser chooser;

    public TitleFinder(HeadlineRules rules, HeadlineChooser chooser) {
        this.rules = rules;
        this.chooser = chooser;
    }

    public static TitleFinder standard() {
        return new TitleFinder(HeadlineRules.standard(), HeadlineChooser.standard());
    }

    /** A title and the header lines that hold it (title lines, the meeting line), in order. */
    public record Found(String title, List<Integer> lines) {
        public Found {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param lines    the page's lines, chrome gone
     * @param top      how many of them form the header
     * @param meta     the indices of the header's metadata lines (date, source, metadata tables)
     * @param maxTitle how long a line above the first metadata line may be to be its title
     */
    public Optional<Found> find(List<String> lines, int top, List<Integer> meta, int maxTitle) {
        return find(lines, top, meta, maxTitle, TitleEvidence.NONE);
    }

    /** As {@link #find(List, int, List, int)}, weighing what the markup's title and the file's name say. */
    public Optional<Found> find(List<String> lines, int top, List<Integer> meta, int maxTitle, TitleEvidence evidence) {
        int meetingLine = -1;
        for (int i = 0; i < top && meetingLine < 0; i++) {
            if (rules.isMeetingLine(lines.get(i))) { // its date may read as a metadata line: it is the title's subtitle first
                meetingLine = i;
            }
        }
        if (meetingLine >= 0) {
            Optional<Found> delivered = aboveMeeting(lines, meetingLine, meta);
            if (delivered.isPresent()) {
                return delivered;
            }
        }
        int firstMeta = meta.isEmpty() ? -1 : meta.get(0);
        // (a source line under the report's text is its footer, not a header: no title above it)
        if (firstMeta == 0 || firstMeta > 0 && HeadlineRules.noProseBefore(lines, firstMeta - 1)) {
            Optional<TitleCandidate> best = chooser.best(headerCandidates(lines, top, meta, maxTitle),
                    new TitleContext(lines, meta, firstProse(lines, firstMeta), evidence));
            if (best.isPresent()) {
                return Optional.of(found(best.get().text(), best.get().lines()));
            }
        }
        if (firstMeta < 0) {
            Optional<Found> repeated = repeatedHeadline(lines, top);
            if (repeated.isPresent()) {
                return repeated;
            }
            Optional<Found> split = splitHeadline(lines, top);
            if (split.isPresent()) {
                return split;
            }
        }
        return Optional.empty();
    }

    /**
     * The lines of a header with metadata lines that may be its headline, each with the lines it is set over: the
     * line right above the first metadata line whatever its shape (short of a field or prose), the other headline
     * lines above it and those between the metadata lines and the text.
     */
    private List<TitleCandidate> headerCandidates(List<String> lines, int top, List<Integer> meta, int maxTitle) {
        int firstMeta = meta.get(0);
        List<TitleCandidate> candidates = new ArrayList<>();
        for (int k = 0; k < top && !(k > firstMeta && HeadlineRules.isProse(lines.get(k))); k++) {
            String line = lines.get(k);
            if (HeadlineRules.isSalutation(line)) {
                break; // a heading below 各位代表: is the speech's first heading (一、2017年工作回顾), not the page's title
            }
            boolean aboveStamp = k == firstMeta - 1 && line.length() <= maxTitle && !LabelLines.isField(line);
            if (!meta.contains(k) && (aboveStamp || isHeadline(line) && hanCount(line) >= MIN_HEADLINE_HAN)) {
                Found run = spanning(lines, k, top, meta);
                candidates.add(new TitleCandidate(run.title(), run.lines(), TitleCandidate.Shape.LINE));
            }
        }
        return candidates;
    }

    /** Where the text begins below the first metadata line: its first prose line, or past the end. */
    private static int firstProse(List<String> lines, int firstMeta) {
        int k = firstMeta;
        while (k < lines.size() && !HeadlineRules.isProse(lines.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * Without metadata lines, a headline line the page repeats just below (template and 范文 sites print the
     * title twice: "某某工作总结" / first paragraph / "某某工作总结"), with only short lines above it: the title.
     */
    private Optional<Found> repeatedHeadline(List<String> lines, int top) {
        for (int i = 0; i < top; i++) {
            String line = lines.get(i);
            if (HeadlineRules.isProse(line)) {
                return Optional.empty();
            }
            if (isHeadline(line) && hanCount(line) >= MIN_HEADLINE_HAN) {
                String han = HeadlineRules.hanOf(line);
                int cover = coverWordsAbove(lines, i, han);
                if (cover < i) {
                    // 2023 / 街道 / 妇联 / 工作总结 / 报告 / 街道妇联工作总结报告: a document's cover, word by word, over its headline
                    List<Integer> held = new ArrayList<>();
                    for (int k = cover; k <= i; k++) {
                        held.add(k);
                    }
                    return Optional.of(found(line, held));
                }
                for (int k = i + 1; k < Math.min(top, i + REPEAT_REACH + 1); k++) {
                    if (HeadlineRules.hanOf(lines.get(k)).equals(han)) {
                        return Optional.of(found(withoutFileName(lines, i, top), List.of(i)));
                    }
                    Optional<String> bare = HeadlineRules.withoutNote(line, lines.get(k));
                    if (bare.isPresent() && hanCount(bare.get()) >= MIN_HEADLINE_HAN) {
                        // 某某总结(某某总结与计划) / … / 某某总结: the page's own headline is the one without the site's note
                        return Optional.of(found(bare.get(), List.of(i)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The headline at {@code index}, or its repetition below without a file's extension: a document site names the file
     * (某某工作报告.docx, maybe twice), the document's own headline under it has none (某某工作报告).
     */
    private static String withoutFileName(List<String> lines, int index, int top) {
        String line = lines.get(index);
        if (!FILE_EXTENSION.matcher(line.strip()).find()) {
            return line;
        }
        String han = HeadlineRules.hanOf(line);
        for (int k = index + 1; k < Math.min(top, index + REPEAT_REACH + 1); k++) {
            String repeat = lines.get(k).strip();
            if (HeadlineRules.hanOf(repeat).equals(han) && !FILE_EXTENSION.matcher(repeat).find()) {
                return repeat;
            }
        }
        return line;
    }

    /**
     * Where the cover words over the headline at {@code index} begin: the short lines right above it (at least
     * {@link #MIN_COVER_WORDS}) whose Han characters, read in order, are the headline's; else {@code index}.
     */
    private static int coverWordsAbove(List<String> lines, int index, String han) {
        StringBuilder words = new StringBuilder();
        for (int k = index - 1; k >= 0 && index - k <= MAX_COVER_WORDS && hanCount(lines.get(k)) < MIN_HEADLINE_HAN; k--) {
            words.insert(0, hanOf(lines.get(k)));
            if (index - k >= MIN_COVER_WORDS && words.toString().equals(han)) {
                return k > 0 && hanOf(lines.get(k - 1)).isEmpty() && lines.get(k - 1).length() <= 4 ? k - 1 : k; // its year too
            }
        }
        return index;
    }

    /**
     * Without metadata lines, a headline set over two or three lines at the top, each further line going on
     * from the one above (某学院团委 / 召开2022年度工作总结 / 暨2023年度工作部署会), with only short lines above it.
     */
    private Optional<Found> splitHeadline(List<String> lines, int top) {
        for (int i = 0; i + 1 < top; i++) {
            if (HeadlineRules.isProse(lines.get(i))) {
                return Optional.empty();
            }
            if (isHeadline(lines.get(i)) && isHeadline(lines.get(i + 1)) && rules.continuesAbove(lines.get(i + 1))) {
                return Optional.of(spanning(lines, i, top, List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * The headline at {@code index} with the lines it is set over: the line above when this one goes on from it
     * or closes the phrase it leaves open,
     * the lines below that go on from this one (up to {@link #MAX_TITLE_LINES} in all).
     */
    private Found spanning(List<String> lines, int index, int top, List<Integer> meta) {
        List<Integer> run = new ArrayList<>(List.of(index));
        while (run.size() < MAX_TITLE_LINES && run.get(0) > 0 && spansTo(lines, run.get(0) - 1, meta)
                && (rules.continuesAbove(lines.get(run.get(0))) || rules.closesAbove(lines.get(run.get(0) - 1), lines.get(run.get(0))))) {
            run.add(0, run.get(0) - 1);
        }
        int next = run.get(run.size() - 1) + 1;
        while (run.size() < MAX_TITLE_LINES && next < top && spansTo(lines, next, meta) && rules.continuesAbove(lines.get(next))) {
            run.add(next++);
        }
        return found(joinLines(run.stream().map(lines::get).toList()), run);
    }

    private static boolean spansTo(List<String> lines, int k, List<Integer> meta) {
        return !meta.contains(k) && isHeadline(lines.get(k));
    }

    /** A disclosure page's title field among the header's lines (标 题: | … |). */
    public Optional<String> fieldTitle(List<String> lines, int top) {
        return lines.subList(0, top).stream().map(rules::fieldIn).flatMap(Optional::stream).findFirst();
    }

    /** A repost's note of its original headline anywhere in the lines (原标题:…). */
    public Optional<String> originalTitle(List<String> lines) {
        return lines.stream().map(rules::originalIn).flatMap(Optional::stream).findFirst();
    }

    private Optional<Found> aboveMeeting(List<String> lines, int meetingLine, List<Integer> meta) {
        // the headline lines right above; a line naming a document kind (…政府工作报告) is a whole
        // headline, so a column name above it ("工作动态") is not taken in
        List<Integer> run = new ArrayList<>();
        int above = meetingLine - 1;
        while (above >= 0 && rules.isAuthorLine(lines.get(above))) {
            above--; // "政府工作报告" / "县长 某某" / "——…会议上": the author stands between
        }
        for (int k = above; k >= 0 && run.size() < MAX_TITLE_LINES && !meta.contains(k) && isHeadline(lines.get(k)); k--) {
            run.add(0, k);
            if (rules.endsInKind(hanOf(lines.get(k)))) {
                break;
            }
        }
        List<Integer> held = new ArrayList<>();
        String title;
        if (run.isEmpty()) {
            // the headline stands above the page's date and source lines: the first one
            // (one naming a document kind before any other: a column name may stand there too)
            int first = -1;
            int firstOfKind = -1;
            for (int k = 0; k < meetingLine && firstOfKind < 0; k++) {
                if (!meta.contains(k) && isHeadline(lines.get(k))) {
                    first = first < 0 ? k : first;
                    firstOfKind = rules.endsInKind(hanOf(lines.get(k))) ? k : -1;
                }
            }
            first = firstOfKind >= 0 ? firstOfKind : first;
            if (first < 0) {
                return Optional.empty();
            }
            held.add(first);
            title = lines.get(first);
        } else {
            // a headline above (or atop the run) holding the line right above the meeting line is the
            // fuller title of the same document: "2026年宁夏回族自治区政府工作报告" over "政府工作报告"
            int bottom = run.get(run.size() - 1);
            String han = hanOf(lines.get(bottom));
            int fuller = -1;
            for (int k = 0; k < bottom && fuller < 0; k++) {
                String line = lines.get(k);
                String lineHan = hanOf(line);
                if (!meta.contains(k) && isHeadline(line) && lineHan.length() > han.length() && lineHan.contains(han)) {
                    fuller = k;
                }
            }
            if (fuller >= 0) {
                title = lines.get(fuller);
                if (fuller < run.get(0)) {
                    held.add(fuller);
                }
            } else {
                title = joinLines(run.stream().map(lines::get).toList());
            }
            held.addAll(run);
        }
        held.add(meetingLine);
        if (meetingLine + 1 < lines.size() && WRAPPED_MEETING_END.matcher(lines.get(meetingLine + 1)).matches()) {
            held.add(meetingLine + 1);
        }
        return Optional.of(found(title, held));
    }

    private Found found(String title, List<Integer> held) {
        return new Found(rules.clean(title), held);
    }
}
