package dev.reportsearch.core.region;

import dev.reportsearch.core.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Leftmost-longest dictionary scan: names are short (≤ 12 chars), so a char trie beats regexes. */
final class NameTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Region> regions; // non-null where a surface form ends
    }

    private final Node root = new Node();

    void add(String surface, List<Region> regions) {
        Node node = root;
        for (int i = 0; i < surface.length(); i++) {
            node = node.next.computeIfAbsent(surface.charAt(i), c -> new Node());
        }
        node.regions = List.copyOf(regions);
    }

    /** Non-overlapping matches, scanning left to right and taking the longest at each position. */
    List<Mention> scan(String text) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            List<Region> found = null;
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.regions != null) {
                    end = j + 1;
                    found = node.regions;
                }
            }
            if (found == null) {
                i++;
            } else {
                mentions.add(new Mention(text.substring(i, end), i, end, found));
                i = end;
            }
        }
        return mentions;
    }
}
