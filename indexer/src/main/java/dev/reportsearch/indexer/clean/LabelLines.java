package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a field label left alone on its line with the value on the next line, as pages laid out in
 * table cells come out of a converter ("来源：" / "四川日报", "时间：" / "2026-02-02 09:20", "责任编辑：" /
 * "李莎莎", "编者按:" / the note), so that the metadata reader and the chrome rules see the field whole.
 *
 * <p>Immutable and thread-safe.
 */
public final class LabelLines {
    /** A value is short: a name, a date, a time. */
    static final int MAX_VALUE = 24;
    /** A date or time label's value holds a digit; a line without one is what follows an empty label. */
    private static final Pattern DATE_LABEL = Pattern.compile("(时间|時間|日期)\\s*[:：]$");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９〇零一二三四五六七八九]");
    /** A heading's number: the line after an empty label is the report going on. */
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．])");
    private static final String LABELS = "(来源|來源|稿源|信息来源|信息來源|时间|時間|日期|发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發佈日期|發布日期"
                    + "|更新时间|更新時間|责任编辑|責任編輯|编辑|編輯|作者|审核|審核"
            // government disclosure fields (政务公开 pages), written with spaces at times: 索 引 号：
            + "|索\\s*引\\s*号|發\\s*布\\s*機\\s*構|发\\s*布\\s*机\\s*构|生\\s*成\\s*日\\s*期|文\\s*号|主\\s*题\\s*分\\s*类"
            + "|成\\s*文\\s*日\\s*期|公\\s*开\\s*方\\s*式|有\\s*效\\s*性|关\\s*键\\s*词)\\s*[:：]";
    private static final Pattern LABEL = Pattern.compile("^" + LABELS + "$");
    /** A line that starts with a label holds its own value: it is none. */
    private static final Pattern LABELLED = Pattern.compile("^" + LABELS);
    /** An editor's note label (编者按:) or a title field (标 题:) takes the next line whatever it is: the note, the headline. */
    private static final Pattern NOTE_LABEL = Pattern.compile("^[(（]?\\s*(编者按|編者按|标\\s*题|標\\s*題)\\s*[:：]$");

    private final HeadlineRules headlines;

    public LabelLines(HeadlineRules headlines) {
        this.headlines = headlines;
    }

    public List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean note = NOTE_LABEL.matcher(line.strip()).matches();
            if (i + 1 < lines.size() && (note || isLabel(line) && isValueOf(line, lines.get(i + 1)))) {
                out.add(line + lines.get(i + 1));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Whether the next line is the label's value, not what follows an empty label: short, no label of
     * its own, no heading number, no headline naming a document kind (来源： / 2026年某省政府工作报告),
     * and a digit in a date's value.
     */
    private boolean isValueOf(String label, String next) {
        String value = next.strip();
        return value.length() <= MAX_VALUE && !LABELLED.matcher(value).find() && !NUMBERED.matcher(value).find()
                && !headlines.endsInKind(value) && (!DATE_LABEL.matcher(label.strip()).find() || DIGIT.matcher(value).find());
    }

    /** A field line: it starts with a known label (来源：…, 发布机构：…), so it is no headline. */
    static boolean isField(String line) {
        return LABELLED.matcher(line.strip()).find();
    }

    static boolean isLabel(String line) {
        return LABEL.matcher(line.strip()).matches();
    }
}
