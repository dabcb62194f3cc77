package dev.reportsearch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.index.IndexDefinition;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.BatchIndexer;
import dev.reportsearch.indexer.ReportParser;
import dev.reportsearch.indexer.ReportPipeline;
import dev.reportsearch.indexer.load.IndexLayout;
import dev.reportsearch.indexer.load.ReportIndex;
import dev.reportsearch.testkit.RealPages;
import dev.reportsearch.testkit.TestData;
import dev.reportsearch.testkit.TestElasticsearch;
import dev.reportsearch.testkit.RegionEdgeReports;

/**
 * The product as people run it, once per test JVM: the real Elasticsearch of the testkit, our samples,
 * the seed reports and the real pages labelled at township level ({@link RealPages}) indexed by the real
 * pipeline, the township reports of {@link RegionEdgeReports}, and the API (serving the page) on a free port.
 */
final class Product {
    static final String ALIAS = "e2e-reports";
    private static ApiServer server;
    private static BatchIndexer.Summary indexed;

    private Product() {
    }

    /** The base URL of the running API and page, e.g. http://localhost:41234. */
    static synchronized String baseUrl() {
        if (server == null) {
            // The pipeline first (it opens every jar and resource it needs), then Elasticsearch: a jar
            // reinstalled by a concurrent build during the ES start-up cannot pull classes from under us.
            ReportPipeline pipeline = ReportPipeline.standard();
            indexed = index(pipeline);
            server = ApiServer.start(new ApiConfig(0, EsConnection.of(TestElasticsearch.url()), ALIAS, TestElasticsearch.ANSWER_DEADLINE));
            ApiServer s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stop-e2e-api"));
        }
        return "http://localhost:" + server.port();
    }

    static synchronized BatchIndexer.Summary indexed() {
        baseUrl();
        return indexed;
    }

    private static BatchIndexer.Summary index(ReportPipeline pipeline) {
        ElasticsearchClient client = EsClients.create(EsConnection.of(TestElasticsearch.url()));
        try {
            ReportIndex index = new ReportIndex(client, new IndexDefinition(ALIAS), IndexLayout.forNodes(1));
            Path townships = Files.createTempDirectory("e2e-townships");
            RegionEdgeReports.writeStandIns(townships);
            ReportParser parser = file -> {
                Optional<Report> township = RegionEdgeReports.forFile(file);
                return township.isPresent() ? township.get() : pipeline.parse(file);
            };
            BatchIndexer.Summary summary = new BatchIndexer(client, index, parser)
                    .run(List.of(TestData.samples(), TestData.seeds(), townships,
                            RealPages.copiedToTemp(RealPages.atTownshipLevel(), "e2e-real-townships")), true, 2, BatchIndexer.Progress.NONE);
            if (!summary.ok() || summary.reports() == 0) {
                throw new IllegalStateException("indexing for the e2e tests failed: " + summary);
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                client._transport().close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    /** Another API server over the same index (tests that stop it). */
    static ApiServer startAnotherServer(EsConnection connection) {
        baseUrl();
        return ApiServer.start(new ApiConfig(0, connection, ALIAS));
    }

    /** A port nothing listens on (bound and released). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GET from the API, as a client other than the page would: a 503 (shed under load, or Elasticsearch
     * slower than the client's timeout on a machine the tests share) is asked again after a pause, a few times.
     */
    static HttpResponse<byte[]> get(String pathAndQuery) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(20)).build();
            HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            for (int retry = 0; retry < 5 && res.statusCode() == 503; retry++) {
                Thread.sleep(1000L * Math.max(1, Long.parseLong(res.headers().firstValue("Retry-After").orElse("1").strip())));
                res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
