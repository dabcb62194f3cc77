package dev.reportsearch.cli;

import java.util.List;
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

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove reports from the index by id.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    EsOptions es;

    @Parameters(paramLabel = "REPORT_ID", arity = "1..*", description = "Report ids (as shown by the API).")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        EsTarget target = EsTarget.resolve(es);
        ElasticsearchClient client = EsClients.create(target.connection());
        try {
            ReportIndex index = new ReportIndex(client, new IndexDefinition(es.alias), IndexLayout.forNodes(1));
            IndexGeneration live = index.aliasTarget().orElseThrow(() -> new IllegalStateException("Nothing is indexed under " + es.alias));
            int missing = 0;
            for (String id : ids) {
                int n = index.deleteReport(live, id);
                System.out.println(n == 0 ? "No report " + id : "Removed report " + id + " (" + n + " documents)");
                missing += n == 0 ? 1 : 0;
            }
            return missing == 0 ? 0 : 3;
        } finally {
            client._transport().close();
        }
    }
}
