package dev.reportsearch.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;

import dev.reportsearch.api.search.Facets;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;
import dev.reportsearch.core.theme.Themes;

/**
 * The mixed query set (resource {@code queries.tsv}): each line a kind and the API's query string, and where the real
 * corpus never holds that query's words, the one run on it instead.
 * The Elasticsearch body of each is built by the API's own request builder, so "direct" sends exactly
 * what the API sends.
 */
public final class QuerySet {
    /**
     * One query: its kind, the API's query string (URL-encoded) and the requests the API sends for it (its page of
     * hits, then its total and facets) as one {@code _msearch} body, which Elasticsearch runs at once as the API does.
     */
    public record Query(String kind, String text, String apiQuery, String esBody) {
    }

    private QuerySet() {
    }

    /** The set, each line's real-corpus query (its third column, if any) taken instead when {@code realCorpus}. */
    public static List<Query> load(String alias, boolean realCorpus) throws IOException {
        List<Query> out = new ArrayList<>();
        SearchRequests requests = new SearchRequests(alias, new Facets(Gazetteer.standard(), Themes.standard()));
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        for (ResourceLine line : ResourceFile.lines(QuerySet.class, "queries.tsv")) {
            String[] cols = line.text().split("\t", 3);
            String kind = cols[0].strip();
            String query = realCorpus && cols.length > 2 ? cols[2].strip() : cols.length > 1 ? cols[1].strip() : "";
            Map<String, List<String>> params = parse(query);
            SearchParams search = SearchParams.from(name -> params.getOrDefault(name, List.of()));
            out.add(new Query(kind, query, encode(params), multi(mapper, requests.page(search), requests.facets(search))));
        }
        return out;
    }

    /**
     * The requests as an {@code _msearch} body: per request a header (its request cache choice and search type, the
     * URL parameters of a single search) and its body.
     */
    private static String multi(JacksonJsonpMapper mapper, SearchRequest... requests) {
        StringBuilder sb = new StringBuilder();
        for (SearchRequest r : requests) {
            sb.append("{\"request_cache\":").append(Boolean.TRUE.equals(r.requestCache()));
            if (r.searchType() != null) {
                sb.append(",\"search_type\":\"").append(r.searchType().jsonValue()).append('"');
            }
            sb.append("}\n");
            sb.append(JsonpUtils.toJsonString(r, mapper)).append('\n');
        }
        return sb.toString();
    }

    /** A query string (a=b&c=d, values unencoded or %-encoded) as its parameters. */
    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return params;
    }

    static String encode(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        return sb.toString();
    }
}
