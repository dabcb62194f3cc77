package dev.reportsearch.indexer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTest {
    @Test
    void walksFoldersForTextHtmlPdfAndWordFilesButNotLockFilesOrOthers(@TempDir Path dir) throws Exception {
        for (String name : List.of("a.txt", "b.HTML", "c.pdf", "d.docx", "e.doc", "f.wps", "~$d.docx", ".hidden.pdf", "g.xlsx", "h.jpg")) {
            Files.write(dir.resolve(name), new byte[] {1});
        }
        assertThat(ReportFiles.collect(List.of(dir)).files()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.txt", "b.HTML", "c.pdf", "d.docx", "e.doc", "f.wps");
    }
}
