package dev.reportsearch.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words, each with a value, found in text leftmost-longest and non-overlapping
 * (陇南市西和县 gives 陇南市 and 西和县; 家庭教育 wins over 家庭). A char trie: the scan costs
 * the text length times the longest word, which for region names and cue words is small.
 *
 * <p>The trie is stored flat, in breadth-first order, so that the 41,000 township names cost
 * about ten bytes per node rather than a hash map per node: node {@code n}'s children are the
 * nodes {@code firstChild[n]} up to {@code firstChild[n + 1]}, sorted by the char leading to them
 * ({@code label}). Immutable and thread-safe once built.
 */
public final class LongestMatchDictionary<V> {
    /** A word found in the text, at [start, end). */
    public record Match<V>(String word, int start, int end, V value) {
    }

    private final int[] firstChild;
    private final char[] label;
    private final Object[] values; // non-null where a word ends
    /**
     * The root's child by char, -1 where none: every position of a scanned text starts at the root, whose
     * thousands of children a binary search would walk in a dozen steps (a quarter MB per dictionary).
     */
    private final int[] rootChild;
    private final int size;

    /**
     * Builds the flat trie straight from the sorted words: the words sharing a node's prefix are a
     * run of the sorted array, and its children split that run by the next char. No per-node objects.
     */
    public LongestMatchDictionary(Map<String, V> words) {
        words.forEach((word, value) -> {
            if (word.isEmpty() || value == null) {
                throw new IllegalArgumentException("empty word or null value: '" + word + "'");
            }
        });
        String[] sorted = words.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int maxNodes = 1 + Arrays.stream(sorted).mapToInt(String::length).sum();
        int[] from = new int[maxNodes];  // the run of sorted words below each node: [from, to)
        int[] to = new int[maxNodes];
        int[] depth = new int[maxNodes];
        int[] first = new int[maxNodes + 1];
        char[] labels = new char[maxNodes];
        Object[] found = new Object[maxNodes];
        to[0] = sorted.length;
        int count = 1;
        for (int node = 0; node < count; node++) {
            int d = depth[node];
            int k = from[node];
            if (k < to[node] && sorted[k].length() == d) {
                found[node] = words.get(sorted[k++]); // the word equal to the prefix sorts first in its run
            }
            first[node] = count;
            while (k < to[node]) {
                char c = sorted[k].charAt(d);
                int e = k;
                while (e < to[node] && sorted[e].charAt(d) == c) {
                    e++;
                }
                labels[count] = c;
                from[count] = k;
                to[count] = e;
                depth[count] = d + 1;
                count++;
                k = e;
            }
        }
        first[count] = count;
        this.firstChild = Arrays.copyOf(first, count + 1);
        this.label = Arrays.copyOf(labels, count);
        this.values = Arrays.copyOf(found, count);
        this.size = words.size();
        this.rootChild = new int[Character.MAX_VALUE + 1];
        Arrays.fill(rootChild, -1);
        for (int n = firstChild[0]; n < firstChild[1]; n++) {
            rootChild[label[n]] = n;
        }
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
            Object found = null;
            int node = 0;
            for (int j = i; j < text.length() && node >= 0; j++) {
                node = child(node, text.charAt(j));
                if (node >= 0 && values[node] != null) {
                    end = j + 1;
                    found = values[node];
                }
            }
            if (found == null) {
                i++;
            } else {
                matches.add(new Match<>(text.substring(i, end), i, end, value(found)));
                i = end;
            }
        }
        return matches;
    }

    /** The child of {@code node} reached by {@code c}, or -1. */
    private int child(int node, char c) {
        if (node == 0) {
            return rootChild[c];
        }
        int found = Arrays.binarySearch(label, firstChild[node], firstChild[node + 1], c);
        return found >= 0 ? found : -1;
    }

    @SuppressWarnings("unchecked") // values holds only the V given to the constructor
    private V value(Object stored) {
        return (V) stored;
    }
}
