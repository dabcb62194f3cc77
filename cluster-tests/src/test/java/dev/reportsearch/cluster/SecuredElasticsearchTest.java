package dev.reportsearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import dev.reportsearch.core.es.EsAccess;
import dev.reportsearch.core.es.EsAccessException;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.core.es.EsTrust;

/**
 * Elasticsearch as users run it (issue 12 item 6): security on, HTTP over TLS with a CA of its own
 * (made by elasticsearch-certutil) and a user with a password. Our client reaches it with the CA file or
 * the CA's fingerprint, and a wrong password, an invalid API key or an untrusted certificate each give
 * one line saying what to fix.
 *
 * <p>Valid API keys cannot be made here: they live in the .security index, whose mapping needs the
 * analysis-common module the minimal distribution lacks. EsAccessTest checks the key is sent as
 * Elasticsearch expects it.
 */
@Timeout(600)
class SecuredElasticsearchTest {
    private static SecuredNode secured;
    private static String caFingerprint;

    @BeforeAll
    static void startSecuredNode() throws Exception {
        secured = SecuredNode.get();
        caFingerprint = fingerprint(secured.security.caCert());
    }

    @Test
    void userAndPasswordOverTlsWithTheCaFile() throws Exception {
        EsConnection c = connection(SecuredNode.ADMIN, SecuredNode.ADMIN_PASSWORD, null, new EsTrust(secured.security.caCert(), null));
        EsAccess.check(c);
        assertCanIndexAndSearch(c, "tls-basic");
    }

    @Test
    void userAndPasswordOverTlsWithTheCaFingerprint() throws Exception {
        EsConnection c = connection(SecuredNode.ADMIN, SecuredNode.ADMIN_PASSWORD, null, new EsTrust(null, caFingerprint));
        EsAccess.check(c);
        assertCanIndexAndSearch(c, "tls-fingerprint");
    }

    @Test
    void aWrongPasswordSaysToFixTheUserOrPassword() {
        assertRefused(connection(SecuredNode.ADMIN, "not-the-password", null, new EsTrust(secured.security.caCert(), null)), "--es-password");
    }

    @Test
    void anInvalidApiKeySaysToCreateANewOne() {
        String unknownIdAndSecret = java.util.Base64.getEncoder().encodeToString("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw".getBytes());
        assertRefused(connection(null, null, unknownIdAndSecret, new EsTrust(secured.security.caCert(), null)), "--es-api-key");
        assertRefused(connection(null, null, "not-a-key", new EsTrust(secured.security.caCert(), null)), "--es-api-key");
    }

    @Test
    void anUntrustedCertificateSaysToGiveTheCa() {
        assertRefused(connection(SecuredNode.ADMIN, SecuredNode.ADMIN_PASSWORD, null, EsTrust.SYSTEM), "--es-ca-cert");
        assertRefused(connection(SecuredNode.ADMIN, SecuredNode.ADMIN_PASSWORD, null, new EsTrust(null, "ab".repeat(32))), "--es-ca-fingerprint");
    }

    @Test
    void plainHttpToTheTlsPortSaysToUseHttps() {
        EsConnection c = new EsConnection(List.of(secured.node.url().replace("https:", "http:")), SecuredNode.ADMIN, SecuredNode.ADMIN_PASSWORD, null);
        assertRefused(c, "https://");
    }

    private static void assertRefused(EsConnection c, String whatToFix) {
        assertThatThrownBy(() -> EsAccess.check(c)).isInstanceOf(EsAccessException.class)
                .hasMessageContaining(whatToFix)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static void assertCanIndexAndSearch(EsConnection c, String index) throws Exception {
        ElasticsearchClient client = EsClients.create(c);
        try {
            client.index(i -> i.index(index).id("1").document(Map.of("title", "妇女儿童工作报告")).refresh(
                    co.elastic.clients.elasticsearch._types.Refresh.True));
            assertThat(client.count(n -> n.index(index)).count()).isEqualTo(1);
        } finally {
            client._transport().close();
        }
    }

    private static EsConnection connection(String user, String password, String key, EsTrust trust) {
        return secured.connection(user, password, key, trust);
    }

    private static String fingerprint(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        }
    }
}
