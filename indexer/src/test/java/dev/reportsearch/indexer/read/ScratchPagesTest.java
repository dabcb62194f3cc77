package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;

class ScratchPagesTest {
    @Test
    void pages() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(new java.io.File("/work/pdf-word/samples/jiangxi-ruijin-2022.pdf"))) {
            var lines = new PdfLineCollector().read(doc);
            int prev = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).page() != prev) {
                    if (i > 0) System.out.println("PAGEEND " + lines.get(i - 1));
                    System.out.println("PAGESTART " + lines.get(i));
                    prev = lines.get(i).page();
                }
            }
        }
    }
}
