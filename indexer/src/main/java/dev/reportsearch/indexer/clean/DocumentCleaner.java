package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.PageMetadata;
import dev.reportsearch.indexer.read.ReadDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clean stage: normalises each line, reads the publication date, joins field labels with their values, drops site chrome
 * (chrome lines and fragments, breadcrumbs), takes the title/date/source lines off the top, drops the
 * page-metadata lines and link lists left in the body, and joins lines broken mid-sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentCleaner {
    private final TextNormalizer normalizer;
    private final BoilerplateRules boilerplate;
    private final MetadataExtractor metadata;
    private final LineJoiner joiner;
    private final LabelLines labels;
    private final LinkRuns linkRuns;

    public DocumentCleaner(TextNormalizer normalizer, BoilerplateRules boilerplate, MetadataExtractor metadata, LineJoiner joiner,
                           LabelLines labels) {
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.metadata = metadata;
        this.joiner = joiner;
        this.labels = labels;
        this.linkRuns = new LinkRuns(boilerplate);
    }

    public static DocumentCleaner standard() {
        HeadlineRules headlines = HeadlineRules.standard();
        BoilerplateRules boilerplate = BoilerplateRules.standard();
        return new DocumentCleaner(new TextNormalizer(), boilerplate, new MetadataExtractor(new TitleFinder(headlines, HeadlineChooser.standard()), boilerplate::isMetaLine),
                new LineJoiner(), new LabelLines(headlines));
    }

    public CleanDocument clean(ReadDocument document) {
        List<String> normalised = linkRuns.withoutFooterLinks(linkRuns.withoutBreadcrumbs(labels.join(normaliseLines(document.lines()))));
        List<String> withoutChrome = new ArrayList<>();
        for (String line : normalised) {
            boilerplate.strip(line).or(() -> linkRuns.headlineEndingTrail(line)).ifPresent(withoutChrome::add);
        }
        PageMetadata markup = document.metadata();
        if (markup.title() != null) {
            markup = new PageMetadata(normalizer.normalizeLine(markup.title()), markup.publishedAt(), markup.url(), markup.publisher());
        }
        PageHeader header = metadata.extract(withoutChrome, markup, document.fileName());
        List<String> body = linkRuns.withoutLinkLists(header.body().stream().filter(l -> !boilerplate.isMetaLine(l)).toList());
        List<String> paragraphs = joiner.join(body);
        Set<String> hints = new LinkedHashSet<>(normaliseLines(new ArrayList<>(document.headingHints())));
        return new CleanDocument(document.fileName(), withPageDate(header.metadata(), normalised), paragraphs, hints);
    }

    /**
     * The page's publication date, read by {@link PublicationDate} from the lines before chrome goes (metadata
     * tables and source lines are chrome, yet they carry it); what the text says wins over the markup's meta date.
     */
    private static PageMetadata withPageDate(PageMetadata metadata, List<String> lines) {
        return metadata.withPublishedAt(PublicationDate.in(lines).orElse(metadata.publishedAt()));
    }

    private List<String> normaliseLines(List<String> lines) {
        String text = TextNormalizer.dropPinyinGlosses(String.join("\n", lines));
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String normalised = normalizer.normalizeLine(line);
            if (!normalised.isEmpty()) {
                out.add(normalised);
            }
        }
        return out;
    }
}
