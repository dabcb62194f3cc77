package dev.reportsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;

/**
 * N reports made of real ones: the full-length reports of a folder ({@code ../shared/realpages/docs/full*.txt},
 * read where they are and never copied into the project) written again and again under the temporary directory,
 * each copy with its own region, years and numbers, so that real text (its lengths, its vocabulary, its tables)
 * is what the benchmarks index and search, without N identical documents that Elasticsearch would compress away.
 *
 * <p>Each copy moves the report to a sibling of its most named city or county (same parent, so the place
 * stays coherent), shifts every year (before 年, or opening a date) by one offset, and scales every other number
 * by its own factor near 1 (keeping its decimals; dates, times and zero-led codes are left as they are). Cached like {@link Corpus#generate} per (folder, seed, N).
 */
public final class RealCorpus {
    public static final Path DEFAULT_DIR = Path.of("..", "shared", "realpages", "docs");
    private static final String PATTERN = "full*.txt";
    /** A year: before 年, or opening a date (2023-02-03, 2023/2/3, 2023.2.3). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?=年|[-/.][0-9])");
    /** Numbers next to these are dates, times or codes, left as they are (months, days, hours, the rest of a date). */
    private static final String DATE_AFTER = "年月日号时点:：-/";
    private static final String DATE_BEFORE = "-/:：";
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])[0-9]+(?:\\.([0-9]+))?(?![0-9])");

    private RealCorpus() {
    }

    public static Corpus build(Path realDir, long seed, int reports) throws IOException {
        List<Path> originals = originals(realDir);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "reportsearch-bench", "real-seed" + seed + "-n" + reports);
        Path complete = dir.resolve(".complete");
        if (!Files.isRegularFile(complete)) {
            long start = System.nanoTime();
            System.err.printf("Writing %,d reports from the %d real ones in %s into %s…%n", reports, originals.size(), realDir, dir);
            Corpus.deleteTree(dir);
            Files.createDirectories(dir);
            List<String> texts = originals.stream().map(RealCorpus::read).toList();
            Gazetteer gazetteer = Gazetteer.standard();
            Random random = new Random(seed);
            for (int i = 0; i < reports; i++) {
                int k = i % texts.size();
                String name = originals.get(k).getFileName().toString().replace(".txt", "");
                Files.writeString(dir.resolve(String.format("real-%06d-%s.txt", i, name)),
                        i < texts.size() ? texts.get(k) : perturb(texts.get(k), gazetteer, random), StandardCharsets.UTF_8);
            }
            Files.writeString(complete, "from " + realDir.toAbsolutePath().normalize() + ", seed " + seed + ", " + reports + " reports\n");
            System.err.printf("Written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        return Corpus.of(dir);
    }

    static List<Path> originals(Path realDir) throws IOException {
        if (!Files.isDirectory(realDir)) {
            throw new IOException("no folder of real reports at " + realDir.toAbsolutePath().normalize()
                    + "; give one with --real-dir (it should hold " + PATTERN + ")");
        }
        try (Stream<Path> files = Files.list(realDir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches("full.*\\.txt")).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException("no " + PATTERN + " in " + realDir.toAbsolutePath().normalize() + "; give another folder with --real-dir");
            }
            return found;
        }
    }

    /** One copy: another place, other years, other numbers; the words as they were. */
    static String perturb(String text, Gazetteer gazetteer, Random random) {
        String moved = movePlace(text, gazetteer, random);
        int yearShift = -random.nextInt(10);
        String years = replace(YEAR, moved, m -> Integer.toString(Integer.parseInt(m.group(1)) + yearShift));
        return replace(NUMBER, years, m -> {
            boolean dateAfter = m.end() < years.length() && DATE_AFTER.indexOf(years.charAt(m.end())) >= 0;
            boolean dateBefore = m.start() > 0 && DATE_BEFORE.indexOf(years.charAt(m.start() - 1)) >= 0;
            if (dateAfter || dateBefore || (m.group().startsWith("0") && m.group().length() > 1)) {
                return m.group();
            }
            double factor = 0.7 + 0.6 * random.nextDouble();
            int decimals = m.group(1) == null ? 0 : m.group(1).length();
            double value = Double.parseDouble(m.group()) * factor;
            return decimals == 0 ? Long.toString(Math.max(1, Math.round(value))) : String.format("%." + decimals + "f", value);
        });
    }

    /** The most named city or county, everywhere in the text, becomes one of its siblings. */
    private static String movePlace(String text, Gazetteer gazetteer, Random random) {
        Map<Region, Long> named = gazetteer.findMentions(text).stream()
                .filter(Mention::isUnambiguous)
                .filter(m -> m.isFullNameOf(m.regions().get(0)) && m.regions().get(0).parentCode() != null)
                .collect(Collectors.groupingBy(m -> m.regions().get(0), Collectors.counting()));
        Region place = named.entrySet().stream().max(Map.Entry.<Region, Long>comparingByValue()
                .thenComparing(e -> e.getKey().code(), Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
        if (place == null) {
            return text;
        }
        List<Region> siblings = gazetteer.byCode(place.parentCode()).map(gazetteer::children).orElse(List.of()).stream()
                .filter(r -> r.level() == place.level() && !r.code().equals(place.code())).toList();
        if (siblings.isEmpty()) {
            return text;
        }
        return text.replace(place.name(), siblings.get(random.nextInt(siblings.size())).name());
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
