package dev.reportsearch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.FigureKind;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.region.Gazetteer;

/**
 * Made-up 厦门 reports for what real pages hold too rarely to test on: an undated report covering 2043
 * beside one covering 2033 but posted in 2042 (newest first means the latest year covered), and figures
 * in units a reader counts together (人 and 名 in one sentence, 元 from 万元). Their years are covered by
 * nothing else, so tests filter on them; their words (茶艺) are in no relevance query, so they leave the
 * relevance measures alone.
 */
final class OrderAndUnitReports {
    static final String UNDATED_ID = "handmade-xiamen-undated-2043";
    static final String LATE_POSTED_ID = "handmade-xiamen-2033-posted-2042";
    static final int LATEST_YEAR = 2043;
    static final int OLDER_YEAR = 2033;

    private OrderAndUnitReports() {
    }

    static void writeStandIns(Path dir) throws IOException {
        for (String id : List.of(UNDATED_ID, LATE_POSTED_ID)) {
            Files.writeString(dir.resolve(id + ".txt"), "stand-in: parsed by OrderAndUnitReports.forFile()");
        }
    }

    static Optional<Report> forFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(UNDATED_ID)) {
            return Optional.of(undated(file));
        }
        return name.startsWith(LATE_POSTED_ID) ? Optional.of(latePosted(file)) : Optional.empty();
    }

    private static Report undated(Path file) {
        Region xiamen = Gazetteer.standard().resolve("厦门市").orElseThrow();
        String people = "鹭岛茶艺社吸纳学员120人，评出茶艺能手30名。";
        String money = "鹭岛茶艺社获得奖励5万元。";
        Section s = new Section(0, "鹭岛茶艺社", List.of("鹭岛茶艺社"), people + money, xiamen, List.of(LATEST_YEAR),
                List.of(), List.of(
                        new Achievement(people, List.of(new Figure("120人", 120, "人", false, FigureKind.PEOPLE),
                                new Figure("30名", 30, "名", false, FigureKind.PEOPLE)), List.of()),
                        new Achievement(money, List.of(new Figure("5万元", 50_000, "元", false, FigureKind.MONEY)), List.of())));
        return new Report(UNDATED_ID, "厦门市鹭岛茶艺社工作报告（未注明日期）", xiamen, List.of(LATEST_YEAR),
                new Source(file.toString(), "https://example.org/xiamen/undated", "厦门市妇联", null), List.of(), List.of(s));
    }

    private static Report latePosted(Path file) {
        Region xiamen = Gazetteer.standard().resolve("厦门市").orElseThrow();
        Section s = new Section(0, "鹭岛茶艺展演", List.of("鹭岛茶艺展演"), "鹭岛茶艺社举办茶艺展演，观众2000人次。",
                xiamen, List.of(OLDER_YEAR), List.of(), List.of(new Achievement("鹭岛茶艺社举办茶艺展演，观众2000人次。",
                        List.of(new Figure("2000人次", 2000, "人次", false, FigureKind.PEOPLE)), List.of())));
        return new Report(LATE_POSTED_ID, "厦门市鹭岛茶艺社工作报告（旧文新发）", xiamen, List.of(OLDER_YEAR),
                new Source(file.toString(), "https://example.org/xiamen/late", "厦门市妇联", LocalDate.of(OLDER_YEAR + 9, 6, 1)),
                List.of(), List.of(s));
    }
}
