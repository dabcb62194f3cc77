package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.json.ShownSource;
import dev.reportsearch.api.regions.RegionComparison;
import dev.reportsearch.api.regions.RegionRef;
import dev.reportsearch.api.regions.RegionReports;
import dev.reportsearch.api.regions.RegionTree;
import dev.reportsearch.api.reports.ReportPage;
import dev.reportsearch.api.search.SearchHit;
import dev.reportsearch.api.search.SearchResult;
import dev.reportsearch.api.similar.SimilarSections;
import dev.reportsearch.api.suggest.SuggestHandler;
import dev.reportsearch.api.suggest.SuggestOption;
import dev.reportsearch.api.themes.ThemeCounts;
import dev.reportsearch.api.trends.FigureTrends;

/**
 * The schemas of openapi.json describe the records the API answers with: the same property names, at every level
 * (inline objects and array items; a {@code $ref} must name the schema of the component's record), with matching JSON types. The document stays written by
 * hand for its descriptions, enums and examples; this test is what keeps it true to the types.
 */
class OpenApiSchemasTest {
    /** Each schema and the record it documents. */
    private static final Map<String, Class<?>> SCHEMAS = new LinkedHashMap<>();

    static {
        SCHEMAS.put("SearchResult", SearchResult.class);
        SCHEMAS.put("Hit", SearchHit.class);
        SCHEMAS.put("Source", ShownSource.class);
        SCHEMAS.put("Figure", ShownFigure.class);
        SCHEMAS.put("Report", ReportPage.class);
        SCHEMAS.put("RegionNode", RegionTree.RegionNode.class);
        SCHEMAS.put("RegionRef", RegionRef.class);
        SCHEMAS.put("RegionReports", RegionReports.Page.class);
        SCHEMAS.put("SuggestOption", SuggestOption.class);
        SCHEMAS.put("TrendPoint", FigureTrends.Point.class);
        SCHEMAS.put("Error", ApiError.class);
    }

    /** Each JSON route and the record it answers with. */
    private static final Map<String, Class<?>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/api/search", SearchResult.class);
        ROUTES.put("/api/figures/trend", FigureTrends.Trend.class);
        ROUTES.put("/api/reports/{id}", ReportPage.class);
        ROUTES.put("/api/sections/{id}/similar", SimilarSections.Similar.class);
        ROUTES.put("/api/regions", RegionTree.Tree.class);
        ROUTES.put("/api/regions/compare", RegionComparison.Comparison.class);
        ROUTES.put("/api/regions/{code}/reports", RegionReports.Page.class);
        ROUTES.put("/api/themes", ThemeCounts.ThemeList.class);
        ROUTES.put("/api/suggest", SuggestHandler.Suggestions.class);
    }

    @Test
    void everyJsonAnswerIsDocumentedWithTheComponentsOfItsRecord() throws IOException {
        JsonNode paths = document().path("paths");
        List<String> problems = new ArrayList<>();
        List<String> json = new ArrayList<>();
        paths.fields().forEachRemaining(p -> {
            JsonNode schema = p.getValue().path("get").path("responses").path("200").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                json.add(p.getKey());
                if (ROUTES.containsKey(p.getKey())) {
                    new Comparison(problems).value(p.getKey(), ROUTES.get(p.getKey()), schema);
                }
            }
        });
        assertThat(ROUTES.keySet()).as("JSON routes with a record").containsExactlyInAnyOrderElementsOf(json);
        assertThat(problems).isEmpty();
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiSchemasTest.class.getResourceAsStream(OpenApi.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everySchemaHasTheComponentsOfItsRecord() throws IOException {
        JsonNode schemas = document().path("components").path("schemas");
        Set<String> documented = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(documented::add);
        assertThat(SCHEMAS.keySet()).as("schemas with a record").containsExactlyInAnyOrderElementsOf(documented);
        List<String> problems = new ArrayList<>();
        SCHEMAS.forEach((name, type) -> new Comparison(problems).record(name, type, schemas.path(name)));
        assertThat(problems).isEmpty();
    }

    private record Comparison(List<String> problems) {
        void record(String at, Class<?> record, JsonNode schema) {
            JsonNode resolved = schema;
            Set<String> documented = new TreeSet<>();
            resolved.path("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> components = new TreeSet<>();
            for (RecordComponent c : record.getRecordComponents()) {
                components.add(c.getName());
                JsonNode property = resolved.path("properties").path(c.getName());
                if (!property.isMissingNode()) {
                    value(at + "." + c.getName(), c.getGenericType(), property);
                }
            }
            if (!documented.equals(components)) {
                problems.add(at + ": documented " + documented + ", answered " + components + " (" + record.getSimpleName() + ")");
            }
        }

        void value(String at, Type type, JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            if (!ref.isEmpty()) {
                // a named schema: checked on its own; here its record must be the one it documents
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (!type.equals(SCHEMAS.get(name))) {
                    problems.add(at + ": documented as " + name + ", answered " + type.getTypeName());
                }
                return;
            }
            JsonNode s = schema;
            String expected = jsonType(type);
            String documented = s.path("type").asText();
            if (expected.equals("any")) {
                return;
            }
            if (!expected.equals(documented)) {
                problems.add(at + ": documented " + documented + ", answered " + expected + " (" + type.getTypeName() + ")");
                return;
            }
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                value(at + "[]", p.getActualTypeArguments()[0], s.path("items"));
            } else if (type instanceof Class<?> c && c.isRecord()) {
                record(at, c, s);
            }
        }

        static String jsonType(Type type) {
            if (type instanceof ParameterizedType p) {
                return p.getRawType() == List.class ? "array" : "object";
            }
            if (type instanceof WildcardType) {
                return "any";
            }
            Class<?> c = (Class<?>) type;
            if (c == String.class) {
                return "string";
            }
            if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
                return "integer";
            }
            if (c == double.class || c == Double.class || Number.class.isAssignableFrom(c)) {
                return "number";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "boolean";
            }
            return "object";
        }
    }
}
