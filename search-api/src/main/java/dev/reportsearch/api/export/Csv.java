package dev.reportsearch.api.export;

import java.util.List;

/** RFC 4180 rows, safe to open in a spreadsheet: cells that start like a formula are prefixed with '. */
final class Csv {
    private Csv() {
    }

    static String row(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (Object cell : cells) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(cell(cell == null ? "" : cell.toString()));
        }
        return b.append("\r\n").toString();
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
