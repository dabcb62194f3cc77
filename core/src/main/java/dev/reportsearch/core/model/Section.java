package dev.reportsearch.core.model;

import java.util.List;

/**
 * One section of a report: a heading and the text below it, up to the next heading.
 *
 * @param order        position in the report, from 0
 * @param heading      the section's own heading ("" for text before the first heading)
 * @param headingPath  headings from the (sub-)report down to this section, this one last
 * @param text         the section's own text, headings excluded
 * @param region       the region of the (sub-)report this section belongs to
 * @param years        the years this section covers
 * @param themes       theme ids, best first
 * @param achievements the quotable figures found in its text
 */
public record Section(int order, String heading, List<String> headingPath, String text, Region region,
                      List<Integer> years, List<String> themes, List<Achievement> achievements) {
    public Section {
        headingPath = List.copyOf(headingPath);
        years = List.copyOf(years);
        themes = List.copyOf(themes);
        achievements = List.copyOf(achievements);
    }
}
