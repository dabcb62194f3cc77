package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections written for these tests (not from the seeds). */
class AchievementExtractorTest {
    private static final AchievementExtractor EXTRACTOR = AchievementExtractor.standard();

    @Test
    void makesOneAchievementPerSentenceWithFigures() {
        List<Achievement> achievements = EXTRACTOR.extract(
                "一、强化思想引领\n全年举办宣讲活动120场,覆盖妇女1.2万人次。坚持党的领导,深化改革。\n筹集善款30余万;");
        assertThat(achievements).extracting(Achievement::text).containsExactly(
                "全年举办宣讲活动120场,覆盖妇女1.2万人次。", "筹集善款30余万;");
        assertThat(achievements.get(0).figures()).extracting(Figure::value).containsExactly(120.0, 12000.0);
        assertThat(achievements).allSatisfy(a -> assertThat(a.themes()).isEmpty());
    }

    @Test
    void cutsALongSentenceIntoRunsOfClausesWithFigures() {
        String filler = "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实上级部署要求,";
        String sentence = filler + filler + "组织开展形式多样的宣传教育活动,累计举办讲座86场,服务群众5000多人次,"
                + filler + filler + "举办家政培训班,共计300人。";
        assertThat(sentence.length()).isGreaterThan(AchievementExtractor.LONG_SENTENCE);
        List<Achievement> achievements = EXTRACTOR.extract(sentence);
        assertThat(achievements).extracting(Achievement::text).containsExactly(
                "累计举办讲座86场,服务群众5000多人次,", "举办家政培训班,共计300人。");
    }

    @Test
    void quotesTheTextAsWritten() {
        List<Achievement> achievements = EXTRACTOR.extract("\u00a0\u00a0全年培训１ ２００余人(次)。");
        assertThat(achievements).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("全年培训１ ２００余人(次)。");
            assertThat(a.figures()).singleElement().satisfies(f -> {
                assertThat(f.raw()).isEqualTo("１ ２００余人(次)");
                assertThat(f.value()).isEqualTo(1200);
                assertThat(f.unit()).isEqualTo("人次");
            });
        });
    }

    /**
     * A 5 MB one-section text (half short sentences, half one sentence of clauses) took minutes
     * when every sentence scanned every figure (400 kB alone took 5 to 7 s). Linear, it takes
     * 1.3 to 1.6 s on a quiet 2-core machine and 4 to 5 s on a heavily loaded one (measured); the
     * bound is generous so that a busy machine does not fail it.
     */
    @Test
    void extractsAFiveMegabyteSectionInLinearTime() {
        StringBuilder section = new StringBuilder(5_100_000);
        for (int i = 0; section.length() < 2_500_000; i++) {
            appendFigures(section, i).append('。');
        }
        for (int i = 0; section.length() < 5_000_000; i++) {
            appendFigures(section, i).append('，');
        }
        long started = System.nanoTime();
        List<Achievement> achievements = EXTRACTOR.extract(section.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        int figures = achievements.stream().mapToInt(a -> a.figures().size()).sum();
        System.out.printf("5 MB one-section text: %d achievements, %d figures in %d ms%n", achievements.size(), figures, millis);
        assertThat(figures).isGreaterThan(300_000);
        assertThat(millis).isLessThan(30_000);
    }

    /**
     * Long runs that garbled pages hold (digits, numerals, white space, 3万3万..., 第1次第1次...):
     * each once cost quadratic time (a 200 kB run of spaces took 87 s, of digits 5 s) or overflowed
     * the regex stack (3万3万...). Now a 1 MB run of each takes 0.1 to 4 s on a loaded 2-core
     * machine, and the eleven 200 kB runs here 2 to 5 s together; the bound is generous.
     */
    @Test
    void readsLongRunsOfOneKindInLinearTime() {
        long started = System.nanoTime();
        for (String run : List.of("7", " ", "二", "3万", "十二届三次", "1+", "3岁至", "零", "一是", "1\n", "1 ")) {
            String section = "开展活动" + run.repeat(200_000 / run.length()) + "共计20场。";
            long one = System.nanoTime();
            List<Achievement> achievements = EXTRACTOR.extract(section);
            System.out.printf("run of %s: %d ms%n", run.replace("\n", "\\n"), (System.nanoTime() - one) / 1_000_000);
            assertThat(achievements).as("run of %s", run).isNotEmpty();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("11 runs of 200 kB: %d ms%n", millis);
        assertThat(millis).isLessThan(60_000);
    }

    private static StringBuilder appendFigures(StringBuilder out, int i) {
        return out.append("社区开展亲子阅读活动").append(100 + i % 900).append("场，惠及儿童")
                .append(2000 + i % 7000).append("余人次，发放助学金").append(i % 90 + 1).append(".5万元");
    }

    @Test
    void findsNothingWithoutFigures() {
        assertThat(EXTRACTOR.extract("2013年,在县委的领导下,我们召开第七届常委会第三次会议。")).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
        assertThat(EXTRACTOR.extract(null)).isEmpty();
    }
}
