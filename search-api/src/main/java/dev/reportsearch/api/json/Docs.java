package dev.reportsearch.api.json;

import java.util.List;

/** What the API shows for a field an index document may lack: an empty text or list, as it always answered. */
public final class Docs {
    private Docs() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
