package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;
import dev.reportsearch.core.text.LongestMatchDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Special names of regions from region-aliases.tsv (兵团第一师 is 阿拉尔市), found in text as mentions. */
final class RegionAliases {
    private static final String RESOURCE = "/dev/reportsearch/indexer/classify/region-aliases.tsv";

    private final LongestMatchDictionary<List<Region>> names;

    private RegionAliases(Map<String, List<Region>> names) {
        this.names = new LongestMatchDictionary<>(names);
    }

    static RegionAliases standard(Gazetteer gazetteer) {
        Map<String, List<Region>> names = new HashMap<>();
        for (ResourceLine line : ResourceFile.lines(RegionAliases.class, RESOURCE)) {
            String[] cols = line.columns(2);
            names.put(cols[0], List.of(gazetteer.byCode(cols[1]).orElseThrow(() -> line.error("unknown code " + cols[1]))));
        }
        return new RegionAliases(names);
    }

    /** The alias mentions in the text. Their surface is not a full name, so they weigh as short forms. */
    List<Mention> find(String text) {
        return names.scan(text).stream().map(m -> new Mention(m.word(), m.start(), m.end(), m.value())).toList();
    }

    /**
     * Mentions from several scans as one list in text order, leftmost-longest: a mention overlapping a
     * longer one (北京 inside 北京城市副中心) is dropped.
     */
    static List<Mention> merge(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            Mention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.end() > m.start()) {
                if (m.end() - m.start() <= last.end() - last.start()) {
                    continue;
                }
                kept.remove(kept.size() - 1);
                last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            }
            if (last == null || last.end() <= m.start()) {
                kept.add(m);
            }
        }
        return kept;
    }
}
