package dev.reportsearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.embed.SectionVectors;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;

/** Runs a batch through the pipeline into Elasticsearch, with a progress bar and a summary. */
final class Indexing {
    private Indexing() {
    }

    static BatchIndexer.Summary run(EsConnection connection, String alias, List<Path> paths, boolean rebuild,
                                    ParseOptions parsing, PrintStream out) throws IOException {
        ElasticsearchClient client = EsClients.create(connection);
        try {
            int nodes = client.cluster().health().numberOfNodes();
            ReportIndex index = new ReportIndex(client, new IndexDefinition(alias), IndexLayout.forNodes(nodes));
            BatchIndexer indexer = new BatchIndexer(client, index, parsing.pipeline(), parsing.fileTimeout());
            if (parsing.vectorsFor(paths)) {
                out.println("Sections get vectors, for search by meaning (--vectors off skips this).");
                indexer = indexer.withStage(new SectionVectors(TextVectors.standard()));
            }
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            BatchIndexer.Summary summary = indexer.run(paths, rebuild, threads, new ProgressBar(out));
            printSummary(summary, out);
            return summary;
        } finally {
            client._transport().close();
        }
    }

    static void printSummary(BatchIndexer.Summary s, PrintStream out) {
        out.printf("Indexed %d reports, %d sections, %d achievements from %d files (%.1f MB) in %.1f s into %s%s%n",
                s.reports(), s.sections(), s.achievements(), s.files(), s.bytes() / 1e6, s.elapsed().toMillis() / 1000.0,
                s.index(), s.aliasSwapped() ? " (now live)" : "");
        if (!s.warnings().isEmpty()) {
            out.printf("Indexed with %d warning%s (the files are searchable, but not exactly as written):%n",
                    s.warnings().size(), s.warnings().size() == 1 ? "" : "s");
            s.warnings().forEach(w -> out.printf("  %s: %s%n", w.file(), w.message()));
        }
        if (!s.skipped().isEmpty()) {
            out.printf("Skipped %d files:%n", s.skipped().size());
            s.skipped().forEach(k -> out.printf("  %s: %s%n", k.file(), k.reason()));
        }
        if (!s.rejected().isEmpty()) {
            out.printf("%d documents did not reach the index (refused by Elasticsearch, or it could not be reached); "
                    + "these files are not (fully) indexed:%n", s.rejected().size());
            s.filesNotIndexed().forEach(f -> out.printf("  %s%n", f));
            s.rejected().stream().limit(10).forEach(r -> out.printf("    %s: %s%n", r.docId(), r.reason()));
            if (s.aliasSwapped()) {
                return;
            }
            out.println("The searchable index was left as it was. Fix the cause above and index again.");
        }
    }
}
