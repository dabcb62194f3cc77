package dev.reportsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.indexer.classify.RegionDetector;
import dev.reportsearch.indexer.classify.ThemeClassifier;
import dev.reportsearch.indexer.classify.YearDetector;
import dev.reportsearch.indexer.clean.DocumentCleaner;
import dev.reportsearch.indexer.read.DocumentReader;
import dev.reportsearch.indexer.read.UnreadableReportException;
import dev.reportsearch.indexer.split.SectionSplitter;

/** One file must never stall a batch: a parse past the time bound is refused with the reason, and interrupted. */
class TimeBoundParserTest {
    @TempDir
    Path dir;

    /** The real pipeline, but its achievement stage hangs (as a runaway stage would) until interrupted. */
    private static ReportPipeline hangingPipeline(CountDownLatch interrupted) {
        return new ReportPipeline(DocumentReader.standard(), DocumentCleaner.standard(), SectionSplitter.standard(),
                new RegionDetector(), YearDetector.standard(), new ThemeClassifier(), text -> hang(interrupted));
    }

    private static List<Achievement> hang(CountDownLatch interrupted) {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    @Test
    void aFileThatTakesTooLongIsRefusedWithTheReasonAndItsParseInterrupted() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场。\n");
        CountDownLatch interrupted = new CountDownLatch(1);
        TimeBoundParser parser = new TimeBoundParser(hangingPipeline(interrupted), Duration.ofMillis(500));

        long start = System.nanoTime();
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason())
                        .startsWith("timed out: not parsed within 500 ms")
                        .contains("the rest of the batch went on", "--file-timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the runaway parse was interrupted").isTrue();
    }

    @Test
    void aFileParsedInTimeKeepsItsReportAndWarnings() throws Exception {
        String text = "甲县妇联工作报告\n" + "举办家庭教育讲座30场，培训农村妇女1560人次。\n".repeat(20);
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        int lead = bytes.length / 2;
        while (bytes[lead] >= 0) {
            lead++;
        }
        bytes[lead] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("b.txt"), bytes);

        ReportParser.Parsed parsed = new TimeBoundParser(ReportPipeline.standard(), Duration.ofMinutes(1)).parseWithWarnings(file);

        assertThat(parsed.report().title()).isEqualTo("甲县妇联工作报告");
        assertThat(parsed.warnings()).singleElement().asString().contains("GB18030", "first at byte " + lead);
    }

    @Test
    void anInterruptedParseStopsAtTheNextSection() {
        AtomicInteger stagesRun = new AtomicInteger();
        ReportPipeline cancelledAfterTheFirstSection = new ReportPipeline(DocumentReader.standard(), DocumentCleaner.standard(),
                SectionSplitter.standard(), new RegionDetector(), YearDetector.standard(), new ThemeClassifier(), text -> {
                    stagesRun.incrementAndGet();
                    Thread.currentThread().interrupt(); // what the time bound does to a parse it gives up on
                    return List.of();
                });
        String report = "甲县妇联工作报告\n一、思想引领\n举办讲座30场。\n二、创业就业\n发放贷款300万元。\n三、关爱儿童\n建成儿童之家12个。\n";
        try {
            assertThatThrownBy(() -> cancelledAfterTheFirstSection.parse("a.txt", report.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(CancellationException.class);
            assertThat(stagesRun.get()).isEqualTo(1);
        } finally {
            Thread.interrupted(); // the test thread carries on clean
        }
    }

    @Test
    void whyAFileCannotBeReadPassesThrough() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> new TimeBoundParser(ReportPipeline.standard(), Duration.ofMinutes(1)).parse(empty))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("empty file"));
    }
}
