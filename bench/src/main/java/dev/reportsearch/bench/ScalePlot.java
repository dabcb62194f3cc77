package dev.reportsearch.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/**
 * The scale results as a PNG drawn with java.awt (headless): one panel per cost against corpus size,
 * x on a log scale, y linear from zero, every point labelled with its value.
 */
public final class ScalePlot {
    private static final int PANEL_W = 520;
    private static final int PANEL_H = 340;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

    private record Series(String name, ToDoubleFunction<ScaleBench.Point> value) {
    }

    private record Panel(String title, String unit, List<Series> series) {
    }

    private ScalePlot() {
    }

    public static void write(List<ScaleBench.Point> points, String subtitle, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Panel> panels = List.of(
                new Panel("Indexing time", "s", List.of(new Series("index time", p -> p.indexSeconds()))),
                new Panel("Index size on disk", "MB", List.of(new Series("store", p -> p.storeBytes() / 1e6))),
                new Panel("Elasticsearch heap used", "MB", List.of(new Series("heap used", p -> p.heapBytes() / 1e6))),
                new Panel("Search latency (API, mixed set)", "ms", List.of(new Series("p50", ScaleBench.Point::p50),
                        new Series("p99", ScaleBench.Point::p99))));
        int cols = 2;
        int rows = (panels.size() + 1) / 2;
        int top = 60;
        BufferedImage img = new BufferedImage(cols * PANEL_W, top + rows * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("report-search: costs against corpus size (reports, log scale)", 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(subtitle, 20, 48);
        for (int i = 0; i < panels.size(); i++) {
            drawPanel(g, panels.get(i), points, (i % cols) * PANEL_W, top + (i / cols) * PANEL_H);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    private static void drawPanel(Graphics2D g, Panel panel, List<ScaleBench.Point> points, int x0, int y0) {
        int left = x0 + 70;
        int right = x0 + PANEL_W - 30;
        int topY = y0 + 40;
        int bottom = y0 + PANEL_H - 50;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(panel.title() + " (" + panel.unit() + ")", left, y0 + 24);

        double minN = points.stream().mapToDouble(ScaleBench.Point::reports).min().orElse(1);
        double maxN = points.stream().mapToDouble(ScaleBench.Point::reports).max().orElse(10);
        double lx0 = Math.floor(Math.log10(minN));
        double lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(maxN)));
        double maxY = 0;
        for (Series s : panel.series()) {
            for (ScaleBench.Point p : points) {
                maxY = Math.max(maxY, s.value().applyAsDouble(p));
            }
        }
        double step = niceStep(maxY <= 0 ? 1 : maxY * 1.15 / 5);
        double yMax = step * Math.ceil((maxY <= 0 ? 1 : maxY * 1.15) / step);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (double y = 0; y <= yMax + step / 2; y += step) {
            int py = bottom - (int) Math.round(y / yMax * (bottom - topY));
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(left, py, right, py);
            g.setColor(Color.DARK_GRAY);
            String label = MarkdownTable.num(y);
            g.drawString(label, left - 8 - fm.stringWidth(label), py + 4);
        }
        for (double e = lx0; e <= lx1 + 1e-9; e++) {
            int px = left + (int) Math.round((e - lx0) / (lx1 - lx0) * (right - left));
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(px, topY, px, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,.0f", Math.pow(10, e));
            g.drawString(label, px - fm.stringWidth(label) / 2, bottom + 18);
        }
        g.drawString("reports", (left + right) / 2 - fm.stringWidth("reports") / 2, bottom + 36);
        g.setColor(Color.BLACK);
        g.drawRect(left, topY, right - left, bottom - topY);

        for (int si = 0; si < panel.series().size(); si++) {
            Series s = panel.series().get(si);
            Color c = COLORS[si % COLORS.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(2.5f));
            int px = -1;
            int py = -1;
            for (ScaleBench.Point p : points) {
                double v = s.value().applyAsDouble(p);
                int x = left + (int) Math.round((Math.log10(p.reports()) - lx0) / (lx1 - lx0) * (right - left));
                int y = bottom - (int) Math.round(v / yMax * (bottom - topY));
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 5, y - 5, 10, 10);
                String label = MarkdownTable.num(v);
                int lw = fm.stringWidth(label);
                int lxPos = Math.min(right - lw - 2, Math.max(left + 2, x - lw / 2));
                g.drawString(label, lxPos, si == 0 ? y - 10 : y + 20);
                px = x;
                py = y;
            }
            if (panel.series().size() > 1) {
                g.fillRect(left + 10 + si * 70, topY + 10, 14, 4);
                g.drawString(s.name(), left + 28 + si * 70, topY + 16);
            }
            g.setStroke(new BasicStroke(1f));
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
