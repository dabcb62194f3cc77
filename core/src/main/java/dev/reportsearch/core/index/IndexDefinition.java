package dev.reportsearch.core.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The versioned definition of our index, kept as JSON beside this class. Searches go through the
 * alias; a rebuild creates a new generation of concrete indices ({@code reportsearch-v9-20261129-101500123} and its
 * achievements', {@link IndexGeneration}) and moves the alias onto it in one step.
 *
 * <p>No field keeps offsets: the highlighter reads the text of a hit again where it marks one. The body's pairs
 * ({@code text.pairs}), which mark every page's exact fragments, never kept any (an offset pair per character cost
 * more than re-reading the ten texts of a page); the body's smartcn words ({@code text}) kept them until version 7,
 * when every page marked them too (re-reading a page's ten sections with smartcn made a highlighted section search
 * 14 ms slower, 24 to 38 ms, at 10,000 generated reports). Since a page marks the exact fragments first and asks
 * for the words' only for the few sections without one, the words keep neither offsets nor positions (version 8;
 * no phrase runs on them). Each field is indexed
 * for what it is used by and no more: positions only where phrases run (the {@code .pairs} fields, among them
 * {@code passages.pairs}); no field of single characters (since version 7).
 * The other fields, by use (since version 6):
 * <ul>
 *   <li>filtered and aggregated (terms and doc values): {@code docType}, {@code reportId} (also sorted),
 *       {@code regionCode}, {@code regionCodes}, {@code years} (also sorted), {@code themes}, {@code units};</li>
 *   <li>filtered only (terms, no doc values): {@code source.file} (a rebuild deletes a file's old report),
 *       {@code figures.unit} (the unit filter and the unit of the value sort);</li>
 *   <li>sorted or aggregated only (doc values, no points): {@code order}, {@code position},
 *       {@code source.publishedAt}, {@code figures.value};</li>
 *   <li>only shown, read from {@code _source} (neither terms, points nor doc values): {@code sectionId},
 *       {@code region}, {@code regionLevel}, {@code regionPath}, {@code headingPath}, {@code source.url},
 *       {@code source.publisher}, {@code subReports.*}, a figure's raw text, kind and approximation,
 *       {@code maxValue}, {@code sectionCount}, {@code achievementCount}, {@code indexedAt}.</li>
 * </ul>
 * A new query, sort or aggregation on a field of the last lists needs its structure back (a new version).
 *
 * <p>Bump {@link #VERSION} whenever the mapping changes incompatibly: the next rebuild then writes
 * into an index of the new version.
 */
public final class IndexDefinition {
    /**
     * 2: sections carry norm.passages (their sentences with figures), which a strict v1 mapping refuses.
     * 3: leaner for 100,000 reports (issue 10): norm.passages is searched only as characters, the smartcn words of
     * titles and headings keep no positions (only matched, never as phrases), facet fields load their global
     * ordinals at refresh. (Leaving search forms out of {@code _source} with excludes was tried: Elasticsearch then
     * keeps a whole {@code _recovery_source} copy until a merge after the retention lease, which a freshly built,
     * unchanging index never gets, so the index grew; 33.0 MB before a force merge for 100 real reports, 7.2 MB of
     * it recovery source.)
     * 4: each text stored once (issue 10): the originals ({@code title}, {@code heading}, {@code text},
     * {@code passages}) are the searched fields, their search normal form analysed from them by our plugin's
     * {@code search_form} char filter, instead of a second, normalised copy under {@code norm.*} in every
     * {@code _source}; no {@code _source} excludes (they made Elasticsearch keep a {@code _recovery_source} copy of
     * every document); no offsets on {@code text.chars}; stored fields compressed with {@code best_compression};
     * a figure's raw text, kind and approximation, the heading path and the region path only shown, not indexed. Needs our plugin (analyzer {@code smartcn_search_form})
     * on every node.
     * 5: exact substrings on pairs of neighbouring characters (issue 10): each text's {@code .pairs} multi-field (our
     * plugin's {@code char_pairs} filter, and {@code char_pairs_query} at search time) carries the phrases that ran on
     * single characters; {@code .chars} keeps single characters without positions, for a query of one character.
     * 6: lean (issue 10): each field indexed only for what queries, sorts and aggregations use (listed in
     * reportsearch.json's fields: what is only shown keeps neither terms, points nor doc values; what is only sorted
     * keeps doc values, no points).
     * 7: passages as character pairs (issue 10): a section's sentences with figures are searched on
     * {@code passages.pairs} (the {@code .pairs} analysis of the other texts, with positions) instead of single
     * characters ({@code passages.chars}), so their sloppy phrases run over about half as many, far rarer terms;
     * a word split inside a passage (维权 in 维护妇女权益) is no longer found there. And no single characters at all:
     * the {@code .chars} multi-fields of title, heading and body go (41 of 312 MB at 10,000 generated reports, and one
     * analysis of every text at indexing); a query of one Han character alone is the prefix of the {@code .pairs}
     * terms it begins ({@link IndexFields#pairsStartingWith}).
     * 8: the body's smartcn words ({@code text}) keep term frequencies only, no positions or offsets (issue 10): they
     * are only matched and scored, and marked only for the few hits of a page without an exact fragment
     * ({@code Highlights} in the API), re-read then; 261.5 → 228.8 MB (−12.5%) at 10,000 generated reports.
     * 9: two indices behind the alias (issue 10), the reports and sections in one, the achievements in the other
     * ({@link IndexGeneration}); same mapping, same documents, the same scores (searches that rank ask for both
     * indices' term statistics first).
     * 10: section vectors as bytes (issue 13, {@link dev.reportsearch.core.embed.ByteVector}): 512 bytes a section and
     * 1,024 hexadecimal digits in {@code _source}, where a float vector kept 2 KB, an int8 copy for the search and
     * some 5 KB of decimal digits in {@code _source}.
     */
    public static final int VERSION = 10;
    public static final String DEFAULT_ALIAS = "reportsearch";
    /** The refresh interval of a live index; keep in step with reportsearch.json. */
    public static final String REFRESH_INTERVAL = "1s";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final String alias;

    public IndexDefinition(String alias) {
        this.alias = alias;
    }

    public static IndexDefinition standard() {
        return new IndexDefinition(DEFAULT_ALIAS);
    }

    public String alias() {
        return alias;
    }

    /** The prefix every concrete index of this alias starts with, of any version. */
    public String indexPattern() {
        return alias + "-v*";
    }

    /** True when {@code index} (a concrete index of this alias) was made with this version's mapping. */
    public boolean isCurrent(String index) {
        return index.startsWith(alias + "-v" + VERSION + "-");
    }

    /** A new build's names: {@code reportsearch-v9-20261129-101500123} and its achievements' index. */
    public IndexGeneration newGeneration() {
        return new IndexGeneration(alias + "-v" + VERSION + "-" + LocalDateTime.now().format(STAMP));
    }

    /** The create-index body: settings and mappings, with shard and replica counts filled in. */
    public String body(int shards, int replicas) {
        return template().replace("\"${shards}\"", Integer.toString(shards))
                .replace("\"${replicas}\"", Integer.toString(replicas))
                .replace("${version}", Integer.toString(VERSION));
    }

    private static String template() {
        try (InputStream in = IndexDefinition.class.getResourceAsStream("reportsearch.json")) {
            if (in == null) {
                throw new IllegalStateException("index definition reportsearch.json missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
