package dev.reportsearch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index report files and folders (.txt, .html, .pdf, .docx, .doc, .wps) into Elasticsearch.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    EsOptions es;

    @Mixin
    ParseOptions parsing;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of reports.")
    List<Path> paths;

    @Option(names = "--rebuild", description = "Replace the whole index by exactly these reports (built aside, then swapped in).")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        EsTarget target = EsTarget.resolve(es);
        var summary = Indexing.run(target.connection(), es.alias, paths, rebuild, parsing, System.out);
        if (target.managed()) {
            System.out.println("The managed Elasticsearch keeps running at " + target.connection().describe()
                    + "; stop it with: ./reportsearch es stop");
        }
        return summary.ok() ? 0 : 2;
    }
}
