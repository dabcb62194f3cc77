package dev.reportsearch.core.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.reportsearch.core.model.Region;

/**
 * One document of the index, as the indexer writes it and the API reads it (the client's mapper turns it into JSON
 * and back: {@code client.search(request, IndexDocument.class)}). The one definition of the document's shape: its
 * components are the properties of reportsearch.json's mapping, and a test holds the two together.
 *
 * <p>The three kinds ({@link DocType}) share one record, as they share one mapping (in the two indices of a build,
 * {@link IndexGeneration}): each kind fills the components its factory ({@link #report}, {@link #section},
 * {@link #achievement}) takes and leaves the others null, which are not written. Components are boxed so that an absent field reads back as null, not as 0.
 * The components' order is the order of the fields in the JSON.
 *
 * @param docType     {@link DocType#id()}
 * @param indexedAt   when it was written (an ISO-8601 instant)
 * @param sectionId   the section's id; an achievement's section's
 * @param order       the section's position in its report
 * @param position    an achievement's position in its section: breaks ties between a section's achievements
 * @param headingPath headings from the (sub-)report down to the section; shown, not indexed
 * @param text        the body ({@link IndexFields#BODY}); absent where a section has no text of its own
 * @param passages    a section's sentences with figures, one value each ({@link IndexFields#PASSAGES})
 * @param figures     an achievement's first figures ({@code nested} in the mapping)
 * @param units       the units of all an achievement's figures, kept or not
 * @param maxValue    the largest of all its figures' values
 * @param suggest     inputs of the completion field
 * @param vector      a section's meaning, as {@link dev.reportsearch.core.embed.ByteVector#hex} (written only by runs with
 *                    vectors; never read back)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexDocument(String docType, String reportId, String title, String region, String regionCode,
                            String regionLevel, List<String> regionPath, List<String> regionCodes, List<Integer> years,
                            Source source, String indexedAt, String sectionId, Integer order, Integer position, String heading,
                            List<String> headingPath, String text, List<String> themes, List<String> passages,
                            List<Figure> figures, List<String> units, Double maxValue, List<SubReport> subReports,
                            Integer sectionCount, Integer achievementCount, List<String> suggest, String vector) {

    /** Where a report came from; its fields are written even when null, as they always were. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String file, String url, String publisher, String publishedAt) {
    }

    /** One figure of an achievement: {@code unit} is the unit's key, {@code kind} a {@code FigureKind} id. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String raw, Double value, String unit, Boolean approx, String kind) {
    }

    /** A report inside a page holding several; its region null where unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubReport(String heading, String region, String regionCode) {
    }

    /** What every kind carries: its report, the region its content lies in (null where unknown), years, source. */
    public record Shared(String reportId, String title, Region region, List<Integer> years, Source source, String indexedAt) {
    }

    /** What sections and achievements carry of their section. */
    public record Part(String sectionId, int order, String heading, List<String> headingPath, String text, List<String> themes) {
    }

    public static IndexDocument report(Shared shared, List<SubReport> subReports, int sectionCount, int achievementCount,
                                       List<String> suggest) {
        return of(DocType.REPORT, shared, null, null, null, null, null, null, subReports, sectionCount, achievementCount, suggest);
    }

    /** @param passages null for a section without figures */
    public static IndexDocument section(Shared shared, Part part, List<String> passages, List<String> suggest) {
        return of(DocType.SECTION, shared, part, null, passages, null, null, null, null, null, null, suggest);
    }

    public static IndexDocument achievement(Shared shared, Part part, int position, List<Figure> figures, List<String> units,
                                            double maxValue) {
        return of(DocType.ACHIEVEMENT, shared, part, position, null, figures, units, maxValue, null, null, null, null);
    }

    private static IndexDocument of(DocType type, Shared s, Part p, Integer position, List<String> passages, List<Figure> figures,
                                    List<String> units, Double maxValue, List<SubReport> subReports, Integer sectionCount,
                                    Integer achievementCount, List<String> suggest) {
        Region r = s.region();
        return new IndexDocument(type.id(), s.reportId(), s.title(), r == null ? null : r.name(), r == null ? null : r.code(),
                r == null ? null : r.level().id(), r == null ? null : r.path(), r == null ? null : r.pathCodes(), s.years(),
                s.source(), s.indexedAt(), p == null ? null : p.sectionId(), p == null ? null : p.order(), position,
                p == null ? null : p.heading(), p == null ? null : p.headingPath(), p == null ? null : p.text(),
                p == null ? null : p.themes(), passages, figures, units, maxValue, subReports, sectionCount, achievementCount,
                suggest, null);
    }

    /** This document with a vector ({@link #vector}). */
    public IndexDocument withVector(String meaning) {
        return new IndexDocument(docType, reportId, title, region, regionCode, regionLevel, regionPath, regionCodes, years,
                source, indexedAt, sectionId, order, position, heading, headingPath, text, themes, passages, figures, units, maxValue,
                subReports, sectionCount, achievementCount, suggest, meaning);
    }

    public boolean is(DocType type) {
        return type.id().equals(docType);
    }
}
