package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A test class of the page: one headless Chromium on the shared product, at 1280 px before each test. */
abstract class PageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser(Product.baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void desktop() {
        browser.size(1280, 900);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** GET from the API as JSON, which must answer 200. */
    static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> res = Product.get(pathAndQuery);
        assertThat(res.statusCode()).as("GET %s", pathAndQuery).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    /** The texts of a JSON array. */
    static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
