package dev.reportsearch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.region.Gazetteer;

/**
 * Made-up reports at the edges of the region tree, for the API and page tests, built as {@link Report}
 * records because the indexer's region detection is not what those tests are about: a 苍南县 report
 * filed under its township 灵溪镇 with a section in 钱库镇, one from the other 灵溪镇 (永顺县, Hunan) —
 * the same name in another county — and one whose region is unknown (地区不详). They cover 2028
 * alone, a year no seed or sample covers.
 */
public final class RegionEdgeReports {
    public static final String LINGXI_ID = "township-cangnan-lingxi";
    public static final String OTHER_LINGXI_ID = "township-yongshun-lingxi";
    public static final String UNPLACED_ID = "region-unknown";
    public static final String LINGXI_CANGNAN = "330327100";
    public static final String QIANKU = "330327104";
    public static final String LINGXI_YONGSHUN = "433127116";
    public static final int YEAR = 2028;

    private RegionEdgeReports() {
    }

    /** Writes one stand-in file per report into {@code dir}, to be parsed by {@link #forFile}. */
    public static void writeStandIns(Path dir) throws IOException {
        for (String id : List.of(LINGXI_ID, OTHER_LINGXI_ID, UNPLACED_ID)) {
            Files.writeString(dir.resolve(id + ".txt"), "stand-in: parsed by RegionEdgeReports.forFile()");
        }
    }

    /** The report a stand-in file stands for, or empty for any other file. */
    public static Optional<Report> forFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(LINGXI_ID)) {
            return Optional.of(cangnan(file));
        }
        if (name.startsWith(UNPLACED_ID)) {
            return Optional.of(unplaced(file));
        }
        return name.startsWith(OTHER_LINGXI_ID) ? Optional.of(yongshun(file)) : Optional.empty();
    }

    private static Report cangnan(Path file) {
        Gazetteer g = Gazetteer.standard();
        Region lingxi = g.byCode(LINGXI_CANGNAN).orElseThrow();
        Region qianku = g.byCode(QIANKU).orElseThrow();
        List<Section> sections = List.of(
                section(0, "灵溪镇巾帼茶艺", "灵溪镇妇联举办巾帼茶艺擂台赛，参赛姐妹四十余人。", lingxi),
                section(1, "钱库镇巾帼茶艺", "钱库镇妇联组织巾帼茶艺观摩，吸引周边村居妇女参加。", qianku));
        return new Report(LINGXI_ID, "灵溪镇妇联巾帼茶艺工作总结", lingxi, List.of(YEAR),
                new Source(file.toString(), "https://example.org/lingxi/chayi", "灵溪镇妇联", LocalDate.of(YEAR, 12, 1)),
                List.of(), sections);
    }

    private static Report yongshun(Path file) {
        Region lingxi = Gazetteer.standard().byCode(LINGXI_YONGSHUN).orElseThrow();
        return new Report(OTHER_LINGXI_ID, "永顺县灵溪镇妇联巾帼茶艺活动小结", lingxi, List.of(YEAR),
                new Source(file.toString(), "https://example.org/yongshun/chayi", "灵溪镇妇联", LocalDate.of(YEAR, 11, 1)),
                List.of(), List.of(section(0, "灵溪镇巾帼茶艺", "灵溪镇妇联开展巾帼茶艺进村居活动。", lingxi)));
    }

    /** No region: the indexer found no evidence that places it. */
    private static Report unplaced(Path file) {
        return new Report(UNPLACED_ID, "巾帼茶艺培训班总结", null, List.of(YEAR),
                new Source(file.toString(), "https://example.org/unknown/chayi", null, LocalDate.of(YEAR, 10, 1)),
                List.of(), List.of(section(0, "巾帼茶艺培训", "举办巾帼茶艺培训班两期，学员六十人。", null)));
    }

    private static Section section(int order, String heading, String text, Region region) {
        return new Section(order, heading, List.of(heading), text, region, List.of(YEAR), List.of(), List.of());
    }
}
