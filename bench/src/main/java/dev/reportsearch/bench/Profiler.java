package dev.reportsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR execution-sample recording of this JVM, summarised two ways: by the method on top of the
 * stack (where the CPU is), and by the first of our own methods on the stack (which of our code
 * causes it).
 */
public final class Profiler implements AutoCloseable {
    private final Recording recording = new Recording();
    private Path file;

    public static Profiler start() {
        Profiler p = new Profiler();
        p.recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        p.recording.start();
        return p;
    }

    /** Stops the recording; returns "top frames" and "our frames" as percentages of samples. */
    public Map<String, Map<String, Double>> stop(int top) throws IOException {
        recording.stop();
        file = Files.createTempFile("bench-", ".jfr");
        recording.dump(file);
        Map<String, Integer> byTop = new HashMap<>();
        Map<String, Integer> byOurs = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = st.getFrames();
            byTop.merge(name(frames.get(0)), 1, Integer::sum);
            String ours = "(none of ours: client/JDK threads)";
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("dev.reportsearch.") && !n.startsWith("dev.reportsearch.bench.")) {
                    ours = n;
                    break;
                }
            }
            byOurs.merge(ours, 1, Integer::sum);
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        out.put("top frames", topOf(byTop, total, top));
        out.put("first frame of our code", topOf(byOurs, total, top));
        return out;
    }

    public Path file() {
        return file;
    }

    private static Map<String, Double> topOf(Map<String, Integer> counts, int total, int top) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.put(e.getKey(), 100.0 * e.getValue() / Math.max(1, total)));
        return out;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    @Override
    public void close() {
        recording.close();
    }
}
