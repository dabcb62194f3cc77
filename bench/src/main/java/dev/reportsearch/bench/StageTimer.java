package dev.reportsearch.bench;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.ParseStage;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.load.IndexDoc;
import dev.reportsearch.indexer.load.ReportDocuments;
import dev.reportsearch.indexer.read.UnreadableReportException;

/**
 * Where the pipeline's time goes: {@link ReportPipeline} itself, told as each of its stages ends
 * ({@link ParseStage.Listener}), on one thread; then the loader's documents.
 *
 * <p>Stages: read (decode, HTML, PDF, Word), id (content hash), clean, split, classify (regions, years, section
 * themes), extract (achievements and their themes), documents (the index documents, built by the loader before
 * sending).
 */
public final class StageTimer {
    private static final String DOCUMENTS = "documents";
    /** The fields Elasticsearch analyses with smartcn (and again as characters). */
    private static final Map<String, Function<IndexDocument, String>> SMARTCN_FIELDS = Map.of(
            IndexFields.TITLE, IndexDocument::title, IndexFields.HEADING, IndexDocument::heading, IndexFields.BODY, IndexDocument::text);

    private final ReportPipeline pipeline = ReportPipeline.standard();
    private final Map<ParseStage, Long> parseNanos = new EnumMap<>(ParseStage.class);
    private long documentNanos;
    /** UTF-8 bytes of the text fields Elasticsearch analyses with smartcn. */
    private long analysedBytes;
    private final Map<String, Long> analysedByField = new TreeMap<>();
    private int documents;

    public Map<String, Long> nanosByStage() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ParseStage stage : ParseStage.values()) {
            out.put(stage.name().toLowerCase(java.util.Locale.ROOT), parseNanos.getOrDefault(stage, 0L));
        }
        out.put(DOCUMENTS, documentNanos);
        return out;
    }

    public long analysedBytes() {
        return analysedBytes;
    }

    /** Analysed bytes by "docType field". */
    public Map<String, Long> analysedByField() {
        return analysedByField;
    }

    public int documents() {
        return documents;
    }

    public void run(String fileName, byte[] content) throws UnreadableReportException {
        long[] last = {System.nanoTime()};
        Report report = pipeline.parse(fileName, content, stage -> {
            long now = System.nanoTime();
            parseNanos.merge(stage, now - last[0], Long::sum);
            last[0] = now;
        });
        long t0 = System.nanoTime();
        List<IndexDoc> docs = ReportDocuments.of(report);
        documentNanos += System.nanoTime() - t0;
        documents += docs.size();
        for (IndexDoc d : docs) {
            SMARTCN_FIELDS.forEach((field, value) -> {
                String s = value.apply(d.source());
                if (s != null) {
                    int b = s.getBytes(StandardCharsets.UTF_8).length;
                    analysedBytes += b;
                    analysedByField.merge(d.source().docType() + " " + field, (long) b, Long::sum);
                }
            });
        }
    }
}
