package dev.reportsearch.core.region;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How township names are written and which of them a text scan looks for.
 *
 * <p>A 街道 is run by a 街道办事处, and pages and the statistics data use either: 双岗街道 and
 * 双岗街道办事处 are one place. The scan looks only for names that end in an administrative
 * suffix (镇, 乡, 街道, 苏木…): the data also names farms and zones (现代农业产业园, 种畜场,
 * 化工园区), which in report text are ordinary words; they still resolve when looked up.
 */
final class TownshipNames {
    private static final String STREET = "街道";
    private static final String OFFICE = "办事处";
    /** Suffixes of the township-level divisions; 民族乡 and 民族苏木 end in 乡 and 苏木. */
    private static final List<String> ADMINISTRATIVE = List.of("镇", "乡", STREET, "苏木", OFFICE, "区公所");

    /**
     * An ethnic township's name: a stem, the peoples it is named for (each ending in 族), its kind. Pages write it by
     * its stem and kind (杨柳白族彝族乡 as 杨柳乡, 甜水满族乡 as 甜水乡).
     */
    private static final Pattern ETHNIC = Pattern.compile("(\\p{IsHan}{2,}?)(?:\\p{IsHan}{1,4}族){1,3}(乡|镇|苏木)");
    /** Shortest rest of a name that still names a township on its own when the county's name before it is left out. */
    private static final int MIN_UNPREFIXED = 3;

    private TownshipNames() {
    }

    /**
     * Further ways pages write an official name, each looked up as the name itself: without its county's name
     * before it (郑州经济技术开发区明湖街道 as 明湖街道, 沙雅县哈德墩镇 as 哈德墩镇), an ethnic township by its stem
     * (杨柳白族彝族乡 as 杨柳乡), and a 街道 by its office (明湖街道 as 明湖办事处). Names repeat across China: these
     * forms, like the names, count only where the text places them.
     */
    static List<String> writtenForms(String officialName, String countyName) {
        Set<String> bases = new LinkedHashSet<>();
        String name = key(officialName);
        bases.add(name);
        if (countyName != null && !countyName.isEmpty() && name.startsWith(countyName)
                && name.length() - countyName.length() >= MIN_UNPREFIXED && !surfaces(name.substring(countyName.length())).isEmpty()) {
            bases.add(name.substring(countyName.length()));
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String base : bases) {
            forms.add(base);
            Matcher ethnic = ETHNIC.matcher(base);
            if (ethnic.matches()) {
                forms.add(ethnic.group(1) + ethnic.group(2));
            }
        }
        for (String form : List.copyOf(forms)) {
            if (form.endsWith(STREET) && form.length() - STREET.length() >= 2) { // not a zone's bare 街道 (办事处 alone is no name)
                forms.add(form.substring(0, form.length() - STREET.length()) + OFFICE);
            }
        }
        forms.remove(name);
        return List.copyOf(forms);
    }

    /** The key a written name is looked up under: 双岗街道办事处 → 双岗街道; other names as they are. */
    static String key(String written) {
        return written.endsWith(STREET + OFFICE) ? written.substring(0, written.length() - OFFICE.length()) : written;
    }

    /**
     * The forms to find in text for an official name: none for a farm or zone, else the name, and
     * for a name ending in 街道办事处 its 街道 form too (text that writes 双岗街道办事处 already holds
     * 双岗街道).
     */
    static List<String> surfaces(String officialName) {
        if (ADMINISTRATIVE.stream().noneMatch(officialName::endsWith)) {
            return List.of();
        }
        String key = key(officialName);
        return key.equals(officialName) ? List.of(officialName) : List.of(officialName, key);
    }

    /**
     * True when a name found at [start, end) of the text runs on into a word: a 乡 followed by 村
     * is 乡村 (发展乡村, 振兴乡村 hold no 发展乡 or 振兴乡).
     */
    static boolean runsOn(String text, int end, String surface) {
        return surface.endsWith("乡") && end < text.length() && text.charAt(end) == '村';
    }
}
