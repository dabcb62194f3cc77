package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.core.theme.Themes;
import io.javalin.http.Context;

/**
 * The validated parameters of GET /api/search and GET /api/export.csv. Every bad value is a 400
 * naming the parameter; nothing here reaches Elasticsearch unchecked.
 *
 * @param q       the query text in the search normal form (NFKC, simplified), trimmed; "" for browsing
 * @param type    sections or achievements
 * @param regions the regions asked for (OR-ed); each matches everything below it
 * @param regionUnknown whether 地区不详 was asked for too (OR-ed with the regions): content without a region
 * @param years   years (OR-ed)
 * @param themes  theme ids (OR-ed)
 * @param page    1-based page
 * @param size    hits per page, 1..100
 * @param sort    the order of hits
 * @param units   achievements only: figure units to keep (OR-ed), each with the units counted with it ({@link UnitGroups})
 * @param semantic whether sections found by meaning (vectors) may join those found by words; semantic=false turns it off
 */
public record SearchParams(String q, SearchType type, List<Region> regions, boolean regionUnknown, List<Integer> years,
                           List<String> themes, int page, int size, SortOrder sort, List<String> units,
                           boolean semantic) {
    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_VALUES = 50;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    public SearchParams {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
        themes = List.copyOf(themes);
        units = List.copyOf(units);
    }

    public boolean hasQuery() {
        return !q.isEmpty();
    }

    public int from() {
        return (page - 1) * size;
    }

    public static SearchParams from(Context ctx) {
        return from(ctx::queryParams);
    }

    /** The parameters of a page of hits: page × size must lie within the first {@value #MAX_WINDOW} hits. */
    public static SearchParams from(Function<String, List<String>> params) {
        SearchParams p = parse(params);
        if ((long) p.page() * p.size() > MAX_WINDOW) {
            throw ApiException.badParameter("page", "past_paging_window", "page " + p.page() + " of size " + p.size() + " lies past the first "
                    + MAX_WINDOW + " hits, which is as far as paging goes; narrow the search");
        }
        return p;
    }

    /**
     * The parameters of an export, which does not page: it always streams every hit from the first, so page
     * and size are checked like a search's but do not limit it, and no paging window applies.
     */
    public static SearchParams forExport(Function<String, List<String>> params) {
        return parse(params);
    }

    /** @param params every value given for a parameter name, in order (empty when absent) */
    private static SearchParams parse(Function<String, List<String>> params) {
        String q = SearchText.normalize(typedQuery(params)).strip();
        SearchType type = enumParam(params, "type", SearchType.class, SearchType.SECTION);
        List<String> regionValues = values(params, "region");
        boolean regionUnknown = regionValues.stream().anyMatch(UnknownRegion::isNamedBy);
        List<Region> regions = regionValues.stream().filter(v -> !UnknownRegion.isNamedBy(v))
                .map(RegionParam::resolve).distinct().toList();
        List<Integer> years = years(params);
        List<String> themes = values(params, "theme").stream().map(SearchParams::theme).distinct().toList();
        List<String> units = UnitGroups.standard().expand(values(params, "unit"));
        if (!units.isEmpty() && type != SearchType.ACHIEVEMENT) {
            throw ApiException.badParameter("unit", "needs_achievements", "filters figures, so it needs type=achievement");
        }
        int page = intParam(params, "page", 1, 1, MAX_WINDOW);
        int size = intParam(params, "size", 10, 1, MAX_SIZE);
        SortOrder sort = enumParam(params, "sort", SortOrder.class, q.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE);
        if (sort == SortOrder.VALUE && type != SearchType.ACHIEVEMENT) {
            throw ApiException.badParameter("sort", "needs_achievements", "sort=value orders figures, so it needs type=achievement");
        }
        boolean semantic = enumParam(params, "semantic", Switch.class, Switch.TRUE) == Switch.TRUE;
        return new SearchParams(q, type, regions, regionUnknown, years, themes, page, size, sort, units, semantic);
    }

    /** The q parameter as typed, trimmed, "" when absent: given at most once and at most {@value #MAX_QUERY_LENGTH} characters. */
    public static String typedQuery(Function<String, List<String>> params) {
        String q = single(params, "q").map(String::strip).orElse("");
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("q", "too_long", "at most " + MAX_QUERY_LENGTH + " characters, got " + q.length());
        }
        return q;
    }

    /** The years asked for with the repeatable {@code year} parameter, each checked. */
    public static List<Integer> years(Function<String, List<String>> params) {
        return values(params, "year").stream().map(SearchParams::year).distinct().toList();
    }

    private static int year(String value) {
        if (!isAsciiNumber(value, 4)) {
            throw ApiException.badParameter("year", "not_a_year", "must be a year such as 2023, got '" + abbreviate(value) + "'");
        }
        int year = Integer.parseInt(value);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.badParameter("year", "year_out_of_range", "must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got " + year);
        }
        return year;
    }

    private static String theme(String value) {
        if (Themes.standard().byId(value).isEmpty()) {
            throw ApiException.badParameter("theme", "unknown_theme", "unknown theme '" + abbreviate(value) + "'; see GET /api/themes for the ids");
        }
        return value;
    }

    /** Every non-blank value of a repeatable parameter, also accepting comma-separated lists. */
    public static List<String> values(Function<String, List<String>> params, String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String raw : params.apply(name)) {
            Arrays.stream(raw.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (out.size() > MAX_VALUES) {
            throw ApiException.badParameter(name, "too_many_values", "at most " + MAX_VALUES + " values, got " + out.size());
        }
        return new ArrayList<>(out);
    }

    static Optional<String> single(Function<String, List<String>> params, String name) {
        List<String> all = params.apply(name);
        if (all.size() > 1) {
            throw ApiException.badParameter(name, "repeated", "give it once, got " + all.size() + " values");
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static <E extends Enum<E>> E enumParam(Function<String, List<String>> params, String name, Class<E> type, E fallback) {
        Optional<String> raw = single(params, name).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            throw ApiException.badParameter(name, "not_allowed_value", "must be one of " + allowed + ", got '" + abbreviate(raw.get()) + "'");
        }
    }

    public static int intParam(Function<String, List<String>> params, String name, int fallback, int min, int max) {
        Optional<String> raw = single(params, name).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        if (!isAsciiNumber(raw.get(), 18)) {
            throw ApiException.badParameter(name, "not_a_number", "must be a whole number between " + min + " and " + max
                    + " in digits 0-9, got '" + abbreviate(raw.get()) + "'");
        }
        long value = Long.parseLong(raw.get());
        if (value < min || value > max) {
            throw ApiException.badParameter(name, "out_of_range", "must be between " + min + " and " + max + ", got " + abbreviate(raw.get()));
        }
        return (int) value;
    }

    /**
     * Whether the value is an optional minus and 1 to maxDigits digits 0-9. Java's parsers also take Arabic-Indic,
     * full-width and other digits (٢٠٢٣), which nobody means to send as a number here.
     */
    static boolean isAsciiNumber(String value, int maxDigits) {
        int start = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > maxDigits) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The values of an on/off parameter. */
    enum Switch { TRUE, FALSE }

    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
