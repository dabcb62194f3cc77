package dev.reportsearch.api.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.reportsearch.api.regions.RegionRef;

/**
 * One suggestion. {@code kind}: {@code region} (choosing it applies the filter {@code region=<region.code>},
 * it is not a text search), {@code phrase} (a frequent phrase of the indexed text that continues what was
 * typed), or {@code title} (a report title or section heading); the last two are searched as {@code q=<text>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuggestOption(String text, String kind, RegionRef region) {
    static final String REGION = "region";
    static final String PHRASE = "phrase";
    static final String TITLE = "title";
}
