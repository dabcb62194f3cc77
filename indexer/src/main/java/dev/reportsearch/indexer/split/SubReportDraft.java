package dev.reportsearch.indexer.split;

/**
 * A report inside a page that holds several, before its region is resolved.
 *
 * @param index   its position among the page's sub-reports, from 0
 * @param heading its title line
 * @param place   the place its title names ("石狮市"), as written
 * @param text    its whole text, title excluded, for region detection
 */
public record SubReportDraft(int index, String heading, String place, String text) {
}
