package dev.reportsearch.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link IndexDocument} and the mapping of reportsearch.json name the same fields with compatible types, at every
 * level (source, figures, sub-reports): a field added to one and not the other fails here, before a strict mapping
 * refuses every document of a rebuild or the API reads a field nobody writes.
 */
class IndexDocumentMappingTest {
    /** The mapping types a component of each Java type may have. */
    private static final Map<Class<?>, Set<String>> TYPES = Map.of(
            String.class, Set.of("keyword", "text", "date", "completion"),
            Integer.class, Set.of("integer", "long"),
            Double.class, Set.of("double", "float"),
            Boolean.class, Set.of("boolean"));

    @Test
    void everyFieldOfTheRecordIsMappedAndEveryMappedFieldIsInTheRecord() throws IOException {
        JsonNode mapping = new ObjectMapper().readTree(IndexDefinition.standard().body(1, 0)).path("mappings").path("properties");
        List<String> problems = new ArrayList<>();
        compare("", IndexDocument.class, mapping, problems);
        assertThat(problems).isEmpty();
    }

    private static void compare(String at, Class<?> record, JsonNode properties, List<String> problems) {
        Map<String, RecordComponent> components = new TreeMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        properties.fieldNames().forEachRemaining(name -> {
            if (!components.containsKey(name)) {
                problems.add(at + name + ": mapped, not in " + record.getSimpleName());
            }
        });
        components.forEach((name, c) -> {
            JsonNode field = properties.path(name);
            if (field.isMissingNode()) {
                problems.add(at + name + ": in " + record.getSimpleName() + ", not mapped");
                return;
            }
            Class<?> type = elementType(c);
            if ("dense_vector".equals(field.path("type").asText())) {
                // written as ByteVector.hex: a string of a byte vector's hexadecimal digits, which only a byte vector reads
                if (type != String.class || !"byte".equals(field.path("element_type").asText())) {
                    problems.add(at + name + ": " + type.getSimpleName() + " in the record, a dense_vector of "
                            + field.path("element_type").asText("float") + " in the mapping (the record writes ByteVector.hex)");
                }
            } else if (type.isRecord()) {
                compare(at + name + ".", type, field.path("properties"), problems);
            } else if (!TYPES.getOrDefault(type, Set.of()).contains(field.path("type").asText())) {
                problems.add(at + name + ": " + type.getSimpleName() + " in the record, " + field.path("type").asText() + " in the mapping");
            }
        });
    }

    /** A list's element type (every mapped field may hold several values), else the component's own. */
    private static Class<?> elementType(RecordComponent c) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getRawType() == List.class) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return c.getType();
    }
}
