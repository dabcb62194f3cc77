package dev.reportsearch.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable path (names or codes) that extends its parent's path by one element, sharing the
 * parent's list instead of copying it: the 41,000 townships would otherwise each hold two fresh
 * copies of their county's path.
 */
public final class RegionPath extends AbstractList<String> implements RandomAccess {
    private final List<String> parent;
    private final String last;

    private RegionPath(List<String> parent, String last) {
        this.parent = parent;
        this.last = Objects.requireNonNull(last);
    }

    /** {@code parent} followed by {@code last}; {@code parent} must be immutable (a Region's path is). */
    public static List<String> extend(List<String> parent, String last) {
        return new RegionPath(List.copyOf(parent), last);
    }

    /** A path that is already immutable, kept as it is; otherwise an immutable copy. */
    static List<String> immutable(List<String> path) {
        return path instanceof RegionPath ? path : List.copyOf(path);
    }

    @Override
    public String get(int index) {
        if (index == parent.size()) {
            return last;
        }
        return parent.get(Objects.checkIndex(index, size()));
    }

    @Override
    public int size() {
        return parent.size() + 1;
    }
}
