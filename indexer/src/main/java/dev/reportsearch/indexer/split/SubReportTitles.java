package dev.reportsearch.indexer.split;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the title line of a report inside a page that holds several: a line naming a regional
 * Women's Federation and a report ("五年转盼,同心筑梦——石狮市妇联五年工作回顾", "晋江市妇联2022年工作报告").
 *
 * <p>Stateless and thread-safe.
 */
public final class SubReportTitles {
    static final int MAX_LENGTH = 60;
    private static final Pattern TITLE = Pattern.compile(
            "(?:^|——|—|－－|--|\\s|[:：,，])\\s*(\\p{IsHan}{1,10}?(?:省|市|县|縣|区|區|州|旗|盟))"
                    + "(?:妇联|妇女联合会|婦聯|婦女聯合會)"
                    + "[\\p{IsHan}0-9〇]{0,10}?(?:工作回顾|工作回顧|工作报告|工作報告|工作综述|工作綜述|工作总结|工作總結|工作纪实|工作紀實)\\s*$");
    private static final Pattern CLOSING = Pattern.compile("[。！!？?；;：:]$");

    public SubReportTitles() {
    }

    /** The place named in the title ("石狮市"), when {@code line} is a sub-report's title. */
    public Optional<String> placeIn(String line) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH || CLOSING.matcher(s).find()) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public boolean isTitle(String line) {
        return placeIn(line).isPresent();
    }
}
