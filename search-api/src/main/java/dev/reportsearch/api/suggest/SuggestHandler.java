package dev.reportsearch.api.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.regions.RegionRef;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.text.SearchText;
import io.javalin.http.Context;

/**
 * GET /api/suggest?q=: at most {@link #MAX} suggestions for a partly typed query, in one request to
 * Elasticsearch: regions with content whose name starts so (offered as filters), frequent phrases of the
 * passages holding the typed text ({@link PhraseCompletions}), and titles and headings from the completion
 * field. {@code options} says what each is; {@code suggestions} keeps the bare texts for older clients.
 */
public final class SuggestHandler {
    public static final int MAX = 10;
    static final int MAX_PREFIX = 50;
    static final int MAX_REGIONS = 3;
    /** Passages read for phrases: enough to see which continuations are frequent, few enough to stay fast. */
    static final int PASSAGES = 40;
    /** Phrases need this much typed text; one character continues in too many ways to suggest well. */
    static final int MIN_PHRASE_PREFIX = 2;
    static final int REGION_BUCKETS = 5_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Gazetteer gazetteer;

    /** The answer: what was typed, the options, and their texts alone. */
    public record Suggestions(String q, List<String> suggestions, List<SuggestOption> options) {
    }

    public SuggestHandler(ElasticsearchClient client, String alias, Gazetteer gazetteer) {
        this.client = client;
        this.alias = alias;
        this.gazetteer = gazetteer;
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(suggest(SearchParams.typedQuery(ctx::queryParams)));
    }

    public Suggestions suggest(String typed) throws IOException {
        String prefix = SearchText.normalize(typed == null ? "" : typed.strip());
        if (prefix == null || prefix.isBlank()) {
            return new Suggestions(typed == null ? "" : typed, List.of(), List.of());
        }
        String p = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
        boolean phrases = p.codePointCount(0, p.length()) >= MIN_PHRASE_PREFIX;
        SearchResponse<IndexDocument> res = client.search(s -> s.index(alias).searchType(SearchRequests.RANKED).size(phrases ? PASSAGES : 0)
                .query(q -> q.bool(b -> b.filter(Filters.term("docType", "section"))
                        .must(IndexFields.exact(IndexFields.BODY, p, 1f))))
                .source(src -> src.filter(f -> f.includes(IndexFields.BODY, "suggest", "regionCodes")))
                .suggest(sg -> sg.suggesters("complete", c -> c.prefix(p)
                        .completion(cs -> cs.field("suggest").size(MAX * 3))))
                // regions of reports only: one document per report rather than ~50, as this runs on every keystroke
                .aggregations("regions", a -> a.global(g -> g).aggregations("reports", r -> r.filter(Filters.term("docType", "report"))
                        .aggregations("codes", c -> c.terms(t -> t.field("regionCodes").size(REGION_BUCKETS))))), IndexDocument.class);
        Map<String, SuggestOption> options = new LinkedHashMap<>();
        for (Region r : regions(p, res)) {
            options.putIfAbsent(r.name(), new SuggestOption(r.name(), SuggestOption.REGION, RegionRef.of(r, gazetteer)));
        }
        if (phrases) {
            List<String> texts = res.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                    .map(src -> SearchText.normalize(Docs.orEmpty(src.text()))).toList();
            for (String phrase : PhraseCompletions.complete(p, texts, MAX)) {
                options.putIfAbsent(phrase, new SuggestOption(phrase, SuggestOption.PHRASE, null));
            }
        }
        for (String title : titles(p, res)) {
            options.putIfAbsent(title, new SuggestOption(title, SuggestOption.TITLE, null));
        }
        List<SuggestOption> out = mix(new ArrayList<>(options.values()));
        return new Suggestions(typed, out.stream().map(SuggestOption::text).toList(), out);
    }

    /** Regions first (a few), then phrases and titles in turn, so that neither crowds out the other. */
    private static List<SuggestOption> mix(List<SuggestOption> all) {
        List<SuggestOption> regions = all.stream().filter(o -> o.kind().equals(SuggestOption.REGION)).limit(MAX_REGIONS).toList();
        List<SuggestOption> phrases = all.stream().filter(o -> o.kind().equals(SuggestOption.PHRASE)).toList();
        List<SuggestOption> titles = all.stream().filter(o -> o.kind().equals(SuggestOption.TITLE)).toList();
        List<SuggestOption> out = new ArrayList<>(regions);
        for (int i = 0; out.size() < MAX && (i < phrases.size() || i < titles.size()); i++) {
            if (i < phrases.size()) {
                out.add(phrases.get(i));
            }
            if (i < titles.size() && out.size() < MAX) {
                out.add(titles.get(i));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Regions with content that the text names or begins to name (石狮 → 石狮市, 延边州): those of reports, most
     * reports first, then those of the sections the completion field found (a county's part of a city's report).
     */
    private List<Region> regions(String p, SearchResponse<IndexDocument> res) {
        Set<String> exact = new LinkedHashSet<>();
        gazetteer.byName(p).forEach(r -> exact.add(r.code()));
        Optional.ofNullable(p.chars().allMatch(Character::isDigit) ? p : null).flatMap(gazetteer::byCode).ifPresent(r -> exact.add(r.code()));
        Set<Region> found = new LinkedHashSet<>();
        for (StringTermsBucket b : res.aggregations().get("regions").global().aggregations().get("reports").filter()
                .aggregations().get("codes").sterms().buckets().array()) {
            String code = b.key().stringValue();
            gazetteer.byCode(code).filter(r -> exact.contains(code) || r.name().startsWith(p)).ifPresent(found::add);
        }
        for (IndexDocument source : completionSources(res)) {
            for (String code : Docs.orEmpty(source.regionCodes())) {
                gazetteer.byCode(code).filter(r -> exact.contains(r.code()) || r.name().startsWith(p)).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }

    private static List<IndexDocument> completionSources(SearchResponse<IndexDocument> res) {
        List<IndexDocument> out = new ArrayList<>();
        for (Suggestion<IndexDocument> suggestion : res.suggest().getOrDefault("complete", List.of())) {
            for (CompletionSuggestOption<IndexDocument> option : suggestion.completion().options()) {
                if (option.source() != null) {
                    out.add(option.source());
                }
            }
        }
        return out;
    }

    /** Titles, headings and region names from the completion field; one option per document, its other inputs too. */
    private static List<String> titles(String p, SearchResponse<IndexDocument> res) {
        Set<String> out = new LinkedHashSet<>();
        List<Suggestion<IndexDocument>> suggestions = res.suggest().getOrDefault("complete", List.of());
        for (Suggestion<IndexDocument> suggestion : suggestions) {
            for (CompletionSuggestOption<IndexDocument> option : suggestion.completion().options()) {
                out.add(option.text());
                if (option.source() != null) {
                    for (String text : Docs.orEmpty(option.source().suggest())) {
                        if (text.startsWith(p) || SearchText.normalize(text).startsWith(p)) {
                            out.add(text);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
