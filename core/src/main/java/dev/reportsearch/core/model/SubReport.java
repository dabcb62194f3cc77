package dev.reportsearch.core.model;

/**
 * A report inside a page that holds several (one county's review within a city's article).
 *
 * @param heading the sub-report's own title line
 * @param region  its region
 */
public record SubReport(String heading, Region region) {
}
