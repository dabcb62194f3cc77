package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * County names with one character mistyped, as typists and input methods leave them (溗泗县 for 嵊泗县): a name of three
 * or four characters ending in its kind that the gazetteer does not know, but that differs in one character before the
 * kind from exactly one county's full name. Any character before 泗县 would make a 嵊泗县 so, so such a name counts only
 * where the text also names a township of that county (黄龙乡 of 嵊泗县).
 */
final class MistypedCounties {
    private static final char MASK = '?';
    private static final String KINDS = "县区市旗";
    private static final int SHORTEST = 3;
    private static final int LONGEST = 4;
    /** Words of one character that stand before a name, never a mistyped part of it (在泗县 is no 嵊泗县). */
    private static final String WORDS_BEFORE = "在和与及由向从受经到赴于对为是把被将给共同";

    /** Counties by their full name with one character before the kind masked (?泗县, 嵊?县). */
    private final Map<String, List<Region>> byMask;
    private final Set<String> names;

    private MistypedCounties(Map<String, List<Region>> byMask, Set<String> names) {
        this.byMask = byMask;
        this.names = names;
    }

    /** Built once for the bundled gazetteer. */
    private static final class Standard {
        static final MistypedCounties INSTANCE = build(Gazetteer.standard());
    }

    static MistypedCounties of(Gazetteer gazetteer) {
        return gazetteer == Gazetteer.standard() ? Standard.INSTANCE : build(gazetteer);
    }

    private static MistypedCounties build(Gazetteer gazetteer) {
        Map<String, List<Region>> byMask = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<Region> level = new ArrayList<>();
        for (int i = 11; i <= 82; i++) {
            gazetteer.byCode(i + "0000").ifPresent(level::add);
        }
        while (!level.isEmpty()) {
            List<Region> next = new ArrayList<>();
            for (Region region : level) {
                if (region.level() == RegionLevel.TOWNSHIP) {
                    continue;
                }
                names.add(region.name());
                String name = region.name();
                if (region.level() == RegionLevel.COUNTY && name.length() >= SHORTEST && name.length() <= LONGEST) {
                    for (int at = 0; at < name.length() - 1; at++) {
                        byMask.computeIfAbsent(masked(name, at), k -> new ArrayList<>()).add(region);
                    }
                }
                next.addAll(gazetteer.children(region));
            }
            level = next;
        }
        return new MistypedCounties(byMask, names);
    }

    private static String masked(String name, int at) {
        return name.substring(0, at) + MASK + name.substring(at + 1);
    }

    /**
     * The mistyped county names in a folded text, each standing for the one county it misspells, where that county
     * holds one of {@code townshipCounties} (the codes of the counties of the townships the evidence names).
     */
    List<Mention> find(String text, Set<String> townshipCounties) {
        List<Mention> found = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            if (KINDS.indexOf(text.charAt(end - 1)) < 0) {
                continue;
            }
            for (int length = SHORTEST; length <= LONGEST && end - length >= 0; length++) {
                String written = text.substring(end - length, end);
                if (names.contains(written) || !written.codePoints().allMatch(Character::isIdeographic)
                        || WORDS_BEFORE.indexOf(written.charAt(0)) >= 0) {
                    continue;
                }
                Set<Region> meant = new HashSet<>();
                for (int at = 0; at < length - 1; at++) {
                    meant.addAll(byMask.getOrDefault(masked(written, at), List.of()));
                }
                if (meant.size() == 1 && townshipCounties.contains(meant.iterator().next().code())) {
                    found.add(new Mention(written, end - length, end, List.copyOf(meant)));
                }
            }
        }
        return found;
    }
}
