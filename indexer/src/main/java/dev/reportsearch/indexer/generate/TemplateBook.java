package dev.reportsearch.indexer.generate;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The blocks of templates.txt, compiled: block name to its alternatives. */
final class TemplateBook {
    private static final String HEADING_PREFIX = "heading.";

    private final Map<String, List<Template>> blocks;
    private final List<String> themes;

    private TemplateBook(Map<String, List<Template>> blocks) {
        this.blocks = blocks;
        List<String> found = new ArrayList<>();
        for (String name : blocks.keySet()) {
            if (name.startsWith(HEADING_PREFIX)) {
                String theme = name.substring(HEADING_PREFIX.length());
                if (!blocks.containsKey("sentence." + theme)) {
                    throw new IllegalStateException("theme " + theme + " has headings but no [sentence." + theme + "]");
                }
                found.add(theme);
            }
        }
        this.themes = List.copyOf(found);
    }

    static TemplateBook load(String resource) {
        Map<String, List<Template>> blocks = new LinkedHashMap<>();
        List<Template> current = null;
        for (ResourceLine line : ResourceFile.lines(TemplateBook.class, resource)) {
            String s = line.text().strip();
            if (s.startsWith("[") && s.endsWith("]")) {
                current = blocks.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw line.error("template before any [block]");
            } else {
                current.add(Template.compile(s));
            }
        }
        blocks.replaceAll((k, v) -> List.copyOf(v));
        return new TemplateBook(blocks);
    }

    List<String> themes() {
        return themes;
    }

    List<Template> block(String name) {
        List<Template> block = blocks.get(name);
        if (block == null || block.isEmpty()) {
            throw new IllegalArgumentException("no template block [" + name + "]");
        }
        return block;
    }

    Template pick(String name, SplittableRandom random) {
        List<Template> block = block(name);
        return block.get(random.nextInt(block.size()));
    }
}
