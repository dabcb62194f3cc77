package dev.reportsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reportsearch.core.model.Report;
import dev.reportsearch.indexer.read.UnreadableReportException;

/** A report's file name, and so its identity, must not depend on the JVM's locale. */
class PathNamesTest {
    @TempDir
    Path dir;

    @Test
    void aPlainPathIsItsOwnName() {
        assertThat(PathNames.nameOf(Path.of("reports", "甲县妇联工作报告.txt"))).isEqualTo("reports/甲县妇联工作报告.txt");
    }

    @Test
    void namesThatAreNotUtf8StayApartAndStable() throws Exception {
        // GBK bytes for 甲.txt and 乙.txt: not UTF-8, so any locale's Path.toString() turns them into U+FFFD.
        shell("touch \"$(printf '\\274\\327.txt')\" \"$(printf '\\322\\322.txt')\"");
        List<String> names = new ArrayList<>();
        for (Path file : ReportFiles.collect(List.of(dir)).files()) {
            names.add(PathNames.nameOf(file));
        }
        assertThat(names).containsExactlyInAnyOrder(dir + "/%BC%D7.txt", dir + "/%D2%D2.txt");
    }

    /** Under LANG=C a child JVM decodes file names as ASCII; two Chinese names must keep their own source.file. */
    @Test
    void chineseNamesStayApartUnderTheCLocale() throws Exception {
        Files.writeString(dir.resolve("甲县妇联工作报告.txt"), "甲县妇联工作报告\n举办家庭教育讲座30场。\n");
        Files.writeString(dir.resolve("乙县妇联工作报告.txt"), "乙县妇联工作报告\n开展两癌筛查1200人。\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(java, "-Dsun.jnu.encoding=ANSI_X3.4-1968", "-Dfile.encoding=ANSI_X3.4-1968",
                "-cp", System.getProperty("java.class.path"), SourceFilesUnderLocale.class.getName(), dir.toString())
                .redirectErrorStream(true);
        child.environment().put("LANG", "C");
        child.environment().put("LC_ALL", "C");
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("source.file=")).toList()).containsExactlyInAnyOrder(
                "source.file=" + dir.resolve("甲县妇联工作报告.txt"), "source.file=" + dir.resolve("乙县妇联工作报告.txt"));
    }

    /** Run in the child JVM: parses every report file under a folder and prints each source.file as UTF-8. */
    public static final class SourceFilesUnderLocale {
        public static void main(String[] args) throws UnreadableReportException {
            System.out.println("sun.jnu.encoding=" + System.getProperty("sun.jnu.encoding"));
            ReportPipeline pipeline = ReportPipeline.standard();
            java.io.PrintStream out = new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (Path file : ReportFiles.collect(List.of(Path.of(args[0]))).files()) {
                Report report = pipeline.parse(file);
                out.println("source.file=" + report.source().file());
            }
        }
    }

    private void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }
}
