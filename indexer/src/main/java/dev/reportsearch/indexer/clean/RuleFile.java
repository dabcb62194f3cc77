package dev.reportsearch.indexer.clean;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule resource of this package: one rule a line, "&lt;kind&gt; &lt;regex&gt;" (a Java regex), blank
 * lines and "#" comments skipped. The kinds a file may use are given by its reader, so a typo fails at
 * start-up rather than silently matching nothing.
 */
final class RuleFile {
    private RuleFile() {
    }

    /** The patterns of each kind, in file order; every allowed kind is present (maybe empty). */
    static Map<String, List<Pattern>> read(String resource, Set<String> kinds) {
        Map<String, List<Pattern>> rules = new LinkedHashMap<>();
        kinds.forEach(k -> rules.put(k, new ArrayList<>()));
        for (ResourceLine line : ResourceFile.lines(RuleFile.class, resource)) {
            String[] kindAndRegex = line.text().strip().split("\\s+", 2);
            if (kindAndRegex.length != 2) {
                throw line.error("expected '<kind> <regex>'");
            }
            List<Pattern> ofKind = rules.get(kindAndRegex[0]);
            if (ofKind == null) {
                throw line.error("unknown kind " + kindAndRegex[0]);
            }
            ofKind.add(Pattern.compile(kindAndRegex[1].strip()));
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(rules);
    }
}
