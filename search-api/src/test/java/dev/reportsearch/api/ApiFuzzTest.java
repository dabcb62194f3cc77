package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API under about 10,000 random, malformed and hostile requests ({@link HostileRequests}), on loopback,
 * against the real index of seeds and samples, bounded in time. Every answer: no 5xx but our own 503s,
 * every error our JSON with our headers, nothing we sent echoed unescaped where it would be HTML, no
 * stack trace, and no document changed. The seed is printed; {@code -Dreportsearch.fuzz.seed=N} replays
 * a run, and a failure names the request number.
 */
class ApiFuzzTest {
    private static final int REQUESTS = 10_000;
    private static final Duration BUDGET = Duration.ofSeconds(50);
    /** Enough requests that a run cut by the budget on a loaded machine still means something. */
    private static final int AT_LEAST = 2_000;
    private static final int CLIENTS = 4;
    private static final Set<String> OUR_503 = Set.of("search_unavailable", "search_timeout", "overloaded");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<(?!/?mark>)[a-zA-Z/!]");

    @Test
    void hostileRequestsGetOnlyOurAnswers() throws Exception {
        long seed = Long.getLong("reportsearch.fuzz.seed", System.nanoTime());
        System.err.println("[ApiFuzzTest] seed " + seed + " (replay: -Dreportsearch.fuzz.seed=" + seed + ")");
        String base = ApiFixture.http().base();
        long documents = documents();

        Run run = fuzz(base, seed);

        System.err.printf("[ApiFuzzTest] %d requests in %d ms, statuses %s%n", run.sent(), run.millis(), run.statuses());
        assertThat(run.failures()).as("answers that are not ours (seed %d)", seed).isEmpty();
        assertThat(run.sent()).as("requests within %s", BUDGET).isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(run.statuses().keySet()).as("refusals and answers both seen").contains(200, 400, 404, 405);
        assertThat(documents()).as("no document added, changed or removed").isEqualTo(documents);
    }

    record Run(int sent, long millis, Map<Integer, Integer> statuses, List<String> failures) {
    }

    /** Sends the requests of {@code seed} from a few clients until all are sent or the budget is spent. */
    static Run fuzz(String base, long seed) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + BUDGET.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS && System.nanoTime() < end && failures.size() < 20;
                     i = next.getAndIncrement()) {
                    String request = HostileRequests.request(HostileRequests.random(seed, i));
                    sent.incrementAndGet();
                    try {
                        RawHttp.Answer res = RawHttp.send(base, request);
                        statuses.computeIfAbsent(res.status(), k -> new AtomicInteger()).incrementAndGet();
                        check(request, res);
                    } catch (AssertionError | IOException | RuntimeException e) {
                        failures.add("request " + i + " of seed " + seed + ": " + e.getMessage() + "\n  <- " + shorten(request));
                    }
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(BUDGET.toSeconds() + 60, TimeUnit.SECONDS)) {
            clients.shutdownNow();
            failures.add("the clients did not finish: an answer took longer than a minute");
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        return new Run(sent.get(), Duration.ofNanos(System.nanoTime() - start).toMillis(), counts,
                List.copyOf(failures));
    }

    private static void check(String request, RawHttp.Answer res) {
        String method = request.substring(0, request.indexOf(' '));
        String target = request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/"));
        String body = res.body();
        int status = res.status();
        if (status == 503 && target.startsWith("/health") && body.contains("\"elasticsearch\":\"down\"")) {
            return; // the contract's own answer when Elasticsearch is down
        }
        assertThat(status).as("status").isBetween(200, 599);
        if (status >= 500) {
            assertThat(status).as("the only 5xx is our 503: %s", body).isEqualTo(503);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            assertThat(status).as("%s is never served", method).isGreaterThanOrEqualTo(400);
        }
        assertThat(res.header("X-Content-Type-Options")).as("nosniff").isEqualTo("nosniff");
        assertThat(res.header("Content-Security-Policy")).as("CSP").isNotNull();
        if (status >= 400 && !"HEAD".equals(method)) {
            assertThat(body.toLowerCase(Locale.ROOT)).as("no internal detail").doesNotContain("exception").doesNotContain("\tat ")
                    .doesNotContain("jetty").doesNotContain("javalin");
            String type = res.header("Content-Type");
            if (status == 404 && type != null && type.startsWith("text/html") && !target.startsWith("/api")) {
                // a browser that opens a page outside the API gets the page's own Chinese 404 (issue 11), word for word
                assertThat(body).as("the page's own 404").isEqualTo(notFoundPage());
                return;
            }
            JsonNode error = OurErrors.check("answer", res);
            if (status == 503) {
                assertThat(error.path("code").asText()).as("our 503").isIn(OUR_503);
                assertThat(res.header("Retry-After") != null || "search_unavailable".equals(error.path("code").asText()))
                        .as("Retry-After on a 503 that says when").isTrue();
            }
        }
        String type = res.header("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            assertThat(body).as("HTML echoes nothing we sent").doesNotContain(HostileRequests.SCRIPT).doesNotContain("onerror=alert(7331)")
                    .doesNotContain("7331");
        }
        if (status == 200 && type != null && type.startsWith("application/json") && !"HEAD".equals(method)) {
            snippetsAreSafe(body);
        }
    }

    private static String notFoundPage() {
        try (InputStream in = ApiFuzzTest.class.getResourceAsStream(NotFoundPage.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Snippets are the one text the page shows as HTML: escaped text and our {@code <mark>} only. */
    private static void snippetsAreSafe(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("200 that is not JSON: " + shorten(body), e);
        }
        for (JsonNode hit : json.path("hits")) {
            String snippet = hit.path("snippet").asText();
            assertThat(TAG.matcher(snippet).find()).as("a tag other than <mark> in the snippet %s", snippet).isFalse();
        }
    }

    private static long documents() throws IOException {
        return ApiFixture.client().count(c -> c.index(ApiFixture.ALIAS)).count();
    }

    private static String shorten(String s) {
        String one = s.replace("\r\n", "⏎");
        return one.length() <= 400 ? one : one.substring(0, 400) + "…(" + one.length() + " chars)";
    }
}
