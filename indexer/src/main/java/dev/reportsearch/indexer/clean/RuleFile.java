package dev.reportsearch.indexer.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                String[] kindAndRegex = rule.split("\\s+", 2);
                if (kindAndRegex.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected '<kind> <regex>'");
                }
                List<Pattern> ofKind = rules.get(kindAndRegex[0]);
                if (ofKind == null) {
                    throw new IllegalStateException(resource + ":" + number + ": unknown kind " + kindAndRegex[0]);
                }
                ofKind.add(Pattern.compile(kindAndRegex[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(rules);
    }
}
