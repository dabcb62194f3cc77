package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page reads the API exactly as documented (issue 11 item 12): every field of every response shape
 * the page's api.js takes (its SHAPES) is in the OpenAPI document the API serves, at the place the
 * shape names, and the page has a Chinese message for every error code the document lists.
 */
class ApiContractE2ETest extends PageTest {
    /** A module export of the page's api.js, as JSON (a shape met again is given by its ref alone). */
    private static JsonNode pageExport(String name) throws Exception {
        browser.open("/");
        browser.settled("results");
        Object json = browser.driver.executeAsyncScript(
                "const name = arguments[0]; const done = arguments[arguments.length - 1];"
                        + "import('/api.js').then(m => { const seen = new Set();"
                        + "  done(JSON.stringify(m[name], (k, v) => {"
                        + "    if (v && typeof v === 'object' && !Array.isArray(v) && v.fields) {"
                        + "      if (seen.has(v)) return { ref: v.ref, fields: {} };"
                        + "      seen.add(v);"
                        + "    }"
                        + "    return v; })); }, e => done('ERROR ' + e));", name);
        assertThat(json).as("api.js exports %s", name).isInstanceOf(String.class);
        assertThat((String) json).doesNotStartWith("ERROR");
        return JSON.readTree((String) json);
    }

    private static JsonNode openApi() throws Exception {
        return JSON.readTree(Product.get("/openapi.json").body());
    }

    @Test
    void everyFieldThePageReadsIsDocumented() throws Exception {
        JsonNode shapes = pageExport("SHAPES");
        JsonNode doc = openApi();
        assertThat(shapes.size()).as("responses the page reads").isGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = shapes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = e.getValue().path("at").asText();
            JsonNode schema = doc.at(at.substring(1));
            if (schema.isMissingNode()) {
                problems.add(e.getKey() + ": nothing documented at " + at);
                continue;
            }
            check(doc, schema, e.getValue().path("shape"), e.getKey(), problems);
        }
        assertThat(problems).as("fields the page reads that /openapi.json does not document").isEmpty();
    }

    @Test
    void everyErrorCodeHasAChineseMessage() throws Exception {
        JsonNode messages = pageExport("ERROR_MESSAGES");
        JsonNode codes = openApi().at("/components/schemas/Error/properties/error/properties/code/enum");
        assertThat(codes.size()).isPositive();
        for (JsonNode code : codes) {
            assertThat(messages.path(code.asText()).asText()).as("the page's message for %s", code.asText())
                    .containsPattern("\\p{IsHan}{4,}");
        }
    }

    private static JsonNode deref(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = doc.at(s.path("$ref").asText().substring(1));
        }
        return s;
    }

    private static void check(JsonNode doc, JsonNode schemaNode, JsonNode shape, String where, List<String> problems) {
        JsonNode schema = deref(doc, schemaNode);
        if (shape.has("ref") && !shape.path("ref").isNull()) {
            JsonNode named = doc.at(shape.path("ref").asText().substring(1));
            if (!named.equals(schema)) {
                problems.add(where + ": documented as another schema than " + shape.path("ref").asText());
                return;
            }
        }
        JsonNode props = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String path = where + "." + f.getKey();
            if (!props.has(f.getKey())) {
                problems.add(path);
                continue;
            }
            JsonNode prop = deref(doc, props.path(f.getKey()));
            JsonNode field = f.getValue();
            if (field.isArray()) {
                if (!"array".equals(prop.path("type").asText())) {
                    problems.add(path + " (read as a list, documented as " + prop.path("type").asText() + ")");
                } else if (!field.get(0).isBoolean()) {
                    check(doc, prop.path("items"), field.get(0), path + "[]", problems);
                }
            } else if (!field.isBoolean()) {
                check(doc, prop, field, path, problems);
            }
        }
    }
}
