package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real Word 97 binary (.doc), written by LibreOffice from our own text, and the same bytes under a .wps name. */
class WordBinaryTest {
    private static final DocumentReader READER = DocumentReader.standard();
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static byte[] doc;

    @BeforeAll
    static void writeDoc() throws Exception {
        try (TestDocx docx = new TestDocx()) {
            doc = TestDoc.fromDocx(docx.header("某县妇女联合会")
                    .properties("Microsoft Word - 某县妇联2023年工作报告.doc",
                            Date.from(LocalDate.of(2024, 1, 12).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                    .bold("某县妇联2023年工作报告")
                    .heading(1, "一、凝聚巾帼力量")
                    .paragraph("全年开展巾帼宣讲120场，覆盖妇女8000余人次。")
                    .heading(2, "（一）创业就业")
                    .paragraph("发放创业担保贷款3200万元。")
                    .bold("家庭建设")
                    .paragraph("评选最美家庭45户，其中县级以上表彰12户。")
                    .table(List.of(List.of("项目", "数量"), List.of("两癌筛查", "1.2万人")))
                    .bytes());
        }
    }

    @Test
    void readsAWord97FilesParagraphsHeadingsTableTitleAndDateButNotItsPageHeader() throws Exception {
        assertThat(Arrays.copyOf(doc, 4)).as("an OLE compound file, not RTF under a .doc name").isEqualTo(OLE_MAGIC);
        ReadDocument read = READER.read("report.doc", doc);
        assertThat(read.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(read.lines()).containsExactly("某县妇联2023年工作报告", "一、凝聚巾帼力量", "全年开展巾帼宣讲120场，覆盖妇女8000余人次。",
                "（一）创业就业", "发放创业担保贷款3200万元。", "家庭建设", "评选最美家庭45户，其中县级以上表彰12户。",
                "项目 数量；两癌筛查 1.2万人。");
        assertThat(read.headingHints()).containsExactlyInAnyOrder("某县妇联2023年工作报告", "一、凝聚巾帼力量", "（一）创业就业", "家庭建设");
        assertThat(read.metadata().title()).isEqualTo("某县妇联2023年工作报告");
        assertThat(read.metadata().publishedAt()).isEqualTo(LocalDate.of(2024, 1, 12));
    }

    @Test
    void aWpsFileThatIsAWordBinaryReadsTheSameAsTheDoc() throws Exception {
        ReadDocument asDoc = READER.read("report.doc", doc);
        ReadDocument asWps = READER.read("report.wps", doc);
        assertThat(asWps.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(asWps.lines()).isEqualTo(asDoc.lines());
        assertThat(asWps.headingHints()).isEqualTo(asDoc.headingHints());
        assertThat(asWps.metadata()).isEqualTo(asDoc.metadata());
    }
}
