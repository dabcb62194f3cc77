package dev.reportsearch.core.region;

import java.util.List;

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

    private TownshipNames() {
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
