package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a report speaks of its own area without naming it: framing words per kind of region
 * (全县, 我镇, 县妇联, 街道党工委: the kind is the region word in it) and the kinds of the superior bodies it
 * names by kind alone (在区关工委的指导下: a 区).
 *
 * @param shares    share of the framing words per kind, e.g. {县=0.9, 市=0.1}
 * @param superiors the kinds (区, 县, 市, 旗) of the superior bodies named without a name
 */
record RegionFraming(Map<Character, Double> shares, String superiors) {
    /** The share of framing words that makes the report speak mostly as one kind. */
    private static final double MOSTLY = 0.5;
    /** Framing kinds of townships: 镇, 乡 and 街道 (whose last character is 道). */
    private static final String TOWNSHIP_KINDS = "镇乡道";
    /** Kinds of county-level superiors a township report names by kind alone (区关工委, 县委). */
    private static final String SUPERIOR_KINDS = "区县市旗";
    /** Characters before such a kind that show no name precedes it (在区关工委, 和县委). */
    private static final String NAMELESS_BEFORE = "在和与及由向从受经";

    /** The characters that say a region's kind in a framing word (全县, 镇党委, 街道妇联: 县, 镇, 道). */
    private static final String FRAMING_KINDS = "省市州县区旗镇乡道";

    /** 区委, 县委: the party committee, named by the kind and 委 alone. */
    private static final String PARTY_COMMITTEE = "委";

    RegionFraming {
        shares = Map.copyOf(shares);
    }

    /** The framing of a folded text. */
    static RegionFraming read(String text, RegionCues cues) {
        return new RegionFraming(shares(text, cues), superiorKinds(text, cues));
    }

    /** The kind of region a name says it is: its last character (黄岩区 → 区). */
    static char kindOf(String name) {
        return name.charAt(name.length() - 1);
    }

    /**
     * The kind a framing word speaks as: its region character, not its last one (县妇联 → 县, 镇党委 → 镇,
     * 街道党工委 → 道), so a 街道 report's 街道妇联 frames it as a 街道.
     */
    static char framingKind(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (FRAMING_KINDS.indexOf(word.charAt(i)) >= 0) {
                return word.charAt(i);
            }
        }
        return kindOf(word);
    }

    double share(Region region) {
        return shares.getOrDefault(kindOf(region.name()), 0.0);
    }

    /** A county's report names its townships: the report speaks mostly as a region of the township's county's kind (全县, 县妇联 for a 县). */
    boolean speaksAsCountyOf(Region township) {
        List<String> path = township.path();
        return path.size() >= 2 && shares.getOrDefault(kindOf(path.get(path.size() - 2)), 0.0) >= MOSTLY;
    }

    /** True when the report speaks mostly as a township (我镇, 全镇, 镇党委), not as a county naming its 乡镇. */
    boolean speaksAsTownship() {
        double township = TOWNSHIP_KINDS.chars().mapToDouble(kind -> shares.getOrDefault((char) kind, 0.0)).sum();
        return township > 0 && township >= 1 - township;
    }

    /** True when the report speaks mostly as a township and as one of this township's kind (我镇 for a 镇, 街道党工委 for a 街道). */
    boolean speaksAs(Region township) {
        return speaksAsTownship() && share(township) > 0;
    }

    /** True when the region's county is of a kind the report names as its superior (屿头乡 of 黄岩区 under 区关工委). */
    boolean superiorMatches(Region township) {
        return superiors.indexOf(kindOf(township.path().get(township.path().size() - 2))) >= 0;
    }

    private static Map<Character, Double> shares(String text, RegionCues cues) {
        Map<Character, Integer> counts = new HashMap<>();
        int total = 0;
        for (String word : cues.framing()) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                counts.merge(framingKind(word), 1, Integer::sum);
                total++;
            }
        }
        Map<Character, Double> shares = new HashMap<>();
        int all = total;
        counts.forEach((kind, n) -> shares.put(kind, n / (double) all));
        return shares;
    }

    private static String superiorKinds(String text, RegionCues cues) {
        StringBuilder kinds = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char kind = text.charAt(i);
            if (SUPERIOR_KINDS.indexOf(kind) >= 0 && kinds.indexOf(String.valueOf(kind)) < 0
                    && (i == 0 || !Character.isIdeographic(text.charAt(i - 1)) || NAMELESS_BEFORE.indexOf(text.charAt(i - 1)) >= 0)
                    && (text.startsWith(PARTY_COMMITTEE, i + 1) || cues.startsWithAny(cues.organisation(), text, i + 1))) {
                kinds.append(kind);
            }
        }
        return kinds.toString();
    }
}
