package dev.reportsearch.indexer.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sections of the seeds whose headings leave no doubt about their theme. */
class ThemeClassifierSeedTest {
    private final ThemeClassifier classifier = new ThemeClassifier();

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            000_c36c8199fb7db377.txt | 思想引领,同心担当 | ideology
            000_c36c8199fb7db377.txt | 家庭文明,润泽新风 | family
            000_c36c8199fb7db377.txt | 维权有力,精准帮扶 | rights
            000_c36c8199fb7db377.txt | 深化改革,强基增效 | organization
            000_c36c8199fb7db377.txt | 法治护航“她”权益 | rights
            000_c36c8199fb7db377.txt | 多维关爱,精准服务 | care
            001_a486327ca924cbb3.txt | 五、维权关爱,在幸福苍南建设中提供新保障 | rights
            002_acdbb2cbe1affd14.txt | “巾帼建功行动” | entrepreneurship
            002_acdbb2cbe1affd14.txt | “巾帼维权行动” | rights
            002_acdbb2cbe1affd14.txt | “巾帼文明行动” | family
            003_b5e184a1882c15a6.txt | 四、加强自身改革,提升服务能力和水平 | organization
            004_fcce65af47e823b1.txt | 党委政府高度重视,推动“妇女发展规划”实施跃上新台阶 | planning
            004_fcce65af47e823b1.txt | 家庭文明建设常抓常新,助推优良家风滋养时代新风 | family
            """)
    void classifiesClearSections(String fileName, String heading, String theme) {
        assertThat(classifier.classify(heading, sectionText(fileName, heading))).first().isEqualTo(theme);
    }

    /** The lines after the heading up to the next expected heading (section or sub-report), at most 20. */
    private static String sectionText(String fileName, String heading) {
        List<String> lines = SeedReports.lines(fileName);
        List<String> headings = headings(SeedReports.expected().get(fileName));
        int start = lines.indexOf(heading);
        assertThat(start).as("heading in seed").isNotNegative();
        int end = start + 1;
        while (end < lines.size() && end <= start + 20 && headings.stream().noneMatch(lines.get(end)::contains)) {
            end++;
        }
        return String.join("\n", lines.subList(start + 1, end));
    }

    private static List<String> headings(JsonNode expected) {
        List<String> headings = new ArrayList<>();
        if (expected.has("sections")) {
            expected.get("sections").forEach(n -> headings.add(n.asText()));
        }
        if (expected.has("subReports")) {
            for (JsonNode sub : expected.get("subReports")) {
                headings.add(sub.get("headingContains").asText());
                sub.get("sections").forEach(n -> headings.add(n.asText()));
            }
        }
        return headings;
    }
}
