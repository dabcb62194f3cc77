package dev.reportsearch.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Makes a CA and an HTTP certificate for 127.0.0.1 and localhost with the distribution's own
 * elasticsearch-certutil, as an operator would for a cluster of their own.
 */
public final class NodeCertificates {
    private NodeCertificates() {
    }

    /** Writes ca.crt, http.crt and http.key (PEM) into {@code dir} and returns it. */
    public static Path generate(EsInstallation install, Path dir) {
        try {
            Files.createDirectories(dir);
            Path work = Files.createTempDirectory(dir, ".certutil-");
            Path log = work.resolve("certutil.log");
            install.runTool("elasticsearch-certutil", List.of("ca", "--pem", "--silent", "--out",
                    work.resolve("ca.zip").toString()), null, log);
            Path ca = EsInstallation.extract(work.resolve("ca.zip"), work);
            install.runTool("elasticsearch-certutil", List.of("cert", "--pem", "--silent", "--name", "http",
                    "--ca-cert", ca.resolve("ca.crt").toString(), "--ca-key", ca.resolve("ca.key").toString(),
                    "--dns", "localhost", "--ip", "127.0.0.1", "--out", work.resolve("http.zip").toString()), null, log);
            Path http = EsInstallation.extract(work.resolve("http.zip"), work);
            Files.copy(ca.resolve("ca.crt"), dir.resolve(NodeSecurity.CA), StandardCopyOption.REPLACE_EXISTING);
            // The node presents its CA after its own certificate, as Elasticsearch 8 does when it configures
            // itself: clients that trust the CA by fingerprint need to see it in the chain.
            Files.writeString(dir.resolve(NodeSecurity.CERT), Files.readString(http.resolve("http.crt")) + Files.readString(ca.resolve("ca.crt")));
            Files.copy(http.resolve("http.key"), dir.resolve(NodeSecurity.KEY), StandardCopyOption.REPLACE_EXISTING);
            EsInstallation.deleteTree(work);
            return dir;
        } catch (IOException e) {
            throw new EsStartException("Could not make certificates in " + dir + ": " + e.getMessage(), e);
        }
    }
}
