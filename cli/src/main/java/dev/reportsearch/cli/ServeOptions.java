package dev.reportsearch.cli;

import java.time.Duration;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.core.es.EsConnection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the API is served, shared by the commands that serve: its port and how long any one request may take. */
final class ServeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    private Duration deadline = ApiConfig.DEFAULT_DEADLINE;

    /** Checked while the command line is read, so a bad value stops before Elasticsearch starts or anything is indexed. */
    @Option(names = "--deadline-ms", paramLabel = "MS", defaultValue = "5000",
            description = "Longest any one request may take, in milliseconds; past it the request answers 503 with "
                    + "Retry-After, however slow Elasticsearch is (default: ${DEFAULT-VALUE}).")
    void deadlineMs(long ms) {
        if (ms <= 0) {
            throw new ParameterException(spec.commandLine(), "--deadline-ms must be a positive number of milliseconds, not " + ms);
        }
        deadline = Duration.ofMillis(ms);
    }

    ApiConfig apiConfig(EsConnection connection, String alias) {
        return new ApiConfig(port, connection, alias, deadline);
    }
}
