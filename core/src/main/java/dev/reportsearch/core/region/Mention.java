package dev.reportsearch.core.region;

import dev.reportsearch.core.model.Region;
import java.util.List;

/**
 * A region name or short form found in a text.
 *
 * @param surface the text matched (延边州, 苍南, 鼓楼区)
 * @param start   offset of its first char in the text
 * @param end     offset just past its last char
 * @param regions every region the surface can stand for, most likely first (full names before
 *                short forms, then higher levels); several where the name is shared (鼓楼区)
 */
public record Mention(String surface, int start, int end, List<Region> regions) {
    public Mention {
        regions = List.copyOf(regions);
    }

    /** True when the surface is the region's full name rather than a short form of it. */
    public boolean isFullNameOf(Region region) {
        return region.name().equals(surface);
    }

    /** True when the surface stands for exactly one region. */
    public boolean isUnambiguous() {
        return regions.size() == 1;
    }
}
