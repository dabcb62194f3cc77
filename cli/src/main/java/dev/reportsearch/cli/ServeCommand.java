package dev.reportsearch.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.reportsearch.api.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and the page (no indexing).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    EsOptions es;

    @Mixin
    ServeOptions serving;

    @Override
    public Integer call() throws Exception {
        EsTarget target = EsTarget.resolve(es);
        serveUntilStopped(target, es.alias, serving);
        return 0;
    }

    /** Serves until Ctrl-C; stops the managed node too if this process started it. */
    static void serveUntilStopped(EsTarget target, String alias, ServeOptions serving) throws InterruptedException {
        ApiServer server = ApiServer.start(serving.apiConfig(target.connection(), alias));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (target.managed()) {
                target.started().stop();
            }
            stopped.countDown();
        }, "shutdown"));
        System.out.println("report-search is up: http://localhost:" + server.port() + "/  (Ctrl-C stops)");
        stopped.await();
    }
}
