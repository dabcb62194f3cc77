package dev.reportsearch.api.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final Vocabulary STANDARD = new Vocabulary(read(RESOURCE));

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
     * word itself, else those of the longest listed form inside it, put in that form's place. Same-meaning
     * alternatives come first; at most {@value #MAX_ALTERNATIVES}.
     */
    public List<Alternative> alternatives(String word) {
        List<Alternative> direct = byForm.get(word);
        List<Alternative> out = new ArrayList<>();
        if (direct != null) {
            out.addAll(direct);
        } else {
            String inside = longestFormInside(word);
            if (inside != null) {
                for (Alternative a : byForm.get(inside)) {
                    out.add(new Alternative(word.replace(inside, a.text()), a.kind()));
                }
            }
        }
        out.sort((a, b) -> a.kind().compareTo(b.kind()));
        return out.size() > MAX_ALTERNATIVES ? List.copyOf(out.subList(0, MAX_ALTERNATIVES)) : List.copyOf(out);
    }

    /** The forms listed, for tests that every line is covered. */
    Set<String> forms() {
        return byForm.keySet();
    }

    private String longestFormInside(String word) {
        String best = null;
        for (String form : byForm.keySet()) {
            if (form.length() < word.length() && word.contains(form) && (best == null || form.length() > best.length())) {
                best = form;
            }
        }
        return best;
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+")).stream().map(SearchText::normalize).distinct().toList();
    }

    private static List<String> read(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
