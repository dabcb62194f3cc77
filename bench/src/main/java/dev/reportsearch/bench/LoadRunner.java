package dev.reportsearch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * C client threads sending a query set for a while, each starting at its own place in the set, each
 * waiting for the whole answer before sending the next (closed loop). Latency per request; the
 * set cycles until time is up.
 */
public final class LoadRunner {
    private final HttpClient http;
    private final Duration timeout;

    public LoadRunner(int clients, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, Math.min(clients, 16))))
                .build();
        this.timeout = timeout;
    }

    /** What one phase measured: all requests, and by query kind; errors by reason. */
    public record Phase(Latencies all, Map<String, Latencies> byKind, Map<String, Integer> errorReasons, long wallNanos) {
    }

    /**
     * @param requests the request for each query of the set, in order
     * @param kinds    each query's kind, same order
     */
    public Phase run(List<HttpRequest> requests, List<String> kinds, int clients, Duration length) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        List<Map<String, Latencies>> perThread = new ArrayList<>();
        List<Latencies> allPerThread = new ArrayList<>();
        Map<String, Integer> reasons = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Map<String, Latencies> mine = new LinkedHashMap<>();
            Latencies all = new Latencies();
            perThread.add(mine);
            allPerThread.add(all);
            int first = (int) ((long) c * requests.size() / clients);
            threads[c] = new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i = (i + 1) % requests.size()) {
                    Latencies kind = mine.computeIfAbsent(kinds.get(i), k -> new Latencies());
                    long t0 = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<byte[]> res = http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (res.statusCode() != 200) {
                            error = "HTTP " + res.statusCode() + ": " + abbreviate(new String(res.body(), StandardCharsets.UTF_8));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long t = System.nanoTime() - t0;
                    if (error == null) {
                        all.record(t);
                        kind.record(t);
                    } else {
                        all.error();
                        kind.error();
                        reasons.merge(error, 1, Integer::sum);
                    }
                }
            }, "client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        for (String k : kinds) {
            if (!byKind.containsKey(k)) {
                List<Latencies> parts = new ArrayList<>();
                for (Map<String, Latencies> m : perThread) {
                    if (m.containsKey(k)) {
                        parts.add(m.get(k));
                    }
                }
                byKind.put(k, Latencies.merge(parts));
            }
        }
        return new Phase(Latencies.merge(allPerThread), byKind, reasons, wall);
    }

    /** Sends one request and returns its body (or throws on a non-200). */
    public String once(HttpRequest request) throws Exception {
        HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + res.statusCode() + " from " + request.uri() + ": " + abbreviate(res.body()));
        }
        return res.body();
    }

    public Duration timeout() {
        return timeout;
    }

    public static Phase combine(List<Phase> phases) {
        List<Latencies> all = new ArrayList<>();
        Map<String, List<Latencies>> kinds = new LinkedHashMap<>();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        long wall = 0;
        for (Phase p : phases) {
            all.add(p.all());
            p.byKind().forEach((k, v) -> kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            p.errorReasons().forEach((k, v) -> reasons.merge(k, v, Integer::sum));
            wall += p.wallNanos();
        }
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, Latencies.merge(v)));
        return new Phase(Latencies.merge(all), byKind, reasons, wall);
    }

    static <T> List<T> map(List<QuerySet.Query> queries, Function<QuerySet.Query, T> f) {
        return queries.stream().map(f).toList();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
