package dev.reportsearch.core.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import co.elastic.clients.transport.TransportUtils;

/**
 * Which certificate authority an https:// cluster's certificate must come from. Elasticsearch 8 starts
 * with TLS and a self-signed CA of its own: give its CA file (config/certs/http_ca.crt) or the CA's
 * SHA-256 fingerprint, as Elasticsearch prints it on first start. Neither: the JVM's trusted CAs.
 *
 * @param caCert        a PEM file holding the CA certificate, or null
 * @param caFingerprint the CA certificate's SHA-256 fingerprint in hex (colons allowed), or null
 */
public record EsTrust(Path caCert, String caFingerprint) {
    public static final EsTrust SYSTEM = new EsTrust(null, null);

    public EsTrust {
        if (caFingerprint != null) {
            caFingerprint = caFingerprint.replace(":", "").strip().toLowerCase(Locale.ROOT);
            if (caFingerprint.isEmpty()) {
                caFingerprint = null;
            } else if (!caFingerprint.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("The CA fingerprint must be 64 hex digits (SHA-256, as Elasticsearch "
                        + "prints it), got '" + caFingerprint + "'.");
            }
        }
    }

    public static EsTrust of(String caCertPath, String caFingerprint) {
        return new EsTrust(caCertPath == null || caCertPath.isBlank() ? null : Path.of(caCertPath), caFingerprint);
    }

    public boolean isSystem() {
        return caCert == null && caFingerprint == null;
    }

    /** The TLS context trusting exactly this CA; null for the JVM's defaults. */
    SSLContext sslContext() {
        if (caCert != null) {
            if (!Files.isReadable(caCert)) {
                throw new IllegalArgumentException("Cannot read the CA certificate " + caCert
                        + ": give the path of the cluster's CA file (http_ca.crt) with --es-ca-cert.");
            }
            try {
                return TransportUtils.sslContextFromHttpCaCrt(caCert.toFile());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("The CA certificate " + caCert + " is not a PEM certificate ("
                        + e.getMessage() + "): give the cluster's http_ca.crt with --es-ca-cert.", e);
            }
        }
        return caFingerprint == null ? null : TransportUtils.sslContextFromCaFingerprint(caFingerprint);
    }
}
