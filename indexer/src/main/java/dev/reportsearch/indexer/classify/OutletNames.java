package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * A place's outlet under a name that is also an ordinary word, which the gazetteer leaves out of running text
 * (通道 of 通道侗族自治县, 平和 of 平和县): right before an outlet word (通道融媒, 《平和网》) and where a name begins (a line's
 * start, 《, a colon, a space), the word is the outlet's place.
 */
final class OutletNames {
    /** The longest short form tried before an outlet word. */
    private static final int LONGEST = 4;
    private static final int SHORTEST = 2;
    /** What stands right before a name that begins an outlet's: a line break, a space, a title mark or a label's colon. */
    private static final String NAME_START = "\n \t《“\":|>";

    private OutletNames() {
    }

    /** The outlets' places in a folded text, county level and above, where no other name is found (merge drops those). */
    static List<Mention> find(String text, Gazetteer gazetteer, RegionCues cues) {
        List<Mention> found = new ArrayList<>();
        for (String outlet : cues.media()) {
            for (int at = text.indexOf(outlet); at >= 0; at = text.indexOf(outlet, at + 1)) {
                for (int length = SHORTEST; length <= LONGEST && at - length >= 0; length++) {
                    int start = at - length;
                    if (start > 0 && NAME_START.indexOf(text.charAt(start - 1)) < 0) {
                        continue;
                    }
                    List<Region> places = gazetteer.byName(text.substring(start, at)).stream()
                            .filter(r -> r.level() != RegionLevel.TOWNSHIP).toList();
                    if (!places.isEmpty()) {
                        found.add(new Mention(text.substring(start, at), start, at, places));
                    }
                }
            }
        }
        return found;
    }
}
