package dev.reportsearch.api.search;

import java.util.List;
import java.util.Optional;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.regions.RegionRef;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;

/**
 * Reads a value of the {@code region} parameter: a code, or a name or short form that names one region.
 * A name several regions share is a 400 listing them (code, name, path), so the page can offer them.
 */
public final class RegionParam {
    /** Enough choices to pick from; 城关镇 names 88 townships. */
    static final int MAX_CHOICES = 20;

    private RegionParam() {
    }

    public static Region resolve(String value) {
        Gazetteer gazetteer = Gazetteer.standard();
        Optional<Region> region = gazetteer.resolve(value);
        if (region.isPresent()) {
            return region.get();
        }
        List<Region> named = gazetteer.byName(value);
        if (named.size() > 1) {
            List<RegionRef> choices = named.stream().limit(MAX_CHOICES).map(r -> RegionRef.of(r, gazetteer)).toList();
            throw ApiException.ambiguous("region", "'" + SearchParams.abbreviate(value) + "' names several regions (" + named.size()
                    + "); give one of their codes (listed in error.choices) or the name after its city or county"
                    + " (e.g. 福州市鼓楼区, 苍南县灵溪镇)", choices);
        }
        throw ApiException.badParameter("region", "unknown_region", "unknown region '" + SearchParams.abbreviate(value)
                + "'; give a province, city, county or township name, a short form such as 延边州,"
                + " a 6-digit code (9 digits for a township), or " + UnknownRegion.NAME);
    }
}
