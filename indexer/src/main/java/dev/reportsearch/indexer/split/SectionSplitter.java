package dev.reportsearch.indexer.split;

import dev.reportsearch.indexer.classify.YearHeadings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The split stage: cuts a cleaned page into sub-reports (when at least two sub-report title lines are
 * present) and each into sections by heading, keeping each section's heading path and its own text.
 *
 * <p>Rules beyond {@link HeadingRecognizer}: the short line right after a quoted/bracketed/PART heading
 * is its subtitle and stays in the section's text; a numbered heading ending in a comma continues on
 * the next line ("一、推进巾帼创业创新服务," / "在促进双海双区建设中添砖加瓦坚持..."), whose first clause
 * completes the heading; headed sections before the first year-part heading lie under the year part the
 * title names before it, when the page leaves that part's heading out. A line repeating the title (a
 * banner, the headline again under a label) is neither heading nor text.
 *
 * <p>Immutable and thread-safe.
 */
public final class SectionSplitter {
    /** "在…中" + four characters: how the second half of a two-part heading usually reads. */
    private static final Pattern HEADING_SECOND_HALF = Pattern.compile("^在[^，,。；;、]{2,18}?中[^，,。；;、\\s]{4}");
    private static final Pattern FIRST_CLAUSE = Pattern.compile("^[^，,。；;]{2,20}(?=[，,。；;])");
    private static final Pattern ENDS_WITH_COMMA = Pattern.compile("[,，]$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");
    /** A title this short ("工作总结") may well be a heading of its own. */
    static final int MIN_REPEATED_TITLE = 6;
    static final int MAX_REPEATED_TITLE = 60;
    /** How long a site's suffix to a repeated title may be (范文, doc). */
    static final int TITLE_SUFFIX = 4;

    private final HeadingRecognizer headings;
    private final SubReportTitles subReportTitles;

    public SectionSplitter(HeadingRecognizer headings, SubReportTitles subReportTitles) {
        this.headings = headings;
        this.subReportTitles = subReportTitles;
    }

    public static SectionSplitter standard() {
        return new SectionSplitter(new HeadingRecognizer(), new SubReportTitles());
    }

    /**
     * @param title      the report's title for heading paths, or null
     * @param paragraphs the cleaned paragraphs
     * @param hints      headings the markup marked
     */
    public SplitDocument split(String title, List<String> paragraphs, Set<String> hints) {
        long subReportTitleCount = paragraphs.stream().filter(subReportTitles::isTitle).count();
        boolean hasSubReports = subReportTitleCount >= 2;

        List<SubReportDraft> subReports = new ArrayList<>();
        List<StringBuilder> subReportTexts = new ArrayList<>();
        List<SectionDraft> sections = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Builder current = new Builder("", null, base(title, null), -1, null);
        String subReportHeading = null;
        int subReport = -1;
        boolean subtitleAllowed = false;

        String titleWords = words(title);
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (repeatsTitle(p, titleWords)) {
                continue; // the page's headline again (as a banner, under a label): no section of its own
            }
            if (hasSubReports) {
                Optional<String> place = subReportTitles.placeIn(p);
                if (place.isPresent()) {
                    current.emitTo(sections);
                    subReport++;
                    subReportHeading = p.strip();
                    subReports.add(new SubReportDraft(subReport, subReportHeading, place.get(), ""));
                    subReportTexts.add(new StringBuilder());
                    open.clear();
                    current = new Builder("", null, base(title, subReportHeading), subReport, null);
                    subtitleAllowed = false;
                    continue;
                }
                if (subReport >= 0) {
                    subReportTexts.get(subReport).append(p).append('\n');
                }
            }
            boolean last = i == paragraphs.size() - 1;
            Optional<HeadingMatch> match = headings.recognize(p, hints, last);
            if (match.isPresent() && subtitleAllowed && current.isEmpty()
                    && (match.get().kind() == HeadingKind.STANDALONE || match.get().kind() == HeadingKind.QUOTED)) {
                match = Optional.empty(); // the subtitle of a quoted heading
            }
            if (match.isEmpty()) {
                current.add(p);
                subtitleAllowed = false;
                continue;
            }
            HeadingMatch heading = match.get();
            String headingText = heading.heading();
            String rest = heading.rest();
            if (rest.isEmpty() && ENDS_WITH_COMMA.matcher(p.strip()).find() && i + 1 < paragraphs.size()
                    && isNumbered(heading.kind())) {
                String next = paragraphs.get(i + 1);
                String continuation = headingContinuation(next);
                if (continuation != null && headings.recognize(next, hints, false).isEmpty()) {
                    String comma = p.strip().endsWith("，") ? "，" : ",";
                    headingText = HeadingRecognizer.trimHeading(p.strip()) + comma + continuation;
                    rest = next.substring(continuation.length()).replaceFirst("^[，,、]", "").strip();
                    i++;
                    if (hasSubReports && subReport >= 0) {
                        subReportTexts.get(subReport).append(next).append('\n');
                    }
                }
            }
            current.emitTo(sections);
            while (!open.isEmpty() && open.peekLast().kind.depth() >= heading.kind().depth()) {
                open.removeLast();
            }
            open.addLast(new Open(heading.kind(), headingText));
            List<String> path = base(title, subReportHeading);
            String yearPart = null;
            for (Open o : open) {
                path.add(o.heading);
                if (o.kind == HeadingKind.YEAR_PART) {
                    yearPart = o.heading;
                }
            }
            current = new Builder(headingText, heading.kind(), path, subReport, yearPart);
            if (!rest.isEmpty()) {
                current.add(rest);
            }
            subtitleAllowed = heading.kind() == HeadingKind.QUOTED || heading.kind() == HeadingKind.BRACKETED
                    || heading.kind() == HeadingKind.PART;
        }
        current.emitTo(sections);

        int firstPart = firstYearPart(sections);
        String leadingPart = leadingYearPart(title, sections, firstPart);
        List<SectionDraft> ordered = new ArrayList<>();
        Iterator<SectionDraft> it = sections.iterator();
        for (int order = 0; it.hasNext(); order++) {
            SectionDraft s = it.next();
            String yearPart = leadingPart != null && order < firstPart && s.subReport() == sections.get(firstPart).subReport()
                    ? leadingPart : s.yearPart();
            ordered.add(new SectionDraft(order, s.heading(), s.kind(), s.headingPath(), s.text(), s.subReport(), yearPart));
        }
        List<SubReportDraft> withText = new ArrayList<>();
        for (SubReportDraft d : subReports) {
            withText.add(new SubReportDraft(d.index(), d.heading(), d.place(), subReportTexts.get(d.index()).toString().strip()));
        }
        return new SplitDocument(withText, ordered);
    }

    /** The letters and digits of a line, for telling a repeated title whatever its marks and spacing. */
    static String words(String line) {
        return line == null ? "" : NOT_WORD.matcher(line).replaceAll("");
    }

    /** A short line that is the title again, maybe with a site's short suffix (范文, .doc). */
    static boolean repeatsTitle(String paragraph, String titleWords) {
        if (titleWords.length() < MIN_REPEATED_TITLE || paragraph.length() > MAX_REPEATED_TITLE) {
            return false;
        }
        String w = words(paragraph);
        return w.startsWith(titleWords) && w.length() - titleWords.length() <= TITLE_SUFFIX;
    }

    /** The index of the first section under a year-part heading, or -1. */
    private static int firstYearPart(List<SectionDraft> sections) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).yearPart() != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The year part that headed sections before the first year-part heading belong to, when the page
     * leaves its heading out but the title names it just before the first one found: under
     * "2015年工作总结及2016年工作计划", headings 一、…五、 before "二〇一六年工作计划" review 2015. Null otherwise.
     */
    private static String leadingYearPart(String title, List<SectionDraft> sections, int firstPart) {
        if (firstPart <= 0 || sections.subList(0, firstPart).stream().allMatch(s -> s.kind() == null)) {
            return null;
        }
        List<String> named = YearHeadings.partsIn(title);
        OptionalInt first = YearHeadings.yearOf(sections.get(firstPart).yearPart());
        for (int k = 1; k < named.size() && first.isPresent(); k++) {
            OptionalInt before = YearHeadings.yearOf(named.get(k - 1));
            if (YearHeadings.yearOf(named.get(k)).equals(first) && before.isPresent() && !before.equals(first)) {
                return named.get(k - 1);
            }
        }
        return null;
    }

    private static boolean isNumbered(HeadingKind kind) {
        return kind == HeadingKind.CHINESE_NUMBERED || kind == HeadingKind.PARENTHESISED_CHINESE
                || kind == HeadingKind.ARABIC_NUMBERED || kind == HeadingKind.PARENTHESISED_ARABIC;
    }

    /** The clause of {@code next} that completes a heading broken after its comma, or null. */
    static String headingContinuation(String next) {
        Matcher half = HEADING_SECOND_HALF.matcher(next);
        if (half.find()) {
            return half.group();
        }
        Matcher clause = FIRST_CLAUSE.matcher(next);
        return clause.find() ? clause.group() : null;
    }

    private static List<String> base(String title, String subReportHeading) {
        List<String> path = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            path.add(title);
        }
        if (subReportHeading != null) {
            path.add(subReportHeading);
        }
        return path;
    }

    private record Open(HeadingKind kind, String heading) {
    }

    /** The section being filled. */
    private static final class Builder {
        private final String heading;
        private final HeadingKind kind;
        private final List<String> path;
        private final int subReport;
        private final String yearPart;
        private final List<String> paragraphs = new ArrayList<>();

        Builder(String heading, HeadingKind kind, List<String> path, int subReport, String yearPart) {
            this.heading = heading;
            this.kind = kind;
            this.path = path;
            this.subReport = subReport;
            this.yearPart = yearPart;
        }

        void add(String paragraph) {
            paragraphs.add(paragraph);
        }

        boolean isEmpty() {
            return paragraphs.isEmpty();
        }

        /** Headed sections always count; untitled text only when there is some. */
        void emitTo(List<SectionDraft> sections) {
            if (kind == null && paragraphs.isEmpty()) {
                return;
            }
            sections.add(new SectionDraft(sections.size(), heading, kind, path, String.join("\n", paragraphs), subReport, yearPart));
        }
    }
}
