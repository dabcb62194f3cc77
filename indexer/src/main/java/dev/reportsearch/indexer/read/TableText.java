package dev.reportsearch.indexer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word table as one paragraph: its rows separated by "；", their cells by a space, closed by "。", so that the
 * section it stands in keeps it and no short row ("项目 完成数") passes for a heading. Fed cell by cell, row by row.
 */
final class TableText {
    private final List<String> rows = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();

    void cell(String text) {
        if (!text.isEmpty()) {
            cells.add(text);
        }
    }

    void endRow() {
        if (!cells.isEmpty()) {
            rows.add(String.join(" ", cells));
        }
        cells.clear();
    }

    /** Adds the table read so far to {@code lines} as one line (nothing when it had no text), and starts afresh. */
    void flushInto(List<String> lines) {
        endRow();
        if (!rows.isEmpty()) {
            lines.add(String.join("；", rows) + "。");
        }
        rows.clear();
    }
}
