package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.text.SearchText;

/**
 * The field's vocabulary ({@code vocabulary.txt}): for a query word, the other ways reports write it.
 * Applied at query time because the minimal Elasticsearch distribution has no synonym filter.
 * Forms are kept in the search normal form, so traditional queries and texts meet them too.
 */
public final class Vocabulary {
    static final String RESOURCE = "vocabulary.txt";
    /** Few enough alternatives per word that a query stays cheap. */
    static final int MAX_ALTERNATIVES = 12;
    private static final Vocabulary STANDARD = new Vocabulary(lines());

    /** How an alternative relates to the word typed: same meaning, or an answer in part. */
    public enum Kind { SAME, RELATED }

    /** Another way to write a query word. */
    public record Alternative(String text, Kind kind) {
    }

    private final Map<String, List<Alternative>> byForm;

    Vocabulary(List<String> lines) {
        Map<String, Set<Alternative>> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t+");
            if (f[0].equals("same") && f.length == 3) {
                List<String> forms = words(f[1] + " " + f[2]);
                for (String form : forms) {
                    for (String other : forms) {
                        if (!other.equals(form)) {
                            map.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(new Alternative(other, Kind.SAME));
                        }
                    }
                }
            } else if (f[0].equals("related") && f.length == 3) {
                String form = SearchText.normalize(f[1].strip());
                for (String other : words(f[2])) {
                    map.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(new Alternative(other, Kind.RELATED));
                }
            } else {
                throw new IllegalStateException(RESOURCE + ": expected 'same<TAB>A<TAB>B …' or 'related<TAB>A<TAB>B …' in: " + line);
            }
        }
        Map<String, List<Alternative>> frozen = new LinkedHashMap<>();
        map.forEach((form, alternatives) -> frozen.put(form, List.copyOf(alternatives)));
        this.byForm = Map.copyOf(frozen);
    }

    public static Vocabulary standard() {
        return STANDARD;
    }

    /**
     * The other ways to write {@code word} (in the search normal form): the listed alternatives of the
     * word itself; else, for each listed form inside it (the longest where forms overlap), the word with
     * that form replaced by a same-meaning alternative (related terms are left out there: put into the
     * longer word they are rarely written so, and alone they match too widely: measured on the relevance
     * sets). Same-meaning alternatives come first; at most
     * {@value #MAX_ALTERNATIVES}.
     */
    public List<Alternative> alternatives(String word) {
        List<Alternative> direct = byForm.get(word);
        Set<Alternative> out = new LinkedHashSet<>();
        if (direct != null) {
            out.addAll(direct);
        } else {
            for (String inside : formsInside(word)) {
                byForm.get(inside).stream().filter(a -> a.kind() == Kind.SAME)
                        .forEach(a -> out.add(new Alternative(word.replace(inside, a.text()), Kind.SAME)));
            }
        }
        List<Alternative> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> a.kind().compareTo(b.kind()));
        return List.copyOf(sorted.subList(0, Math.min(MAX_ALTERNATIVES, sorted.size())));
    }

    /** The listed forms inside a longer word, leaving out those that lie within another of them. */
    private List<String> formsInside(String word) {
        List<String> inside = byForm.keySet().stream().filter(f -> f.length() < word.length() && word.contains(f)).toList();
        return inside.stream().filter(f -> inside.stream().noneMatch(g -> g.length() > f.length() && g.contains(f))).sorted().toList();
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+")).stream().map(SearchText::normalize).distinct().toList();
    }

    /** The meaningful lines of {@code vocabulary.txt}: no blanks, no comments. */
    static List<String> lines() {
        return ResourceFile.texts(Vocabulary.class, RESOURCE);
    }
}
