package dev.reportsearch.indexer.generate;

import java.util.SplittableRandom;

/** What one report's templates are rendered with: its region, year, date and random source. */
final class RenderContext {
    private static final String[] AFTER = {"余", "多", "", "", "余", ""};
    private static final String[] BEFORE = {"近", "约", "", ""};

    private final TemplateBook book;
    private final SplittableRandom random;
    private final GeneratorRegion region;
    private final int year;
    private final String date;

    RenderContext(TemplateBook book, SplittableRandom random, GeneratorRegion region, int year, String date) {
        this.book = book;
        this.random = random;
        this.region = region;
        this.year = year;
        this.date = date;
    }

    TemplateBook book() {
        return book;
    }

    SplittableRandom random() {
        return random;
    }

    GeneratorRegion region() {
        return region;
    }

    int year() {
        return year;
    }

    String date() {
        return date;
    }

    /** An integer in lo..hi; above 1000 rounded to two or three significant digits, as reports round. */
    long integer(long lo, long hi) {
        long v = lo + random.nextLong(hi - lo + 1);
        if (v >= 1000 && random.nextInt(3) > 0) {
            long step = v >= 10000 ? 100 : 10;
            v = Math.max(lo, v / step * step);
        }
        return v;
    }

    /** A number in lo..hi with one decimal (the decimal dropped when it is 0). */
    void decimal(long lo, long hi, StringBuilder out) {
        long tenths = lo * 10 + random.nextLong((hi - lo) * 10 + 1);
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
    }

    /** A percentage value in lo..hi with one decimal; 100 stays whole. */
    void percent(long lo, long hi, StringBuilder out) {
        decimal(lo, hi, out);
    }

    String qualifierAfter() {
        return AFTER[random.nextInt(AFTER.length)];
    }

    String qualifierBefore() {
        return BEFORE[random.nextInt(BEFORE.length)];
    }
}
