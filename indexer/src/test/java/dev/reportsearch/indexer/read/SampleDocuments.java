package dev.reportsearch.indexer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Builds the PDF and Word samples in {@code samples/} from our own text in {@code scripts/sample-documents/}
 * ({@code NAME.pdf.txt} → {@code NAME.pdf}, {@code NAME.docx.txt} → {@code NAME.docx}); run by
 * {@code scripts/make-sample-documents}. A source's "%" lines are settings ({@code %title}, {@code %date},
 * {@code %header}); its first other line is the title, "#" lines are headings, "|" lines are table rows.
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path samples = Path.of(args[1]);
        try (Stream<Path> files = Files.list(sources)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String target = source.getFileName().toString().replaceFirst("\\.txt$", "");
                Path out = samples.resolve(target);
                Files.write(out, render(target, Files.readAllLines(source)));
                System.out.println("wrote " + out);
            }
        }
    }

    static byte[] render(String target, List<String> source) throws IOException {
        String propertyTitle = null;
        String header = "";
        LocalDate date = null;
        List<String> blocks = new ArrayList<>();
        for (String line : source) {
            if (line.startsWith("%title ")) {
                propertyTitle = line.substring(7).strip();
            } else if (line.startsWith("%date ")) {
                date = LocalDate.parse(line.substring(6).strip());
            } else if (line.startsWith("%header ")) {
                header = line.substring(8).strip();
            } else if (!line.startsWith("%") && !line.isBlank()) {
                blocks.add(line.strip());
            }
        }
        String title = blocks.remove(0);
        ZoneId china = ZoneId.of("Asia/Shanghai");
        if (target.endsWith(".pdf")) {
            Calendar created = null;
            if (date != null) {
                created = new GregorianCalendar(TimeZone.getTimeZone(china));
                created.setTime(Date.from(date.atTime(9, 0).atZone(china).toInstant()));
            }
            return TestPdf.report(title, blocks, header, propertyTitle, created);
        }
        if (target.endsWith(".docx")) {
            return TestDocx.report(title, blocks, header, propertyTitle, date == null ? null : Date.from(date.atTime(9, 0).atZone(china).toInstant()));
        }
        throw new IllegalArgumentException("no writer for " + target + ": name sources NAME.pdf.txt or NAME.docx.txt");
    }
}
