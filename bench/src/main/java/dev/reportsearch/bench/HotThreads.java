package dev.reportsearch.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples Elasticsearch's hot threads in the background and adds them up: CPU share by thread pool
 * and by the frame on top of the hottest stacks, so "where does Elasticsearch spend it" has an answer.
 */
public final class HotThreads implements AutoCloseable {
    private static final Pattern THREAD = Pattern.compile("^\\s*([\\d.]+)% \\[cpu=.*?cpu usage by thread '([^']+)'");
    private static final Pattern FRAME = Pattern.compile("^\\s+(?:[\\w.@$-]*/)*([\\w.$]+)\\.([\\w$<>]+)\\(");

    private final BenchCluster cluster;
    private final Thread sampler;
    private final Map<String, Double> byPool = new HashMap<>();
    private final Map<String, Double> byFrame = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    public HotThreads(BenchCluster cluster) {
        this.cluster = cluster;
        this.sampler = new Thread(this::loop, "hot-threads");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    private void loop() {
        while (running) {
            try {
                add(cluster.getText("/_nodes/hot_threads?threads=6&interval=500ms&ignore_idle_threads=true&snapshots=5"));
            } catch (Exception e) {
                return;
            }
            BenchCluster.sleep(1000);
        }
    }

    synchronized void add(String text) {
        samples++;
        String pool = null;
        double share = 0;
        boolean wantFrame = false;
        for (String line : text.split("\n")) {
            Matcher t = THREAD.matcher(line);
            if (t.find()) {
                share = Double.parseDouble(t.group(1));
                pool = t.group(2).replaceAll("\\[T#\\d+]", "").replaceAll("^elasticsearch\\[[^]]+]", "");
                byPool.merge(pool, share, Double::sum);
                wantFrame = true;
                continue;
            }
            if (wantFrame) {
                Matcher f = FRAME.matcher(line);
                if (f.find()) {
                    byFrame.merge(f.group(1) + "." + f.group(2), share, Double::sum);
                    wantFrame = false;
                }
                if (line.contains("snapshots sharing following")) {
                    continue;
                }
            }
        }
    }

    /** Average CPU % of one core per sample, by pool and by top frame. */
    public synchronized Map<String, Map<String, Double>> summary(int top) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        out.put("Elasticsearch threads (avg % of a core)", topOf(byPool, top));
        out.put("Elasticsearch top frames (avg % of a core)", topOf(byFrame, top));
        return out;
    }

    private Map<String, Double> topOf(Map<String, Double> m, int top) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = Math.max(1, samples);
        m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.put(e.getKey(), e.getValue() / n));
        return out;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
