package dev.reportsearch.indexer;

import dev.reportsearch.core.model.Report;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        ReportPipeline p = ReportPipeline.standard();
        for (String f : System.getProperty("dump.files").split(",")) {
            Report r = p.parse(Path.of(f));
            System.out.println("FILE " + f + "\nTITLE " + r.title() + "\nREGION " + r.region() + "\nYEARS " + r.years() + "\nSOURCE " + r.source());
            r.sections().forEach(s -> { System.out.println("SEC " + s.heading() + " | " + s.text().substring(0, Math.min(40, s.text().length())));
                s.achievements().forEach(a -> System.out.println("   ACH " + a.text() + " " + a.figures())); });
        }
    }
}
