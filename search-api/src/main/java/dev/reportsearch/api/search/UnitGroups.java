package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.model.Figure;

/**
 * Units a reader counts together ({@code unit-groups.tsv}): 人, 名 and 位 are people; 万元 means 元, as
 * money is indexed in 元. A unit filter keeps figures of any unit of its group, and the unit facet counts
 * the group as one entry.
 */
public final class UnitGroups {
    static final String RESOURCE = "unit-groups.tsv";
    private static final UnitGroups STANDARD = new UnitGroups(ResourceFile.texts(UnitGroups.class, RESOURCE));

    /** Group by unit, for every unit listed; each group lists its own key first. */
    private final Map<String, List<String>> groupOf;

    UnitGroups(List<String> lines) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t+");
            if (f.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected 'group<TAB>units' in: " + line);
            }
            Set<String> units = new LinkedHashSet<>();
            units.add(Figure.unitKey(f[0]));
            for (String u : f[1].strip().split("\\s+")) {
                units.add(Figure.unitKey(u));
            }
            List<String> group = List.copyOf(units);
            for (String u : group) {
                if (map.put(u, group) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + u + " is in two groups");
                }
            }
        }
        this.groupOf = Map.copyOf(map);
    }

    public static UnitGroups standard() {
        return STANDARD;
    }

    /** The group a unit is counted in, named by its first unit; the unit itself when listed nowhere. */
    public String key(String unit) {
        return group(unit).get(0);
    }

    /** Every unit counted with this one, itself included. */
    public List<String> group(String unit) {
        String u = Figure.unitKey(unit);
        return groupOf.getOrDefault(u, List.of(u));
    }

    /** The units a filter on {@code typed} keeps: each typed unit's whole group, each unit once. */
    public List<String> expand(List<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        typed.forEach(u -> out.addAll(group(u)));
        return new ArrayList<>(out);
    }

    /** The groups of more than one unit, by key: the facet counts documents in any of their units exactly. */
    public Map<String, List<String>> multiUnitGroups() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        groupOf.values().forEach(g -> out.putIfAbsent(g.get(0), g));
        return out;
    }
}
