package dev.reportsearch.indexer.classify;

import java.time.Year;
import java.util.OptionalInt;

/**
 * Reads a year written in digits (2013, ２０１３) or Chinese numerals (二〇一三, 二零一三, 二○一三), including
 * the damaged form that lost its 〇 in conversion (二一三 → 2013): the missing zero is put back where it
 * gives a plausible year.
 */
public final class YearNumerals {
    /** Years before this are not report years. */
    public static final int EARLIEST = 1949;

    private YearNumerals() {
    }

    public static OptionalInt parse(String written) {
        if (written == null) {
            return OptionalInt.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            int d = digit(written.charAt(i));
            if (d < 0) {
                return OptionalInt.empty();
            }
            digits.append((char) ('0' + d));
        }
        if (digits.length() == 4) {
            int year = Integer.parseInt(digits.toString());
            return plausible(year) ? OptionalInt.of(year) : OptionalInt.empty();
        }
        if (digits.length() == 3 && !isAsciiOrFullWidth(written)) {
            for (int at = 1; at <= 3; at++) {
                int year = Integer.parseInt(digits.substring(0, at) + "0" + digits.substring(at));
                if (plausible(year)) {
                    return OptionalInt.of(year);
                }
            }
        }
        return OptionalInt.empty();
    }

    public static boolean plausible(int year) {
        return year >= EARLIEST && year <= Year.now().getValue() + 10;
    }

    private static boolean isAsciiOrFullWidth(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９');
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '〇', '零', '○', 'Ｏ', 'О', '◯' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
