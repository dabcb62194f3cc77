package dev.reportsearch.core.model;

import java.text.Normalizer;

/**
 * A number quoted in a report, normalised to base units.
 *
 * @param raw    the text as written ("3.35亿元", "700余万")
 * @param value  the value in base units (335000000 for 3.35亿元; 56.22 for 56.22%)
 * @param unit   the base unit as the text writes it, in Simplified script (元, 人, 人次, %, ％, ...)
 * @param approx true when qualified by 余/多/近/约/左右/超过 and the like
 * @param kind   what the unit counts
 */
public record Figure(String raw, double value, String unit, boolean approx, FigureKind kind) {

    /** The unit as the index stores, filters and facets it: one value per unit, whichever width the text wrote (％ is %). */
    public String unitKey() {
        return unitKey(unit);
    }

    /** See {@link #unitKey()}; also for units users type. */
    public static String unitKey(String unit) {
        return unit == null ? null : Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
    }
}
