package dev.reportsearch.indexer.split;

import dev.reportsearch.indexer.classify.YearHeadings;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a paragraph is (or starts with) a heading: numbered (一、 / (一) / （一） / 1、 / 1. / (1)),
 * year parts (二〇一三年工作回顾), 【…】, PART.01, a quoted line (“巾帼建功行动”), a short standalone line
 * without closing punctuation, a markup heading hint, or a short first sentence glued to its paragraph.
 * "一是…二是…" points are not headings. Both ASCII and full-width punctuation are accepted.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeadingRecognizer {
    static final int MAX_STANDALONE = 40;
    static final int MAX_NUMBERED = 60;
    static final int MAX_RUN_IN = 22;
    static final int MIN_RUN_IN_BODY = 20;

    private static final Pattern CHINESE_NUMBERED = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、.．](?![0-9])");
    private static final Pattern PARENTHESISED_CHINESE = Pattern.compile("^[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]");
    private static final Pattern ARABIC_NUMBERED = Pattern.compile("^[0-9０-９]{1,2}\\s*(?:[、]|[.．](?![0-9０-９]))");
    private static final Pattern PARENTHESISED_ARABIC = Pattern.compile("^[(（]\\s*[0-9０-９]{1,2}\\s*[)）]");
    private static final Pattern BRACKETED = Pattern.compile("^【([^】]{1,40})】\\s*(.*)$");
    private static final Pattern PART = Pattern.compile("^(?i)(part\\s*[.．]?\\s*[0-9０-９]{1,2})\\s*[:：.、]?\\s*(.*)$");
    private static final Pattern QUOTED = Pattern.compile("^[“\"]([^”\"]{2,30})[”\"]\\s*[,，、]?$");
    private static final Pattern POINT = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|同时|此外|另外)");
    private static final Pattern CLOSING = Pattern.compile("[。！!？?；;:：…][”’」』)）\"']*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?；;]");
    /**
     * After a heading's number: {@link #SENTENCE_END}, plus the ASCII full stop of pages typed in ASCII
     * punctuation ("(三)推动电商发展.举办..."), but only between words, not in 2.6万 or www.example.cn.
     */
    private static final Pattern NUMBERED_SENTENCE_END = Pattern.compile(
            "[。！!？?；;]|(?<=[\\p{IsHan}”\"」)）])\\.(?=[\\p{IsHan}“\"「(（]|\\s*$)");
    private static final Pattern DATE_ONLY = Pattern.compile("^[0-9０-９〇零一二三四五六七八九十○]{2,4}\\s*年(?:[0-9０-９一二三四五六七八九十]{1,2}\\s*月(?:[0-9０-９一二三四五六七八九十]{1,3}\\s*日)?)?$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,，、;；:：。.．]+$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** Clauses carrying a number: a numbered line like this is a point telling results, not a heading. */
    private static final Pattern CLAUSES_WITH_NUMBER = Pattern.compile("[0-9０-９].*[，,]|[，,].*[0-9０-９]");

    public HeadingRecognizer() {
    }

    /**
     * @param paragraph one cleaned paragraph
     * @param hints     headings the markup marked (h1-h4, bold-only paragraphs)
     * @param last      true for the document's last paragraph (a standalone line there is a signature, not a heading)
     */
    public Optional<HeadingMatch> recognize(String paragraph, Set<String> hints, boolean last) {
        String p = paragraph.strip();
        if (p.isEmpty() || POINT.matcher(p).find()) {
            return Optional.empty();
        }
        if (YearHeadings.yearOf(p).isPresent()) {
            return Optional.of(new HeadingMatch(HeadingKind.YEAR_PART, trimHeading(p), ""));
        }
        Matcher bracketed = BRACKETED.matcher(p);
        if (bracketed.matches()) {
            return Optional.of(new HeadingMatch(HeadingKind.BRACKETED, "【" + bracketed.group(1).strip() + "】", bracketed.group(2).strip()));
        }
        Matcher part = PART.matcher(p);
        if (part.matches() && part.group(2).length() <= MAX_STANDALONE) {
            return Optional.of(new HeadingMatch(HeadingKind.PART, trimHeading(p), ""));
        }
        Matcher chineseNumbered = CHINESE_NUMBERED.matcher(p);
        if (chineseNumbered.find()) {
            return numbered(HeadingKind.CHINESE_NUMBERED, p, chineseNumbered.end());
        }
        Matcher parenthesisedChinese = PARENTHESISED_CHINESE.matcher(p);
        if (parenthesisedChinese.find()) {
            return numbered(HeadingKind.PARENTHESISED_CHINESE, p, parenthesisedChinese.end());
        }
        Matcher arabicNumbered = ARABIC_NUMBERED.matcher(p);
        if (arabicNumbered.find()) {
            return numbered(HeadingKind.ARABIC_NUMBERED, p, arabicNumbered.end());
        }
        Matcher parenthesisedArabic = PARENTHESISED_ARABIC.matcher(p);
        if (parenthesisedArabic.find()) {
            return numbered(HeadingKind.PARENTHESISED_ARABIC, p, parenthesisedArabic.end());
        }
        if (QUOTED.matcher(p).matches()) {
            return Optional.of(new HeadingMatch(HeadingKind.QUOTED, trimHeading(p), ""));
        }
        if (hints.contains(p) && p.length() <= MAX_NUMBERED) {
            return Optional.of(new HeadingMatch(HeadingKind.STANDALONE, trimHeading(p), ""));
        }
        if (!last && isStandalone(p)) {
            return Optional.of(new HeadingMatch(HeadingKind.STANDALONE, trimHeading(p), ""));
        }
        return runIn(p);
    }

    /** A short line with no sentence inside and no closing punctuation: a heading by its look. */
    public static boolean isStandalone(String p) {
        if (p.length() > MAX_STANDALONE || p.length() < 4 || CLOSING.matcher(p).find()) {
            return false;
        }
        String inner = TRAILING.matcher(p).replaceAll("");
        if (SENTENCE_END.matcher(inner).find() || DATE_ONLY.matcher(inner).matches()) {
            return false;
        }
        return HAN.matcher(p).results().count() >= 3;
    }

    /** A numbered heading: the whole line when short, else its first sentence (after the number) with the rest as body. */
    private static Optional<HeadingMatch> numbered(HeadingKind kind, String p, int numberEnd) {
        Matcher end = NUMBERED_SENTENCE_END.matcher(p);
        if (end.find(numberEnd)) {
            if (end.end() == p.length() || TRAILING.matcher(p.substring(end.start())).matches()) {
                // a heading that is one whole sentence on its own line keeps its full stop, as written; a sentence of
                // several clauses with numbers ("一、转移劳动力1682人,其中女性850人。") is a numbered point, not a heading
                if (CLAUSES_WITH_NUMBER.matcher(p.substring(numberEnd)).find()) {
                    return Optional.empty();
                }
                return p.length() <= MAX_NUMBERED ? Optional.of(new HeadingMatch(kind, wholeSentenceHeading(p), "")) : Optional.empty();
            }
            if (end.start() <= MAX_STANDALONE) {
                return Optional.of(new HeadingMatch(kind, trimHeading(p.substring(0, end.start())), p.substring(end.end()).strip()));
            }
            return Optional.empty();
        }
        return p.length() <= MAX_NUMBERED ? Optional.of(new HeadingMatch(kind, trimHeading(p), "")) : Optional.empty();
    }

    /** "发挥大讲堂引领作用。以..." : a short first sentence without figures, followed by a body. */
    private static Optional<HeadingMatch> runIn(String p) {
        int stop = p.indexOf('。');
        if (stop < 4 || stop > MAX_RUN_IN) {
            return Optional.empty();
        }
        String first = p.substring(0, stop);
        String rest = p.substring(stop + 1).strip();
        if (rest.length() < MIN_RUN_IN_BODY || DIGIT.matcher(first).find() || first.startsWith("“") || first.startsWith("\"")
                || first.contains("“") && !first.contains("”") || HAN.matcher(first).results().count() < 4) {
            return Optional.empty();
        }
        return Optional.of(new HeadingMatch(HeadingKind.RUN_IN, trimHeading(first), rest));
    }

    /** A numbered heading that is one sentence: trimmed, but a closing 。 stays ("(一)统筹兼顾科学防疫,筑牢防线不松懈。"). */
    static String wholeSentenceHeading(String heading) {
        String trimmed = trimHeading(heading);
        String s = heading.strip();
        return s.endsWith("。") && s.length() == trimmed.length() + 1 ? s : trimmed;
    }

    static String trimHeading(String heading) {
        return TRAILING.matcher(heading.strip()).replaceAll("");
    }
}
