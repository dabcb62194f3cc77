package dev.reportsearch.core.theme;

/**
 * A theme a report section can be about.
 *
 * @param id    stable id used in the index and the API (family)
 * @param label what readers see (家庭家教家风)
 */
public record Theme(String id, String label) {
}
