package dev.reportsearch.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP against the API under test. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    record Response(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** GET a path whose query is given as alternating names and values, each value URL-encoded. */
    Response get(String path, String... params) {
        StringBuilder url = new StringBuilder(base).append(path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            url.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(30)).GET().build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> res = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(res.statusCode(), new String(res.body(), StandardCharsets.UTF_8), res.body(), res);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String base() {
        return base;
    }
}
