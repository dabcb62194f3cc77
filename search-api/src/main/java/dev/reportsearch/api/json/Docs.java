package dev.reportsearch.api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.reports.OriginalFile;

/** Reading index documents (as Jackson trees) into the plain values the API answers with. */
public final class Docs {
    private Docs() {
    }

    public static String text(JsonNode n, String field) {
        return n.path(field).asText("");
    }

    public static String nullable(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    public static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asInt()));
        return out;
    }

    /** The public part of {@code source}: the file's name (its folders stay internal), url, publisher, publishedAt. */
    public static Map<String, Object> source(JsonNode doc) {
        JsonNode src = doc.path("source");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", OriginalFile.nameOf(nullable(src, "file")));
        source.put("url", nullable(src, "url"));
        source.put("publisher", nullable(src, "publisher"));
        source.put("publishedAt", nullable(src, "publishedAt"));
        return source;
    }

    /** The figures of an achievement: raw, value, unit, approx, kind. */
    public static List<Map<String, Object>> figures(JsonNode doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode f : doc.path("figures")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("raw", text(f, "raw"));
            m.put("value", number(f.path("value")));
            m.put("unit", text(f, "unit"));
            m.put("approx", f.path("approx").asBoolean(false));
            m.put("kind", nullable(f, "kind"));
            out.add(m);
        }
        return out;
    }

    /** Whole numbers as longs (117690000, not 1.1769E8), others as doubles. */
    public static Number number(JsonNode v) {
        double d = v.asDouble();
        if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            return (long) d;
        }
        return d;
    }

    /** Region fields shared by hits and reports: region, regionCode, regionLevel, regionPath. */
    public static void putRegion(Map<String, Object> into, JsonNode doc) {
        into.put("region", nullable(doc, "region"));
        into.put("regionCode", nullable(doc, "regionCode"));
        into.put("regionLevel", nullable(doc, "regionLevel"));
        into.put("regionPath", strings(doc.path("regionPath")));
    }
}
