package dev.reportsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.index.IndexGeneration;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start everything: Elasticsearch (managed unless --es), the index, the API and the page.",
                "With PATHs the index is rebuilt to hold exactly those reports; without, what is indexed is kept,",
                "and the bundled sample reports are indexed when nothing is."})
final class UpCommand implements Callable<Integer> {
    @Mixin
    EsOptions es;

    @Mixin
    ParseOptions parsing;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or folders to serve.")
    List<Path> paths = List.of();

    @Mixin
    ServeOptions serving;

    @Override
    public Integer call() throws Exception {
        EsTarget target = EsTarget.resolve(es);
        if (!paths.isEmpty()) {
            Indexing.run(target.connection(), es.alias, paths, true, parsing, System.out);
        } else {
            boolean empty;
            Optional<IndexGeneration> older;
            ElasticsearchClient client = EsClients.create(target.connection());
            try {
                empty = isEmpty(client, es.alias);
                older = empty ? Optional.empty() : new ReportIndex(client, new IndexDefinition(es.alias), IndexLayout.forNodes(1)).olderGeneration();
            } finally {
                client._transport().close();
            }
            if (empty) {
                Path samples = samples();
                System.out.println("Nothing indexed yet: indexing the sample reports in " + samples);
                Indexing.run(target.connection(), es.alias, List.of(samples), true, parsing, System.out);
            }
            older.ifPresent(index -> System.out.println("The index " + index
                    + " was built by an older version of report-search (this one writes index version " + IndexDefinition.VERSION
                    + "): it is served as it is; to rebuild it, run ./reportsearch up PATH... with all your reports"
                    + " (searches keep it until the new one is complete)."));
        }
        ServeCommand.serveUntilStopped(target, es.alias, serving);
        return 0;
    }

    private static boolean isEmpty(ElasticsearchClient client, String alias) throws Exception {
        try {
            return client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count() == 0;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return true;
            }
            throw e;
        }
    }

    private static Path samples() {
        String configured = System.getProperty("reportsearch.samples");
        Path dir = Path.of(configured != null ? configured : "samples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The sample reports are missing (" + dir + "); give report folders: reportsearch up PATH");
        }
        return dir;
    }
}
