package dev.reportsearch.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;

/** GET /openapi.json: the API's OpenAPI 3 document, kept by hand as a resource beside the code. */
final class OpenApi {
    static final String RESOURCE = "/openapi.json";
    private final String document;

    OpenApi() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void handle(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
