package dev.reportsearch.core.theme;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme taxonomy and its cue words, from {@code themes/themes.tsv} (editors tune the cues there).
 * Immutable.
 */
public final class Themes {
    private static final String RESOURCE = "/dev/reportsearch/core/themes/themes.tsv";

    private static final class Standard {
        static final Themes INSTANCE = load(RESOURCE);
    }

    private final Map<String, Theme> byId;
    private final List<ThemeCue> cues;

    private Themes(Map<String, Theme> byId, List<ThemeCue> cues) {
        this.byId = byId;
        this.cues = List.copyOf(cues);
    }

    public static Themes standard() {
        return Standard.INSTANCE;
    }

    /** Every theme, in taxonomy order. */
    public List<Theme> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Theme> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every cue of every theme; one word may cue several themes (春蕾: care and children). */
    public List<ThemeCue> cues() {
        return cues;
    }

    public List<ThemeCue> cues(Theme theme) {
        return cues.stream().filter(c -> c.theme().equals(theme)).toList();
    }

    static Themes load(String resource) {
        Map<String, Theme> byId = new LinkedHashMap<>();
        List<ThemeCue> cues = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("bad themes row, want id<TAB>label<TAB>cues: " + line);
            }
            Theme theme = new Theme(cols[0].strip(), cols[1].strip());
            if (byId.put(theme.id(), theme) != null) {
                throw new IllegalStateException("duplicate theme " + theme.id());
            }
            for (String cue : cols[2].strip().split("\\s+")) {
                cues.add(parseCue(cue, theme));
            }
        }
        return new Themes(Collections.unmodifiableMap(byId), cues);
    }

    /** 家风 or 家风:3; the weight follows the last colon, so a word may not hold one. */
    private static ThemeCue parseCue(String cue, Theme theme) {
        int colon = cue.lastIndexOf(':');
        if (colon < 0) {
            return new ThemeCue(cue, theme, 1);
        }
        return new ThemeCue(cue.substring(0, colon), theme, Double.parseDouble(cue.substring(colon + 1)));
    }

    private static List<String> lines(String resource) {
        return ResourceFile.lines(Themes.class, resource).stream().map(ResourceLine::text).toList();
    }
}
