package dev.reportsearch.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words, each with a value, found in text leftmost-longest and non-overlapping
 * (陇南市西和县 gives 陇南市 and 西和县; 家庭教育 wins over 家庭). A char trie: the scan costs
 * the text length times the longest word, which for region names and cue words is small.
 * Immutable and thread-safe once built.
 */
public final class LongestMatchDictionary<V> {
    /** A word found in the text, at [start, end). */
    public record Match<V>(String word, int start, int end, V value) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value; // non-null where a word ends
    }

    private final Node<V> root = new Node<>();
    private final int size;

    public LongestMatchDictionary(Map<String, V> words) {
        words.forEach(this::add);
        this.size = words.size();
    }

    private void add(String word, V value) {
        if (word.isEmpty() || value == null) {
            throw new IllegalArgumentException("empty word or null value: '" + word + "'");
        }
        Node<V> node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.next.computeIfAbsent(word.charAt(i), c -> new Node<>());
        }
        node.value = value;
    }

    public int size() {
        return size;
    }

    public List<Match<V>> scan(String text) {
        List<Match<V>> matches = new ArrayList<>();
        if (text == null) {
            return matches;
        }
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            V found = null;
            Node<V> node = root;
            for (int j = i; j < text.length() && node != null; j++) {
                node = node.next.get(text.charAt(j));
                if (node != null && node.value != null) {
                    end = j + 1;
                    found = node.value;
                }
            }
            if (found == null) {
                i++;
            } else {
                matches.add(new Match<>(text.substring(i, end), i, end, found));
                i = end;
            }
        }
        return matches;
    }
}
