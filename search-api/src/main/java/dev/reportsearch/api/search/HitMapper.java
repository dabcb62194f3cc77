package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.core.search.Hit;

import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.json.ShownSource;
import dev.reportsearch.core.index.DocType;
import dev.reportsearch.core.index.IndexDocument;

/** One search hit in the shape of the API contract, with its HTML-safe snippet. */
public final class HitMapper {
    private HitMapper() {
    }

    /** A hit with nothing asked for apart from it (a similar section). */
    public static SearchHit hit(Hit<IndexDocument> hit) {
        return hit(hit, Set.of(), Map.of());
    }

    /**
     * @param characters the query's lone characters ({@link Snippets#markingOnly})
     * @param moreFragments fragments of this hit asked for apart from it ({@link Highlights#words}), by field
     */
    public static SearchHit hit(Hit<IndexDocument> hit, Set<String> characters, Map<String, List<String>> moreFragments) {
        IndexDocument s = hit.source();
        String original = Docs.orEmpty(s.text());
        Map<String, List<String>> hl = new HashMap<>();
        hit.highlight().forEach((field, fragments) -> hl.put(field, Snippets.markingOnly(fragments, characters)));
        moreFragments.forEach((field, fragments) -> hl.put(field, Snippets.markingOnly(fragments, characters)));
        List<ShownFigure> figures = null;
        String snippet;
        if (s.is(DocType.ACHIEVEMENT)) {
            figures = ShownFigure.of(s);
            List<String> highlighted = new ArrayList<>(hl.getOrDefault(Highlights.BODY, List.of()));
            highlighted.addAll(hl.getOrDefault(Highlights.BODY_EXACT, List.of()));
            snippet = Snippets.whole(original, highlighted, figures.stream().map(ShownFigure::raw).toList());
        } else {
            snippet = Snippets.of(hl.getOrDefault(Highlights.BODY_EXACT, hl.get(Highlights.BODY)), original);
        }
        // sorted by a field, Elasticsearch scores nothing (NaN): say so with null, never the string "NaN"
        Double score = hit.score();
        return new SearchHit(hit.id(), Docs.orEmpty(s.docType()), Docs.orEmpty(s.reportId()), s.sectionId(), Docs.orEmpty(s.title()),
                Docs.orEmpty(s.heading()), s.region(), s.regionCode(), s.regionLevel(), Docs.orEmpty(s.regionPath()),
                Docs.orEmpty(s.years()), Docs.orEmpty(s.themes()), snippet, original, figures, ShownSource.of(s),
                score == null || score.isNaN() ? null : score, null);
    }
}
