package dev.reportsearch.indexer.generate;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic Women's Federation work reports for benchmarks: plain text, 3–8 KB (UTF-8) of Chinese,
 * with a title line, a 发布时间 / 来源 line, an opening, 4–8 numbered sections (headings, paragraphs
 * with figures, 一是/二是 points), a closing and a few lines of site chrome.
 *
 * <p>Deterministic: the same seed and {@code n} always give the same report, whatever was generated
 * before, on any thread. Phrases and vocabulary are in {@code templates.txt}, regions (real county-level
 * divisions) in {@code regions.tsv}, both next to this class's resources.
 */
public final class ReportGenerator {
    static final String RESOURCES = "/dev/reportsearch/indexer/generate/";
    public static final int FIRST_YEAR = 2012;
    public static final int LAST_YEAR = 2024;
    /** Bounds on a report's size in UTF-8 bytes. */
    public static final int MIN_BYTES = 3000;
    public static final int MAX_BYTES = 8000;

    private static final String[] SECTION_NUMBER_STYLES = {"%s、", "（%s）", "%d.", "%d、", "%s、"};
    private static final String[] POINT_WORDS = {"一是", "二是", "三是", "四是", "五是"};

    private static final TemplateBook BOOK = TemplateBook.load(RESOURCES + "templates.txt");
    private static final List<GeneratorRegion> REGIONS = loadRegions(RESOURCES + "regions.tsv");

    private final long seed;

    public ReportGenerator(long seed) {
        this.seed = seed;
    }

    /** One generated report and what it is about (the ground truth for benchmarks). */
    public record GeneratedReport(int n, String fileName, GeneratorRegion region, int year, String text) {
    }

    /** The regions reports are drawn from. */
    public static List<GeneratorRegion> regions() {
        return REGIONS;
    }

    /** The text of the n-th report. */
    public String report(int n) {
        return generate(n).text();
    }

    public static String fileName(int n) {
        return String.format("gen-%06d.txt", n);
    }

    /** The n-th report with its region and year. */
    public GeneratedReport generate(int n) {
        SplittableRandom random = new SplittableRandom(mix(seed, n));
        GeneratorRegion region = REGIONS.get(random.nextInt(REGIONS.size()));
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        RenderContext ctx = new RenderContext(BOOK, random, region, year, publicationDate(random, year));

        int target = 3400 + random.nextInt(3600);
        Body body = new Body();
        body.line(BOOK.pick("title", random).render(ctx)).blank();
        body.line(BOOK.pick("meta", random).render(ctx)).blank();
        body.line(BOOK.pick("opening", random).render(ctx)).blank();

        List<String> themes = new ArrayList<>(BOOK.themes());
        shuffle(themes, random);
        boolean plan = random.nextInt(10) < 3;
        int sectionCount = 4 + random.nextInt(plan ? 4 : 5);
        String numberStyle = SECTION_NUMBER_STYLES[random.nextInt(SECTION_NUMBER_STYLES.length)];

        List<StringBuilder> sections = new ArrayList<>();
        List<String> sectionThemes = themes.subList(0, Math.min(sectionCount, themes.size()));
        List<SentencePool> pools = new ArrayList<>();
        int size = body.bytes;
        for (int i = 0; i < sectionThemes.size(); i++) {
            String theme = sectionThemes.get(i);
            StringBuilder section = new StringBuilder(512);
            section.append(sectionNumber(numberStyle, i + 1))
                    .append(BOOK.pick("heading." + theme, random).render(ctx)).append("\n\n");
            SentencePool pool = new SentencePool(BOOK.block("sentence." + theme));
            pools.add(pool);
            paragraph(ctx, pool, section);
            sections.add(section);
            size += utf8Length(section);
        }
        String planText = plan ? planSection(ctx) : "";
        String tail = tail(ctx);
        size += utf8Length(planText) + utf8Length(tail);
        int budget = MAX_BYTES - 400;
        while (size < target) {
            int pick = random.nextInt(sections.size());
            StringBuilder extra = new StringBuilder(256);
            paragraph(ctx, pools.get(pick), extra);
            int extraBytes = utf8Length(extra);
            if (size + extraBytes > budget) {
                break;
            }
            sections.get(pick).append(extra);
            size += extraBytes;
        }
        StringBuilder text = body.text;
        for (StringBuilder section : sections) {
            text.append(section);
        }
        text.append(planText).append(tail);
        return new GeneratedReport(n, fileName(n), region, year, text.toString());
    }

    /** Writes reports 1..count as gen-000001.txt ... (UTF-8) into dir, creating it. */
    public void writeCorpus(Path dir, int count) {
        try {
            Files.createDirectories(dir);
            for (int n = 1; n <= count; n++) {
                Files.writeString(dir.resolve(fileName(n)), report(n), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(RenderContext ctx, SentencePool pool, StringBuilder out) {
        SplittableRandom random = ctx.random();
        int count = 2 + random.nextInt(3);
        boolean points = random.nextBoolean();
        if (random.nextInt(10) < 6) {
            BOOK.pick("practice", random).render(ctx, out);
            out.append(points ? '。' : '，');
        }
        for (int i = 0; i < count; i++) {
            if (points) {
                out.append(POINT_WORDS[i]);
            }
            pool.next(random).render(ctx, out);
            out.append(points || i == count - 1 || random.nextBoolean() ? '。' : '；');
        }
        out.append("\n\n");
    }

    /** A section's sentences, drawn without repeats until all were used, then reshuffled. */
    private static final class SentencePool {
        private final List<Template> sentences;
        private int next;

        SentencePool(List<Template> sentences) {
            this.sentences = new ArrayList<>(sentences);
            this.next = sentences.size();
        }

        Template next(SplittableRandom random) {
            if (next == sentences.size()) {
                shuffle(sentences, random);
                next = 0;
            }
            return sentences.get(next++);
        }
    }

    private static String planSection(RenderContext ctx) {
        SplittableRandom random = ctx.random();
        StringBuilder out = new StringBuilder(512);
        out.append(ChineseYears.of(ctx.year() + 1)).append("年工作思路\n\n");
        List<Template> items = new ArrayList<>(BOOK.block("plan"));
        shuffle(items, random);
        int count = Math.min(items.size(), 3 + random.nextInt(3));
        for (int i = 0; i < count; i++) {
            out.append(POINT_WORDS[i]);
            items.get(i).render(ctx, out);
            out.append(i == count - 1 ? "。" : "；");
        }
        return out.append("\n\n").toString();
    }

    private static String tail(RenderContext ctx) {
        SplittableRandom random = ctx.random();
        StringBuilder out = new StringBuilder(256);
        out.append(BOOK.pick("closing", random).render(ctx)).append("\n\n");
        List<Template> chrome = BOOK.block("boilerplate");
        int start = random.nextInt(chrome.size());
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count && start + i < chrome.size(); i++) {
            chrome.get(start + i).render(ctx, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static String sectionNumber(String style, int i) {
        return style.contains("%d") ? String.format(style, i) : String.format(style, ChineseYears.ordinal(i));
    }

    private static String publicationDate(SplittableRandom random, int year) {
        int y;
        int month;
        if (random.nextInt(10) < 7) {
            y = year + 1;
            month = 1 + random.nextInt(3);
        } else {
            y = year;
            month = 12;
        }
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(3)) {
            case 0 -> String.format("%d-%02d-%02d", y, month, day);
            case 1 -> String.format("%d年%d月%d日", y, month, day);
            default -> String.format("%d-%02d-%02d %02d:%02d", y, month, day, 8 + random.nextInt(10), random.nextInt(60));
        };
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    static long mix(long seed, int n) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static List<GeneratorRegion> loadRegions(String resource) {
        List<GeneratorRegion> regions = new ArrayList<>();
        for (ResourceLine line : ResourceFile.lines(ReportGenerator.class, resource)) {
            String[] cols = line.text().split("\t");
            if (cols.length != 3) {
                throw line.error("expected province, city, county");
            }
            regions.add(new GeneratorRegion(cols[0], cols[1].equals("-") ? null : cols[1], cols[2]));
        }
        return List.copyOf(regions);
    }

    /** Small text builder that counts UTF-8 bytes as it goes. */
    private static final class Body {
        final StringBuilder text = new StringBuilder(8192);
        int bytes;

        Body line(String s) {
            text.append(s).append('\n');
            bytes += utf8Length(s) + 1;
            return this;
        }

        Body blank() {
            text.append('\n');
            bytes += 1;
            return this;
        }
    }
}
