package dev.reportsearch.core.model;

/**
 * A number quoted in a report, normalised to base units.
 *
 * @param raw    the text as written ("3.35亿元", "700余万")
 * @param value  the value in base units (335000000 for 3.35亿元; 56.22 for 56.22%)
 * @param unit   the base unit (元, 人, 人次, %, ...)
 * @param approx true when qualified by 余/多/近/约/左右/超过 and the like
 * @param kind   what the unit counts
 */
public record Figure(String raw, double value, String unit, boolean approx, FigureKind kind) {
}
