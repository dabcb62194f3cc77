package dev.reportsearch.indexer.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as Chinese reports write it: Arabic digits, Chinese numerals or a mix, with the
 * multipliers 十百千万亿 and the approximation marks 余/多/+ (千余, 三百多, 3万8千, 700余万, 12万+).
 *
 * <p>Input is expected folded (NFKC digits, Simplified 万/亿/两). Words around the number that make
 * it approximate (近, 约, 左右) are not part of it: see {@link Qualifiers}.
 *
 * @param value  the value, multipliers applied (3.35亿 is 335000000)
 * @param approx whether 余, 多 or + qualified it
 */
public record ChineseNumber(double value, boolean approx) {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** The number written in {@code text}, or empty if it is not a well-formed number. */
    public static Optional<ChineseNumber> parse(CharSequence text) {
        // Sections: what is already multiplied by 亿, by 万, and the part below 万 being built.
        BigDecimal yi = BigDecimal.ZERO;
        BigDecimal wan = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal digit = null;
        int lastMultiplier = 0; // the last 十/百/千/万/亿 seen, to read 一万二 as 12000
        int sectionMultiplier = Integer.MAX_VALUE; // 十百千 must fall within a section (三千二百)
        boolean zeroSeen = false;
        boolean approx = false;
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                if (digit != null) {
                    return Optional.empty();
                }
                try {
                    digit = new BigDecimal(text.subSequence(i, j).toString());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                any = true;
                i = j;
                continue;
            }
            int d = digitValue(c);
            int m = multiplierValue(c);
            if (d == 0) {
                zeroSeen = true; // 一千零五: the zero only says the next digit is in the units
            } else if (d > 0) {
                if (digit != null) {
                    return Optional.empty(); // 二三: a list of digits, not a number
                }
                digit = BigDecimal.valueOf(d);
                any = true;
            } else if (m == 10 || m == 100 || m == 1000) {
                if (m >= sectionMultiplier) {
                    return Optional.empty();
                }
                section = section.add((digit == null ? BigDecimal.ONE : digit).multiply(BigDecimal.valueOf(m)));
                sectionMultiplier = m;
                lastMultiplier = m;
                digit = null;
                zeroSeen = false;
                any = true;
            } else if (m == 10_000) {
                BigDecimal group = section.add(orZero(digit));
                if (wan.signum() != 0 || lastMultiplier == 10_000) {
                    return Optional.empty();
                }
                wan = group.signum() == 0 ? BigDecimal.ONE : group;
                section = BigDecimal.ZERO;
                sectionMultiplier = Integer.MAX_VALUE;
                lastMultiplier = m;
                digit = null;
                zeroSeen = false;
                any = true;
            } else if (m == 100_000_000) {
                BigDecimal group = wan.multiply(TEN_THOUSAND).add(section).add(orZero(digit));
                if (yi.signum() != 0) {
                    return Optional.empty();
                }
                yi = group.signum() == 0 ? BigDecimal.ONE : group;
                wan = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
                sectionMultiplier = Integer.MAX_VALUE;
                lastMultiplier = m;
                digit = null;
                zeroSeen = false;
                any = true;
            } else if (c == '余' || c == '多' || c == '+') {
                approx = true;
            } else {
                return Optional.empty();
            }
            i++;
        }
        if (!any) {
            return Optional.empty();
        }
        if (digit != null && !zeroSeen && lastMultiplier >= 100 && digit.scale() <= 0 && digit.compareTo(BigDecimal.TEN) < 0) {
            // 一万二 is 12000 and 三千五 is 3500: a trailing digit counts in the next unit down.
            digit = digit.multiply(BigDecimal.valueOf(lastMultiplier / 10));
        }
        BigDecimal value = yi.multiply(HUNDRED_MILLION).add(wan.multiply(TEN_THOUSAND)).add(section).add(orZero(digit));
        return Optional.of(new ChineseNumber(value.doubleValue(), approx));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 0-9 for a Chinese digit, -1 otherwise. */
    static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
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

    /** The value of a multiplier character, 0 otherwise. */
    static int multiplierValue(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }
}
