package dev.reportsearch.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random, malformed and hostile HTTP requests, as raw text: wrong and unknown methods, paths that climb,
 * encode NULs or name nothing, parameters with injection, operators, huge and non-ASCII values, broken
 * percent-encoding, huge or many headers, method overrides and bodies. Request {@code i} of seed {@code s}
 * is always the same text, so a failure is reproduced from the two numbers printed with it.
 */
final class HostileRequests {
    /** Marks text we send in an HTML context: no answer may carry it unescaped. */
    static final String SCRIPT = "<script>alert(7331)</script>";
    static final String IMG = "\"><img src=x onerror=alert(7331)>";

    private static final List<String> ENDPOINTS = List.of("/api/search", "/api/suggest", "/api/regions", "/api/themes",
            "/api/reports/" + ApiFixture.HANDMADE_ID, "/health", "/openapi.json", "/", "/app.js", "/api/export.csv");
    private static final List<String> ODD_PATHS = List.of("/api/reports/%00", "/api/reports/x%00y", "/api/reports/..%2f..%2fetc%2fpasswd",
            "/api/../../etc/passwd", "/api/%2e%2e/%2e%2e/", "//api//search", "/API/SEARCH", "/api/search/", "/api/search;jsessionid=1",
            "/api/reports/", "/api/reports/%3Cscript%3E", "/api/reports/" + enc(SCRIPT), "/api/nothing", "/.git/config",
            "/web/../../pom.xml", "/api/reports/%E5%A6%87%E8%81%94", "/api/reports/%ZZ", "/api/reports/%", "/%u0041pi/search",
            "/api/reports/a%2fb", "/api/search%00", "/api/search.json", "/openapi.json/../api/search", "/api/reports/" + "x".repeat(3000),
            "*", "http://127.0.0.1/api/search", "/api/reports/\u00e5\u00a6\u0087");
    private static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "FOO",
            "get", "PROPFIND", "MKCOL");
    private static final List<String> NAMES = List.of("q", "q", "q", "type", "region", "year", "theme", "page", "size", "sort", "unit",
            "callback", "format", "id", "q[]", "", "%71", "__proto__", "_source", "pretty");
    private static final List<String> VALUES = List.of(SCRIPT, IMG, "' OR 1=1 --", "{\"query\":{\"match_all\":{}}}", "*", "?", "~", "^",
            "/.*/", "\\", "AND OR NOT", "((((", "\"unbalanced", "\"\"", "a:b", "title:*", "q=1&x=2", "99999999999999999999",
            "-1", "0", "NaN", "1e9", "٢٠٢٣", "２０２３", "2023", "2031", "妇联", "家庭教育", "亲子阅读", "泉州市", "石狮市", "福建省", "350000",
            "family", "section", "achievement", "relevance", "newest", "value", "元", "人次", "%", "\u0000", "\r\nX-Injected: 1",
            "😀🎉", "\ud800", "𠀀𠀁", "　", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd", "<mark>x</mark>", "&amp;", "");

    private HostileRequests() {
    }

    static Random random(long seed, int i) {
        return new Random(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
    }

    /** One request, as the bytes (ISO-8859-1 text) to send. */
    static String request(Random r) {
        String method = r.nextInt(100) < 80 ? (r.nextInt(10) == 0 ? "HEAD" : "GET") : pick(r, METHODS);
        String path = r.nextInt(100) < 80 ? pickEndpoint(r) : pick(r, ODD_PATHS);
        StringBuilder target = new StringBuilder(path);
        int params = r.nextInt(100) < 70 ? r.nextInt(6) : 0;
        for (int p = 0; p < params; p++) {
            target.append(p == 0 ? '?' : '&').append(encoded(r, pick(r, NAMES))).append('=').append(encoded(r, value(r)));
        }
        if (r.nextInt(100) < 2) { // a query string long enough for a 414
            target.append(params == 0 ? "?" : "&").append("q=").append("%E5%A6%87".repeat(1_000 + r.nextInt(2_000)));
        }
        boolean http11 = r.nextBoolean();
        StringBuilder req = new StringBuilder(method).append(' ').append(target).append(http11 ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n");
        if (http11 || r.nextBoolean()) {
            req.append("Host: 127.0.0.1\r\n");
        }
        req.append("Connection: close\r\n");
        headers(r, req);
        String body = method.equals("GET") || method.equals("HEAD") ? "" : "{\"title\":\"" + SCRIPT + "\",\"q\":\"x\"}";
        if (!body.isEmpty()) {
            req.append("Content-Type: application/json\r\nContent-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        return req.append("\r\n").append(body).toString();
    }

    private static void headers(Random r, StringBuilder req) {
        int n = r.nextInt(100) < 70 ? 0 : 1 + r.nextInt(4);
        for (int h = 0; h < n; h++) {
            switch (r.nextInt(12)) {
                case 0 -> req.append("X-HTTP-Method-Override: ").append(pick(r, List.of("DELETE", "PUT", "POST"))).append("\r\n");
                case 1 -> req.append("Accept: ").append(pick(r, List.of("text/html", "application/xml", "*/*", "text/plain", "image/png")))
                        .append("\r\n");
                case 2 -> req.append("Accept-Encoding: gzip, deflate, br\r\n");
                case 3 -> req.append("X-Filler: ").append("z".repeat(1_000 + r.nextInt(12_000))).append("\r\n"); // past 8 KB: 431
                case 4 -> req.append("Cookie: session=").append(enc(SCRIPT)).append("\r\n");
                case 5 -> req.append("Range: bytes=0-10\r\n");
                case 6 -> req.append("Origin: http://evil.example\r\nReferer: http://evil.example/").append(enc(IMG)).append("\r\n");
                case 7 -> req.append("X-Forwarded-For: ").append(value(r).replaceAll("[\\r\\n]", "")).append("\r\n");
                case 8 -> req.append("If-None-Match: \"x\"\r\nIf-Modified-Since: yesterday\r\n");
                case 9 -> {
                    for (int k = 0; k < 120; k++) {
                        req.append("X-Many-").append(k).append(": ").append(k).append("\r\n");
                    }
                }
                case 10 -> req.append("User-Agent: \u00e5\u00a6\u0087 ").append(SCRIPT).append("\r\n"); // raw UTF-8 bytes
                default -> req.append("Expect: 100-continue\r\n");
            }
        }
    }

    private static String value(Random r) {
        String v = pick(r, VALUES);
        return switch (r.nextInt(10)) {
            case 0 -> v.repeat(1 + r.nextInt(60));
            case 1 -> v + pick(r, VALUES);
            case 2 -> randomText(r);
            default -> v;
        };
    }

    private static String randomText(Random r) {
        StringBuilder s = new StringBuilder();
        int len = 1 + r.nextInt(40);
        for (int k = 0; k < len; k++) {
            int kind = r.nextInt(4);
            int cp = switch (kind) {
                case 0 -> 0x20 + r.nextInt(0x5f);
                case 1 -> 0x4e00 + r.nextInt(0x5000);
                case 2 -> r.nextInt(0x20);
                default -> r.nextInt(0x10FFFF);
            };
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    /** Mostly proper percent-encoding; sometimes broken (a bare %, %zz, half a UTF-8 character) or raw. */
    private static String encoded(Random r, String s) {
        int how = r.nextInt(100);
        if (how < 80) {
            return enc(s);
        }
        if (how < 90) {
            return enc(s) + pick(r, List.of("%", "%zz", "%E5%A6", "%0", "%%", "%C0%AE", "%FF"));
        }
        // Raw: spaces, quotes and non-ASCII on the request line, as no browser sends them.
        return new String(s.replaceAll("[\\r\\n]", "").getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String pickEndpoint(Random r) {
        // Searches cost Elasticsearch time: most requests go where they are refused or cheap.
        int k = r.nextInt(100);
        return k < 40 ? "/api/search" : k < 55 ? "/api/suggest" : pick(r, ENDPOINTS);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
