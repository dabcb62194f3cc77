package dev.reportsearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A managed node run as users meet Elasticsearch 8: security on, HTTP over TLS. Its certificates come
 * from {@link NodeCertificates}; its superuser lives in the node's file realm (created before start), so
 * no password needs resetting through a running node.
 *
 * @param certs    directory with ca.crt, http.crt and http.key (PEM)
 * @param user     the superuser the launcher creates
 * @param password its password
 * @param users    more users of the file realm, each with a role of its own
 */
public record NodeSecurity(Path certs, String user, String password, List<RoleUser> users) {
    static final String CA = "ca.crt";
    static final String CERT = "http.crt";
    static final String KEY = "http.key";

    /**
     * A user holding one role, defined as Elasticsearch's role API takes it (JSON), so that the same file
     * can create the role on a real cluster and be tried on a managed node.
     */
    public record RoleUser(String name, String password, String role, String roleDefinition) {
    }

    public NodeSecurity {
        users = List.copyOf(users);
    }

    public NodeSecurity(Path certs, String user, String password) {
        this(certs, user, password, List.of());
    }

    public NodeSecurity with(RoleUser another) {
        List<RoleUser> all = new ArrayList<>(users);
        all.add(another);
        return new NodeSecurity(certs, user, password, all);
    }

    /** The roles.yml of the file realm: JSON is YAML, once on one line (JSON strings hold no line breaks). */
    String rolesYml() {
        StringBuilder y = new StringBuilder();
        users.forEach(u -> y.append(u.role()).append(": ").append(u.roleDefinition().replaceAll("\\s*\\R\\s*", " ").strip()).append('\n'));
        return y.toString();
    }

    public Path caCert() {
        return certs.resolve(CA);
    }

    /** The Authorization header value of the superuser. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A TLS context trusting exactly this node's CA. */
    public SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(caCert())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new EsStartException("Cannot read the CA certificate " + caCert() + ": " + e.getMessage(), e);
        }
    }

    /** The elasticsearch.yml lines that turn security and HTTP TLS on; paths are relative to the config dir. */
    String yml() {
        return "xpack.security.enabled: true\n"
                + "xpack.security.authc.api_key.enabled: true\n"
                + "xpack.security.http.ssl.enabled: true\n"
                + "xpack.security.http.ssl.key: certs/" + KEY + "\n"
                + "xpack.security.http.ssl.certificate: certs/" + CERT + "\n"
                + "xpack.security.http.ssl.certificate_authorities: [ \"certs/" + CA + "\" ]\n";
    }
}
