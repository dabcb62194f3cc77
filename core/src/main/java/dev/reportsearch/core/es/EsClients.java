package dev.reportsearch.core.es;

import java.net.URI;

import javax.net.ssl.SSLContext;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Builds the official Java client for a connection. The low-level client fails over between URLs. */
public final class EsClients {
    private static final int MAX_CONNECTIONS_PER_NODE = 32;
    private static final int MAX_CONNECTIONS = 64;
    private EsClients() {
    }

    /**
     * @param connectTimeoutMs how long to wait for a TCP connection (short, so a dead node is skipped fast)
     * @param socketTimeoutMs  how long to wait for an answer
     */
    public static ElasticsearchClient create(EsConnection connection, int connectTimeoutMs, int socketTimeoutMs) {
        HttpHost[] hosts = connection.urls().stream().map(URI::create)
                .map(u -> new HttpHost(u.getHost(), u.getPort() < 0 ? 9200 : u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                // Waiting for a pooled connection is bounded by the socket timeout, not the connect
                // timeout: under load a short wait would fail requests Elasticsearch could still serve.
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(connectTimeoutMs).setSocketTimeout(socketTimeoutMs)
                        .setConnectionRequestTimeout(socketTimeoutMs));
        BasicCredentialsProvider credentials = connection.username() == null ? null : new BasicCredentialsProvider();
        if (credentials != null) {
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(connection.username(),
                    connection.password() == null ? "" : connection.password()));
        }
        SSLContext ssl = connection.trust().sslContext();
        builder.setHttpClientConfigCallback(http -> {
            // The default pool (10 per node, 30 in all) queues an API under many clients.
            http.setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE).setMaxConnTotal(MAX_CONNECTIONS);
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return credentials == null ? http : http.setDefaultCredentialsProvider(credentials);
        });
        if (connection.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + connection.apiKey())});
        }
        return new ElasticsearchClient(new RestClientTransport(builder.build(), mapper()));
    }

    /**
     * The client's mapper: index documents ({@code IndexDocument}) are written and read through it, so a test that
     * serialises them with it sees the bytes Elasticsearch gets.
     */
    public static JacksonJsonpMapper mapper() {
        return new JacksonJsonpMapper(new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    public static ElasticsearchClient create(EsConnection connection) {
        return create(connection, 2_000, 30_000);
    }
}
