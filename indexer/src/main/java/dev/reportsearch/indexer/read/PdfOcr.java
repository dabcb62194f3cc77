package dev.reportsearch.indexer.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * The text of a scanned PDF (its pages images, no text layer) by OCR: each page rendered in grey at {@value #DPI}
 * dpi and read by Tesseract as simplified Chinese (Debian's {@code tesseract-ocr} and {@code tesseract-ocr-chi-sim}).
 * Off unless asked for ({@code --ocr}): it takes seconds a page, and what it reads can be wrong, figures included.
 * Tesseract's blocks become paragraphs, their lines joined and the spaces it sets between Chinese characters gone;
 * a block that is only a page number is left out.
 *
 * <p>Immutable and thread-safe: each page is its own Tesseract process.
 */
public final class PdfOcr {
    static final float DPI = 300;
    /** How a document read by OCR names its decoding ({@link ReadDocument#charset()}). */
    static final String CHARSET = "PDF (OCR)";
    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private final String command;
    private final String languages;

    /** @param command the tesseract program; @param languages its language packs, e.g. "chi_sim" */
    public PdfOcr(String command, String languages) {
        this.command = command;
        this.languages = languages;
    }

    /** Debian's tesseract with its simplified Chinese pack. */
    public static PdfOcr tesseract() {
        return new PdfOcr("tesseract", "chi_sim");
    }

    /** The document's paragraphs as Tesseract reads its pages. */
    List<String> paragraphs(String fileName, PDDocument pdf) throws UnreadableReportException, IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<String> paragraphs = new ArrayList<>();
        Path dir = Files.createTempDirectory("reportsearch-ocr-");
        try {
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                Path image = dir.resolve("page-" + page + ".png");
                ImageIO.write(renderer.renderImageWithDPI(page, DPI, ImageType.GRAY), "png", image.toFile());
                paragraphs.addAll(blocks(read(fileName, image)));
                Files.delete(image);
            }
        } finally {
            try (var left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        return paragraphs;
    }

    private String read(String fileName, Path image) throws UnreadableReportException, IOException {
        Process tesseract;
        try {
            tesseract = new ProcessBuilder(command, image.toString(), "stdout", "-l", languages)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UnreadableReportException(fileName, "PDF has no text layer: scanned? OCR was asked for, but " + command
                    + " could not be run (apt-get install tesseract-ocr tesseract-ocr-chi-sim)", e);
        }
        try {
            byte[] out = tesseract.getInputStream().readAllBytes();
            if (!tesseract.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || tesseract.exitValue() != 0) {
                throw new UnreadableReportException(fileName, "PDF has no text layer: scanned? OCR failed on a page (tesseract "
                        + (tesseract.isAlive() ? "timed out" : "exit " + tesseract.exitValue()) + "; is tesseract-ocr-chi-sim installed?)");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("parse cancelled");
        } finally {
            tesseract.destroyForcibly();
        }
    }

    /** Blank lines part Tesseract's blocks; a block's lines are one paragraph that the page wrapped. */
    static List<String> blocks(String text) {
        List<String> paragraphs = new ArrayList<>();
        String paragraph = "";
        for (String raw : (text + "\n\n").split("\n", -1)) {
            String line = LineText.withoutSpacesBetweenChinese(raw.strip());
            if (!line.isEmpty()) {
                paragraph = LineText.join(paragraph, line);
            } else if (!paragraph.isEmpty()) {
                if (!PdfLayout.isPageNumber(paragraph)) {
                    paragraphs.add(paragraph);
                }
                paragraph = "";
            }
        }
        return paragraphs;
    }
}
