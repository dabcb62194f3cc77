package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.regex.FastPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Site-chrome patterns (copyright lines, ICP numbers, 上一篇/下一篇, 分享到, visit counters, ...) loaded
 * from {@code boilerplate.txt}: whole lines to drop, and fragments to delete from any line.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateRules {
    static final String RESOURCE = "/dev/reportsearch/indexer/clean/boilerplate.txt";
    /** Lines longer than this are prose, never dropped whole. */
    static final int MAX_CHROME_LINE = 120;

    private final List<FastPattern> linePatterns;
    private final List<FastPattern> inlinePatterns;

    public BoilerplateRules(List<Pattern> linePatterns, List<Pattern> inlinePatterns) {
        // Every line meets every rule: each is tried only where its first char stands.
        this.linePatterns = linePatterns.stream().map(FastPattern::of).toList();
        this.inlinePatterns = inlinePatterns.stream().map(FastPattern::of).toList();
    }

    public static BoilerplateRules standard() {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> inline = new ArrayList<>();
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
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
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected '<kind> <regex>'");
                }
                Pattern pattern = Pattern.compile(kindAndRegex[1].strip());
                switch (kindAndRegex[0]) {
                    case "line" -> lines.add(pattern);
                    case "inline" -> inline.add(pattern);
                    default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown kind " + kindAndRegex[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BoilerplateRules(lines, inline);
    }

    /** True when the whole line is chrome. */
    public boolean isChromeLine(String line) {
        if (line.length() > MAX_CHROME_LINE) {
            return false;
        }
        for (FastPattern p : linePatterns) {
            if (p.foundIn(line)) {
                return true;
            }
        }
        return false;
    }

    /** The line without chrome fragments, or empty when nothing but chrome is left. */
    public Optional<String> strip(String line) {
        if (isChromeLine(line)) {
            return Optional.empty();
        }
        String stripped = line;
        for (FastPattern p : inlinePatterns) {
            stripped = p.replaceAll(stripped, "");
        }
        stripped = stripped.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
