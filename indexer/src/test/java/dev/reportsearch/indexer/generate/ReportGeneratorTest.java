package dev.reportsearch.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.、])\\S+$");
    private static final Pattern FIGURE = Pattern.compile(
            "\\d+(?:\\.\\d+)?[余多]?(?:万|亿)?(?:元|人次|人|名|户|个|场|次|期|所|家|支|件|起|条|%)");
    private static final Pattern POINTS = Pattern.compile("一是.+二是");

    @Test
    void sameSeedAndNumberGiveTheSameReport() {
        ReportGenerator a = new ReportGenerator(42);
        ReportGenerator b = new ReportGenerator(42);
        for (int n : new int[] {1, 2, 17, 9999}) {
            assertThat(a.report(n)).isEqualTo(b.report(n));
        }
        // independent of what was generated before
        String first = new ReportGenerator(42).report(17);
        a.report(3);
        assertThat(a.report(17)).isEqualTo(first);
    }

    @Test
    void reportsVaryBetweenNumbersAndSeeds() {
        ReportGenerator generator = new ReportGenerator(7);
        Set<String> texts = IntStream.rangeClosed(1, 200).mapToObj(generator::report).collect(Collectors.toSet());
        assertThat(texts).hasSize(200);
        assertThat(new ReportGenerator(8).report(1)).isNotEqualTo(generator.report(1));

        Set<String> counties = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (int n = 1; n <= 500; n++) {
            ReportGenerator.GeneratedReport r = generator.generate(n);
            counties.add(r.region().county());
            years.add(r.year());
            assertThat(r.year()).isBetween(ReportGenerator.FIRST_YEAR, ReportGenerator.LAST_YEAR);
            assertThat(r.text()).contains(r.region().county()).contains(r.year() + "年");
        }
        assertThat(counties).hasSizeGreaterThan(100);
        assertThat(years).hasSize(ReportGenerator.LAST_YEAR - ReportGenerator.FIRST_YEAR + 1);
    }

    @Test
    void sizesStayInRange() {
        ReportGenerator generator = new ReportGenerator(2024);
        for (int n = 1; n <= 2000; n++) {
            int bytes = generator.report(n).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("report %d", n).isBetween(ReportGenerator.MIN_BYTES, ReportGenerator.MAX_BYTES);
        }
    }

    @Test
    void reportsHaveTitleMetaHeadingsFiguresAndPoints() {
        ReportGenerator generator = new ReportGenerator(99);
        int withPoints = 0;
        for (int n = 1; n <= 300; n++) {
            String text = generator.report(n);
            String[] lines = text.split("\n");
            assertThat(lines[0]).as("title").contains("妇").doesNotContain("{").doesNotContain("}");
            assertThat(lines[2]).as("meta line").containsAnyOf("发布", "时间", "来源", "妇女联合会");
            long headings = HEADING.matcher(text).results().count();
            assertThat(headings).as("headings of report %d", n).isBetween(4L, 8L);
            assertThat(FIGURE.matcher(text).results().count()).as("figures of report %d", n).isGreaterThanOrEqualTo(8);
            assertThat(text).doesNotContain("{").doesNotContain("}");
            if (POINTS.matcher(text).find()) {
                withPoints++;
            }
        }
        assertThat(withPoints).isGreaterThan(200);
    }

    @Test
    void everyRegionHasAProvinceAndACounty() {
        assertThat(ReportGenerator.regions()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ReportGenerator.regions()).allSatisfy(r -> {
            assertThat(r.province()).matches(".+(省|市|自治区)");
            assertThat(r.county()).matches(".+[县市区旗]");
            if (r.city() != null) {
                assertThat(r.city()).matches(".+(市|州|盟|地区)");
            }
        });
    }

    @Test
    void writesACorpus(@TempDir Path dir) throws Exception {
        ReportGenerator generator = new ReportGenerator(5);
        generator.writeCorpus(dir, 25);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(25).startsWith("gen-000001.txt").endsWith("gen-000025.txt");
        }
        assertThat(Files.readString(dir.resolve("gen-000007.txt"))).isEqualTo(generator.report(7));
    }

    @Test
    void isFast() {
        ReportGenerator generator = new ReportGenerator(1);
        generator.report(0); // load resources
        long start = System.nanoTime();
        long bytes = 0;
        for (int n = 1; n <= 10_000; n++) {
            bytes += generator.report(n).length();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(bytes).isPositive();
        assertThat(millis).as("10,000 reports in %d ms", millis).isLessThan(30_000);
    }
}
