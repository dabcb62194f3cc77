package dev.reportsearch.indexer;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.ReportIds;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.model.SubReport;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.classify.RegionDetector;
import dev.reportsearch.indexer.classify.RegionEvidence;
import dev.reportsearch.indexer.classify.ThemeClassifier;
import dev.reportsearch.indexer.classify.YearDetector;
import dev.reportsearch.indexer.classify.YearHeadings;
import dev.reportsearch.indexer.clean.CleanDocument;
import dev.reportsearch.indexer.clean.DocumentCleaner;
import dev.reportsearch.indexer.clean.FirstParagraphTitle;
import dev.reportsearch.indexer.clean.TitleEvidence;
import dev.reportsearch.indexer.extract.AchievementExtractor;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.ReadDocument;
import dev.reportsearch.indexer.read.UnreadableReportException;
import dev.reportsearch.indexer.split.SectionDraft;
import dev.reportsearch.indexer.split.SectionSplitter;
import dev.reportsearch.indexer.split.SplitDocument;
import dev.reportsearch.indexer.split.SubReportDraft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Turns one file into a {@link Report}: read (encoding, HTML body) → clean (chrome, metadata, line
 * joins) → split (sub-reports, sections) → classify (region, years, themes) → extract (achievements).
 *
 * <p><b>Report id</b>: {@link ReportIds} over the file's path (read with {@link PathNames} so the JVM's locale
 * cannot merge two names) and its content. Re-indexing the same file gives the same id; a changed file gives a
 * new id (the loader replaces other versions of the same file); the same content under two paths gives two ids.
 *
 * <p>Immutable and thread-safe: build one with {@link #standard()} (which loads every resource) and share it.
 */
public final class ReportPipeline implements ReportParser {
    /** Finds a headline in a page's first paragraph when its header has none. */
    private static final FirstParagraphTitle TITLES = FirstParagraphTitle.standard();

    private final DocumentReader reader;
    private final DocumentCleaner cleaner;
    private final SectionSplitter splitter;
    private final RegionDetector regions;
    private final YearDetector years;
    private final ThemeClassifier themes;
    private final Function<String, List<Achievement>> achievements;

    public ReportPipeline(DocumentReader reader, DocumentCleaner cleaner, SectionSplitter splitter, RegionDetector regions,
                          YearDetector years, ThemeClassifier themes, Function<String, List<Achievement>> achievements) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.splitter = splitter;
        this.regions = regions;
        this.years = years;
        this.themes = themes;
        this.achievements = achievements;
    }

    public static ReportPipeline standard() {
        return standard(DocumentReader.standard());
    }

    /** The standard pipeline reading files with this reader (one with OCR, say). */
    public static ReportPipeline standard(DocumentReader reader) {
        return new ReportPipeline(reader, DocumentCleaner.standard(), SectionSplitter.standard(),
                new RegionDetector(), YearDetector.standard(), new ThemeClassifier(), AchievementExtractor.standard()::extract);
    }

    @Override
    public Report parse(Path file) throws UnreadableReportException {
        return parseWithWarnings(file).report();
    }

    @Override
    public Parsed parseWithWarnings(Path file) throws UnreadableReportException {
        return parsed(PathNames.nameOf(file), reader.bytesOf(file));
    }

    public Report parse(String fileName, byte[] content) throws UnreadableReportException {
        return parse(fileName, content, ParseStage.Listener.NONE);
    }

    /** As {@link #parse(String, byte[])}, telling the listener as each stage ends (for the benchmark). */
    public Report parse(String fileName, byte[] content, ParseStage.Listener stages) throws UnreadableReportException {
        return parsed(fileName, content, stages).report();
    }

    private Parsed parsed(String fileName, byte[] content) throws UnreadableReportException {
        return parsed(fileName, content, ParseStage.Listener.NONE);
    }

    private Parsed parsed(String fileName, byte[] content, ParseStage.Listener stages) throws UnreadableReportException {
        ReadDocument read = reader.read(fileName, content);
        stages.ended(ParseStage.READ);
        String id = ReportIds.of(fileName, content);
        stages.ended(ParseStage.ID);
        return new Parsed(assemble(id, read, stages), read.warnings());
    }

    private Report assemble(String id, ReadDocument read, ParseStage.Listener stages) {
        CleanDocument clean = cleaner.clean(read);
        FirstParagraphTitle.Titled titled = clean.metadata().title() != null
                ? new FirstParagraphTitle.Titled(clean.metadata().title(), clean.paragraphs()) : fallbackTitle(clean.paragraphs(), read.fileName());
        String title = titled.title();
        List<String> paragraphs = titled.paragraphs();
        stages.ended(ParseStage.CLEAN);
        SplitDocument split = splitter.split(title, paragraphs, clean.headingHints());
        stages.ended(ParseStage.SPLIT);

        String body = String.join("\n", paragraphs);
        Region region = regions.detect(RegionEvidence.ofPage(title, clean.metadata().publisher(), read.lines(), body)).orElse(null);

        List<SubReport> subReports = new ArrayList<>();
        for (SubReportDraft draft : split.subReports()) {
            subReports.add(new SubReport(draft.heading(), subReportRegion(draft, region)));
        }

        List<Integer> partYears = new ArrayList<>();
        for (SectionDraft s : split.sections()) {
            if (s.yearPart() != null) { // a part's heading, or a part the title names and the page leaves out
                YearHeadings.yearOf(s.yearPart()).ifPresent(partYears::add);
            }
        }
        String page = String.join("\n", read.lines()); // chrome and editor's notes too
        List<Integer> reportYears = years.reportYears(title, body, page, clean.metadata().publishedAt(), partYears);
        stages.ended(ParseStage.CLASSIFY);

        List<Section> sections = new ArrayList<>();
        for (SectionDraft draft : split.sections()) {
            stopIfCancelled();
            Region sectionRegion = draft.subReport() >= 0 ? subReports.get(draft.subReport()).region() : region;
            if (sectionRegion == null) {
                sectionRegion = region;
            }
            List<String> sectionThemes = themes.classify(SearchText.normalize(draft.heading()), SearchText.normalize(draft.text()));
            List<Integer> sectionYears = years.sectionYears(draft.yearPart(), reportYears);
            stages.ended(ParseStage.CLASSIFY);
            List<Achievement> found = achievementsOf(draft.text(), sectionThemes);
            stages.ended(ParseStage.EXTRACT);
            sections.add(new Section(draft.order(), draft.heading(), draft.headingPath(), draft.text(), sectionRegion,
                    sectionYears, sectionThemes, found));
        }
        return new Report(id, title, region, reportYears,
                new Source(read.fileName(), clean.metadata().url(), clean.metadata().publisher(), clean.metadata().publishedAt()),
                subReports, sections);
    }

    /** A parse given up on (the batch's time bound) stops at the next section instead of running on unseen. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("parse cancelled");
        }
    }

    private Region subReportRegion(SubReportDraft draft, Region page) {
        return regions.organisationRegion(draft.heading(), page)
                .or(() -> regions.detect(new RegionEvidence(draft.heading(), null, draft.text(), page)))
                .or(() -> regions.detect(new RegionEvidence(draft.heading(), null, draft.text(), null)))
                .orElse(page);
    }

    /** The extractor's achievements, each themed by its own sentence first, then by its section. */
    private List<Achievement> achievementsOf(String text, List<String> sectionThemes) {
        if (text.isBlank()) {
            return List.of();
        }
        List<Achievement> themed = new ArrayList<>();
        for (Achievement a : achievements.apply(text)) {
            Set<String> ids = new LinkedHashSet<>(themes.classify("", SearchText.normalize(a.text())));
            ids.addAll(a.themes());
            ids.addAll(sectionThemes);
            themed.add(new Achievement(a.text(), a.figures(), List.copyOf(ids)));
        }
        return themed;
    }

    /** The headline the first paragraph starts with (else its first sentence, shortened), past salutations, names and the site's navigation (which goes); the file's name when there is no text. */
    static FirstParagraphTitle.Titled fallbackTitle(List<String> paragraphs, String fileName) {
        if (paragraphs.isEmpty()) {
            String name = Path.of(fileName).getFileName().toString();
            int dot = name.lastIndexOf('.');
            return new FirstParagraphTitle.Titled(dot > 0 ? name.substring(0, dot) : name, paragraphs);
        }
        return TITLES.titled(paragraphs, new TitleEvidence(null, fileName));
    }
}
