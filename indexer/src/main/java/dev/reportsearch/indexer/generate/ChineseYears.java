package dev.reportsearch.indexer.generate;

/** Chinese numerals for section numbers (一..二十) and years written digit by digit (二〇一九). */
final class ChineseYears {
    private static final char[] DIGITS = "〇一二三四五六七八九".toCharArray();

    private ChineseYears() {
    }

    static String of(int year) {
        String s = Integer.toString(year);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(DIGITS[s.charAt(i) - '0']);
        }
        return out.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十; for 1..99. */
    static String ordinal(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS[n]);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS[tens])) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS[ones]));
    }
}
