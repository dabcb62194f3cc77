package dev.reportsearch.indexer.regex;

import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FastPatternTest {

    @Test
    void readsTheFirstChars() {
        assertThat(StartChars.of("[一二三]+是").orElseThrow().stream().mapToObj(c -> (char) c))
                .containsExactlyInAnyOrder('一', '二', '三');
        assertThat(StartChars.of("(?<![\\d.])(?:19|20)\\d{2}").orElseThrow().stream().mapToObj(c -> (char) c))
                .containsExactlyInAnyOrder('1', '2');
        assertThat(StartChars.of("(?:近|约)?\\d+人").orElseThrow().cardinality()).isEqualTo(12);
        assertThat(StartChars.of("\\Q将近\\E|\\Q约\\E").orElseThrow().stream().mapToObj(c -> (char) c))
                .containsExactlyInAnyOrder('将', '约');
    }

    @Test
    void tellsTheCharsATextMustHold() {
        FastPattern icp = FastPattern.compile("\\p{IsHan}{0,2}ICP[备证]?\\s*\\d+");
        assertThat(icp.mayOccurIn(FastPattern.charsOf("闽ICP备09003561号"))).isTrue();
        assertThat(icp.mayOccurIn(FastPattern.charsOf("全年开展活动120场"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[^a]b", "a*", "(?i)abc", "x|", ".b", "\\w+", "(?=a)"})
    void leavesWhatItCannotTellToPlainFind(String regex) {
        assertThat(StartChars.of(regex)).isEmpty();
    }

    /** Every rule of our tables finds what Matcher.find finds, in every line and whole text of the seeds and samples. */
    @Test
    void findsWhatMatcherFinds() throws Exception {
        List<String> regexes = new ArrayList<>(lines("/dev/reportsearch/indexer/extract/not-figures.txt"));
        for (String rule : lines("/dev/reportsearch/indexer/clean/boilerplate.txt")) {
            regexes.add(rule.split("\\s+", 2)[1].strip());
        }
        regexes.addAll(List.of("^(?:[一二三四五六七八九十]{1,3}[、.．]|【|PART)", "[。！!？?；;…:：][”’」』)）\"']*$",
                "(?<=\\p{IsHan})[(（]\\s*([a-zü]{1,7})\\s*[)）]", " {2,}"));
        List<String> texts = texts();
        for (String regex : regexes) {
            FastPattern fast = FastPattern.compile(regex);
            Pattern plain = Pattern.compile(regex);
            for (String text : texts) {
                assertThat(matches(fast, text)).as(regex).isEqualTo(matches(plain, text));
                if (!fast.mayOccurIn(FastPattern.charsOf(text))) {
                    assertThat(plain.matcher(text).find()).as(regex).isFalse();
                }
                assertThat(fast.replaceAll(text, "#")).as(regex).isEqualTo(plain.matcher(text).replaceAll("#"));
            }
        }
    }

    private static List<String> matches(FastPattern p, String text) {
        List<String> found = new ArrayList<>();
        FastPattern.Finder f = p.finder(text);
        while (f.find()) {
            found.add(f.match().start() + ":" + f.match().group());
        }
        return found;
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> texts() throws Exception {
        DocumentReader reader = DocumentReader.standard();
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(TestData.seeds(), TestData.samples())) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList()) {
                    List<String> lines = reader.read(f.toString(), Files.readAllBytes(f)).lines();
                    texts.add(String.join("\n", lines));
                    texts.addAll(lines);
                }
            }
        }
        return texts;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = FastPatternTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
