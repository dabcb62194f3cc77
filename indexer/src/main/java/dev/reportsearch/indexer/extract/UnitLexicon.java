package dev.reportsearch.indexer.extract;

import dev.reportsearch.core.model.FigureKind;
import com.ibm.icu.text.Normalizer2;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The units a figure may have, read from {@code units.tsv}: surface form, base unit and kind. */
final class UnitLexicon {
    static final String RESOURCE = "units.tsv";
    private static final String NOT_A_UNIT = "-";
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /**
     * One line of the lexicon.
     *
     * @param unit the base unit, or null for a surface that is listed only to say it is not a unit
     */
    record Unit(String surface, String unit, FigureKind kind) {
        boolean isUnit() {
            return unit != null;
        }
    }

    private final Map<String, Unit> bySurface;
    private final Map<String, Unit> byUnit;

    private UnitLexicon(Map<String, Unit> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : bySurface.values()) {
            if (u.isUnit()) {
                Unit other = units.putIfAbsent(u.unit(), u);
                if (other != null && other.kind() != u.kind()) {
                    throw new IllegalStateException(RESOURCE + ": unit " + u.unit() + " has two kinds");
                }
            }
        }
        this.byUnit = Map.copyOf(units);
    }

    static UnitLexicon load() {
        return parse(ResourceLines.read(RESOURCE));
    }

    static UnitLexicon parse(List<String> lines) {
        Map<String, Unit> units = new HashMap<>();
        for (String line : lines) {
            String[] f = ResourceLines.fields(RESOURCE, line, 3);
            Unit unit = NOT_A_UNIT.equals(f[1])
                    ? new Unit(f[0], null, null)
                    : new Unit(f[0], f[1], FigureKind.valueOf(f[2]));
            if (units.put(unit.surface(), unit) != null) {
                throw new IllegalStateException(RESOURCE + ": " + unit.surface() + " listed twice");
            }
        }
        return new UnitLexicon(units);
    }

    /** The unit written {@code surface}, if listed (a "not a unit" entry included). */
    Optional<Unit> bySurface(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /**
     * The unit of a figure whose unit the page writes {@code written} (as in the source, before
     * folding): a surface that is its own unit keeps the page's width, so a full-width ％ stays ％,
     * as units are reported as the text writes them; any other gives its base unit (人(次) is 人次).
     */
    static String asWritten(Unit unit, String written) {
        boolean ownUnit = unit.surface().equals(unit.unit());
        if (ownUnit && !written.equals(unit.surface()) && NFKC.normalize(written).equals(unit.surface())) {
            return written;
        }
        return unit.unit();
    }

    /** The entry whose base unit is {@code unit} (元 for money implied by context). */
    Unit byUnit(String unit) {
        Unit u = byUnit.get(unit);
        if (u == null) {
            throw new IllegalStateException(RESOURCE + " lacks the unit " + unit);
        }
        return u;
    }

    /** A regex alternation of every surface, longest first so that 人次 wins over 人. */
    String alternation() {
        return alternation(bySurface.keySet());
    }

    private static String alternation(Collection<String> surfaces) {
        return surfaces.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** A regex alternation of the surfaces that start with one of {@code chars} (千瓦 with 千), longest first; "" if none. */
    String startingWithAnyOf(String chars) {
        return alternation(bySurface.keySet().stream().filter(s -> chars.indexOf(s.charAt(0)) >= 0).toList());
    }

    /** Whether a unit may start with {@code c} (white space before it still belongs to the figure). */
    boolean mayStartWith(int c) {
        return bySurface.keySet().stream().anyMatch(s -> s.codePointAt(0) == c);
    }

    /** All surfaces, for folding their Traditional spellings. */
    String vocabulary() {
        return String.join("", bySurface.keySet());
    }
}
