package dev.reportsearch.api.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.json.ShownSource;

/**
 * One hit of a search (and of 相似做法), in the contract's shape. {@code figures}: an achievement's only, absent
 * on sections; {@code score}: null when sorted by a field (Elasticsearch then scores nothing); {@code missingTerms}:
 * the query terms it lacks ({@link MatchedTerms}), null where no query asked (similar sections).
 */
public record SearchHit(String id, String type, String reportId, String sectionId, String reportTitle, String heading,
                        String region, String regionCode, String regionLevel, List<String> regionPath, List<Integer> years,
                        List<String> themes, String snippet, String text,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<ShownFigure> figures,
                        ShownSource source, Double score,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingTerms) {

    public SearchHit withScore(Double fused) {
        return new SearchHit(id, type, reportId, sectionId, reportTitle, heading, region, regionCode, regionLevel, regionPath,
                years, themes, snippet, text, figures, source, fused, missingTerms);
    }

    public SearchHit withMissingTerms(List<String> lacks) {
        return new SearchHit(id, type, reportId, sectionId, reportTitle, heading, region, regionCode, regionLevel, regionPath,
                years, themes, snippet, text, figures, source, score, lacks);
    }
}
