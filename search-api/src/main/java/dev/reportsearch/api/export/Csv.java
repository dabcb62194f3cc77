package dev.reportsearch.api.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows, safe to open in a spreadsheet: every cell keeps its column (empty ones too), and
 * cells a spreadsheet would read as a formula are prefixed with '.
 */
final class Csv {
    /**
     * What makes a spreadsheet start a formula (OWASP "CSV injection"), in ASCII and full width, since
     * spreadsheets fold full-width signs and skip leading blanks before deciding.
     */
    private static final String FORMULA_STARTS = "=+-@＝＋－＠";

    private Csv() {
    }

    static String row(List<?> cells) {
        return cells.stream().map(c -> cell(c == null ? "" : c.toString())).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String v = looksLikeFormula(value) ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean looksLikeFormula(String v) {
        if (v.isEmpty() || isNumber(v)) {
            return false;
        }
        if (v.charAt(0) == '\t' || v.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < v.length() && (Character.isWhitespace(v.charAt(i)) || Character.isSpaceChar(v.charAt(i)))) {
            i++;
        }
        return i < v.length() && FORMULA_STARTS.indexOf(v.charAt(i)) >= 0;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
