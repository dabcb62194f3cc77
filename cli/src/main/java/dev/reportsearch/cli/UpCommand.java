package dev.reportsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
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
        } else if (isEmpty(target.connection(), es.alias)) {
            Path samples = samples();
            System.out.println("Nothing indexed yet: indexing the sample reports in " + samples);
            Indexing.run(target.connection(), es.alias, List.of(samples), true, parsing, System.out);
        } else {
            Indexing.olderIndex(target.connection(), es.alias).ifPresent(older -> System.out.println("The index " + older
                    + " was built by an older version of report-search (this one writes index version " + IndexDefinition.VERSION
                    + "): it is served as it is; to rebuild it, run ./reportsearch up PATH... with all your reports"
                    + " (searches keep it until the new one is complete)."));
        }
        ServeCommand.serveUntilStopped(target, es.alias, serving);
        return 0;
    }

    private static boolean isEmpty(EsConnection connection, String alias) throws Exception {
        ElasticsearchClient client = EsClients.create(connection);
        try {
            return client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count() == 0;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return true;
            }
            throw e;
        } finally {
            client._transport().close();
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
