package dev.reportsearch.indexer.read;

import dev.reportsearch.indexer.ReportPipeline;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class ScratchSpeedTest {
    @Test
    void speed() throws Exception {
        List<String> src = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/pdf-word/scripts/sample-documents/jiangxi-ruijin-2022.pdf.txt"));
        List<String> body = src.stream().filter(l -> !l.startsWith("%") && !l.isBlank()).skip(1).toList();
        List<String> blocks = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(7);
        String pool = String.join("", body).replaceAll("[#\\s]", "");
        for (int i = 0; i < 40; i++) for (String l : body) {
            if (l.startsWith("#")) { blocks.add(l); continue; }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < l.length(); k++) sb.append(pool.charAt(rnd.nextInt(pool.length())));
            blocks.add(sb.append("。").toString());
        }
        byte[] pdf = TestPdf.report("瑞金市妇联2022年工作总结", blocks, "瑞金市妇女联合会");
        byte[] docx = TestDocx.report("瑞金市妇联2022年工作总结", blocks, "瑞金市妇女联合会", null, null);
        StringBuilder t = new StringBuilder("瑞金市妇联2022年工作总结\n");
        for (String b : blocks) t.append(b.startsWith("#") ? b.substring(1) : b).append("\n");
        byte[] txt = t.toString().getBytes(StandardCharsets.UTF_8);
        DocumentReader reader = DocumentReader.standard();
        ReportPipeline pipeline = ReportPipeline.standard();
        for (int round = 0; round < 5; round++) {
            for (Object[] f : new Object[][] {{"x.pdf", pdf}, {"x.docx", docx}, {"x.txt", txt}}) {
                String name = (String) f[0]; byte[] b = (byte[]) f[1];
                int n = 5;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) reader.read(name, b);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) pipeline.parse(name, b);
                long t2 = System.nanoTime();
                double mb = b.length / 1e6 * n;
                System.out.printf("SPEED pages=" + org.apache.pdfbox.Loader.loadPDF(pdf).getNumberOfPages() + " %s size=%d bytes pages/paras=%d read=%.2f MB/s pipeline=%.2f MB/s (read %.0f ms, pipeline %.0f ms per file)%n", name, b.length,
                        reader.read(name, b).lines().size(), mb / ((t1 - t0) / 1e9), mb / ((t2 - t1) / 1e9), (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
            }
        }
    }
}
