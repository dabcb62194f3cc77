package dev.reportsearch.core.region;

import java.util.List;

/**
 * How a township's name may be written besides its official form. A 街道 is run by a 街道办事处,
 * and pages and the statistics data use either: 双岗街道 and 双岗街道办事处 are one place.
 */
final class TownshipNames {
    private static final String STREET = "街道";
    private static final String OFFICE = "办事处";

    private TownshipNames() {
    }

    /** The key a written name is looked up under: 双岗街道办事处 → 双岗街道; other names as they are. */
    static String key(String written) {
        return written.endsWith(STREET + OFFICE) ? written.substring(0, written.length() - OFFICE.length()) : written;
    }

    /**
     * The forms to find in text for an official name. Text that writes 双岗街道办事处 already holds
     * 双岗街道, so only an official name ending in 街道办事处 needs its short 街道 form added.
     */
    static List<String> surfaces(String officialName) {
        String key = key(officialName);
        return key.equals(officialName) ? List.of(officialName) : List.of(officialName, key);
    }
}
