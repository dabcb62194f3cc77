package dev.reportsearch.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.ReportIds;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.model.SubReport;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.classify.RegionDetector;
import dev.reportsearch.indexer.classify.RegionEvidence;
import dev.reportsearch.indexer.classify.ThemeClassifier;
import dev.reportsearch.indexer.classify.YearDetector;
import dev.reportsearch.indexer.classify.YearHeadings;
import dev.reportsearch.indexer.clean.CleanDocument;
import dev.reportsearch.indexer.clean.DocumentCleaner;
import dev.reportsearch.indexer.extract.AchievementExtractor;
import dev.reportsearch.indexer.load.IndexDoc;
import dev.reportsearch.indexer.load.ReportDocuments;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.ReadDocument;
import dev.reportsearch.indexer.read.UnreadableReportException;
import dev.reportsearch.indexer.split.SectionDraft;
import dev.reportsearch.indexer.split.SectionSplitter;
import dev.reportsearch.indexer.split.SplitDocument;
import dev.reportsearch.indexer.split.SubReportDraft;

/**
 * Where the pipeline's time goes: the same stage calls {@link ReportPipeline} makes, in the same
 * order, each timed on its own, on one thread. Kept beside the pipeline's code by hand: if the two
 * drift apart, {@link #parseNanos} (the real pipeline over the same input) shows it.
 *
 * <p>Stages: read (decode, HTML), clean, split, classify (regions, years, section themes), extract
 * (achievements and their themes), id (content hash), documents (the index documents and their
 * search normal form, built by the loader before sending).
 */
public final class StageTimer {
    public static final List<String> STAGES = List.of("read", "clean", "split", "classify", "extract", "id", "documents");

    private final DocumentReader reader = DocumentReader.standard();
    private final DocumentCleaner cleaner = DocumentCleaner.standard();
    private final SectionSplitter splitter = SectionSplitter.standard();
    private final RegionDetector regions = new RegionDetector();
    private final YearDetector years = YearDetector.standard();
    private final ThemeClassifier themes = new ThemeClassifier();
    private final AchievementExtractor extractor = AchievementExtractor.standard();

    private final long[] nanos = new long[STAGES.size()];
    /** The fields Elasticsearch analyses with smartcn (and again as single characters). */
    private static final Map<String, Function<IndexDocument, String>> SMARTCN_FIELDS = Map.of(
            IndexFields.TITLE, IndexDocument::title, IndexFields.HEADING, IndexDocument::heading, IndexFields.BODY, IndexDocument::text);
    /** UTF-8 bytes of the text fields Elasticsearch analyses with smartcn. */
    private long analysedBytes;
    private final Map<String, Long> analysedByField = new java.util.TreeMap<>();
    private long decodedBytes;
    private int documents;

    public Map<String, Long> nanosByStage() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < nanos.length; i++) {
            out.put(STAGES.get(i), nanos[i]);
        }
        return out;
    }

    public long analysedBytes() {
        return analysedBytes;
    }

    /** Analysed bytes by "docType norm.field". */
    public Map<String, Long> analysedByField() {
        return analysedByField;
    }

    public long decodedBytes() {
        return decodedBytes;
    }

    public int documents() {
        return documents;
    }

    public void run(String fileName, byte[] content) throws UnreadableReportException {
        long t0 = System.nanoTime();
        ReadDocument read = reader.read(fileName, content);
        long t1 = System.nanoTime();
        nanos[0] += t1 - t0;
        for (String line : read.lines()) {
            decodedBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }

        CleanDocument clean = cleaner.clean(read);
        String title = clean.metadata().title() != null ? clean.metadata().title() : fallbackTitle(clean.paragraphs(), fileName);
        long t2 = System.nanoTime();
        nanos[1] += t2 - t1;

        SplitDocument split = splitter.split(title, clean.paragraphs(), clean.headingHints());
        String body = String.join("\n", clean.paragraphs());
        long t3 = System.nanoTime();
        nanos[2] += t3 - t2;

        Region region = regions.detect(new RegionEvidence(title, clean.metadata().publisher(), body, null)).orElse(null);
        List<SubReport> subReports = new ArrayList<>();
        for (SubReportDraft draft : split.subReports()) {
            Region sub = regions.organisationRegion(draft.heading(), region)
                    .or(() -> regions.detect(new RegionEvidence(draft.heading(), null, draft.text(), region)))
                    .or(() -> regions.detect(new RegionEvidence(draft.heading(), null, draft.text(), null)))
                    .orElse(region);
            subReports.add(new SubReport(draft.heading(), sub));
        }
        List<Integer> partYears = new ArrayList<>();
        for (SectionDraft s : split.sections()) {
            if (s.yearPart() != null && s.yearPart().equals(s.heading())) {
                YearHeadings.yearOf(s.heading()).ifPresent(partYears::add);
            }
        }
        List<Integer> reportYears = years.reportYears(title, body, clean.metadata().publishedAt(), partYears);
        List<List<String>> sectionThemes = new ArrayList<>();
        for (SectionDraft draft : split.sections()) {
            sectionThemes.add(themes.classify(SearchText.normalize(draft.heading()), SearchText.normalize(draft.text())));
        }
        long t4 = System.nanoTime();
        nanos[3] += t4 - t3;

        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < split.sections().size(); i++) {
            SectionDraft draft = split.sections().get(i);
            Region sectionRegion = draft.subReport() >= 0 ? subReports.get(draft.subReport()).region() : region;
            if (sectionRegion == null) {
                sectionRegion = region;
            }
            List<Achievement> themed = new ArrayList<>();
            if (!draft.text().isBlank()) {
                for (Achievement a : extractor.extract(draft.text())) {
                    Set<String> ids = new LinkedHashSet<>(themes.classify("", SearchText.normalize(a.text())));
                    ids.addAll(a.themes());
                    ids.addAll(sectionThemes.get(i));
                    themed.add(new Achievement(a.text(), a.figures(), List.copyOf(ids)));
                }
            }
            sections.add(new Section(draft.order(), draft.heading(), draft.headingPath(), draft.text(), sectionRegion,
                    years.sectionYears(draft.yearPart(), reportYears), sectionThemes.get(i), themed));
        }
        long t5 = System.nanoTime();
        nanos[4] += t5 - t4;

        String id = ReportIds.of(fileName, content);
        Report report = new Report(id, title, region, reportYears,
                new Source(read.fileName(), clean.metadata().url(), clean.metadata().publisher(), clean.metadata().publishedAt()),
                subReports, sections);
        long t6 = System.nanoTime();
        nanos[5] += t6 - t5;

        List<IndexDoc> docs = ReportDocuments.of(report);
        long t7 = System.nanoTime();
        nanos[6] += t7 - t6;
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

    private static String fallbackTitle(List<String> paragraphs, String fileName) {
        if (paragraphs.isEmpty()) {
            return fileName;
        }
        String sentence = paragraphs.get(0).split("[。！!？?；;]", 2)[0].strip();
        return sentence.length() <= 30 ? sentence : sentence.substring(0, 30) + "…";
    }
}
