package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every error answer must be, whoever raised it: the contract's JSON in UTF-8 with our security headers. */
final class OurErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DOCUMENTED_CODES = documentedCodes();

    private OurErrors() {
    }

    /** @return the {@code error} object, for checks on its code */
    static JsonNode check(String what, int status, UnaryOperator<String> header, String body) {
        String type = header.apply("Content-Type");
        assertThat(type).as("%s: content type", what).isNotNull().startsWith("application/json");
        assertThat(type.toLowerCase()).as("%s: JSON is UTF-8 (RFC 8259): no other charset", what)
                .doesNotContain("iso-8859").matches("application/json(;\\s*charset=utf-8)?");
        assertThat(header.apply("X-Content-Type-Options")).as("%s: nosniff", what).isEqualTo("nosniff");
        assertThat(header.apply("Content-Security-Policy")).as("%s: CSP", what).contains("default-src 'self'");
        assertThat(header.apply("Referrer-Policy")).as("%s: referrer policy", what).isEqualTo("no-referrer");
        JsonNode error;
        try {
            error = JSON.readTree(body).path("error");
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + body, e);
        }
        assertThat(error.path("status").asInt()).as("%s: %s", what, body).isEqualTo(status);
        assertThat(error.path("code").asText()).as("%s: %s: a code openapi.json documents", what, body).isIn(DOCUMENTED_CODES);
        assertThat(error.path("message").asText()).as("%s: %s", what, body).isNotBlank();
        return error;
    }

    private static Set<String> documentedCodes() {
        try (InputStream in = OurErrors.class.getResourceAsStream(OpenApi.RESOURCE)) {
            Set<String> codes = new TreeSet<>();
            JSON.readTree(in).at("/components/schemas/Error/properties/error/properties/code/enum")
                    .forEach(code -> codes.add(code.asText()));
            assertThat(codes).as("error codes in openapi.json").isNotEmpty();
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode check(String what, Http.Response res) {
        return check(what, res.status(), res::header, res.body());
    }

    static JsonNode check(String what, RawHttp.Answer res) {
        return check(what, res.status(), res::header, res.body());
    }
}
