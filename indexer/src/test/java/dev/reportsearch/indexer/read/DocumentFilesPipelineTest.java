package dev.reportsearch.indexer.read;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.indexer.ReportPipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDF and Word files through the whole pipeline: the same sections, figures, title and date as a page would give. */
class DocumentFilesPipelineTest {
    private static final ReportPipeline PIPELINE = ReportPipeline.standard();
    private static final List<String> BLOCKS = List.of(
            "2023年，县妇联在县委领导下，团结带领全县妇女投身乡村振兴，各项工作取得新进展，现将主要工作报告如下。",
            "#一、巾帼建功乡村振兴",
            "举办农村妇女电商技能培训班26期，培训妇女1830人，帮助610名妇女实现居家灵活就业，拓宽了增收渠道。",
            "#二、维护妇女儿童权益",
            "完成适龄妇女两癌筛查1.35万人，为19名患病困难妇女发放救助金28.5万元，切实减轻了患病妇女的家庭负担。");

    private static ZoneId china() {
        return ZoneId.of("Asia/Shanghai");
    }

    private static void assertReport(Report report) {
        assertThat(report.title()).isEqualTo("某县妇联2023年工作报告");
        assertThat(report.sections()).extracting(Section::heading).contains("一、巾帼建功乡村振兴", "二、维护妇女儿童权益");
        assertThat(report.sections()).flatExtracting(Section::achievements).extracting(Achievement::text)
                .anyMatch(t -> t.contains("培训妇女1830人")).anyMatch(t -> t.contains("救助金28.5万元"));
        assertThat(report.source().publishedAt()).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(report.years()).contains(2023);
    }

    @Test
    void aPdfReportIsReadLikeAPage() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(china()));
        created.setTime(Date.from(LocalDate.of(2024, 1, 16).atTime(9, 0).atZone(china()).toInstant()));
        byte[] pdf = TestPdf.report("某县妇联2023年工作报告", BLOCKS, "某县妇女联合会", null, created);
        assertReport(PIPELINE.parse("reports/report.pdf", pdf));
    }

    @Test
    void aPdfsWebAddressIsTheReportsSourceUrl() throws Exception {
        byte[] pdf = TestPdf.report("某县妇联2023年工作报告", BLOCKS, "某县妇女联合会");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            doc.getDocumentInformation().setCustomMetadataValue("URL", "https://www.example.gov.cn/fl/2024/report.pdf");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThat(PIPELINE.parse("reports/report.pdf", pdf).source().url()).isEqualTo("https://www.example.gov.cn/fl/2024/report.pdf");
    }

    @Test
    void aWordReportIsReadLikeAPage() throws Exception {
        byte[] docx = TestDocx.report("某县妇联2023年工作报告", BLOCKS, "某县妇女联合会", "文档1",
                Date.from(LocalDate.of(2024, 1, 16).atTime(9, 0).atZone(china()).toInstant()));
        assertReport(PIPELINE.parse("reports/report.docx", docx));
    }

    @Test
    void aWord97ReportAndTheSameUnderAWpsNameAreReadLikeAPage() throws Exception {
        byte[] doc = TestDoc.fromDocx(TestDocx.report("某县妇联2023年工作报告", BLOCKS, "某县妇女联合会", "文档1",
                Date.from(LocalDate.of(2024, 1, 16).atTime(9, 0).atZone(china()).toInstant())));
        assertReport(PIPELINE.parse("reports/report.doc", doc));
        assertReport(PIPELINE.parse("reports/report.wps", doc));
    }

    @Test
    void aBrokenPdfIsRefusedWithItsReason() {
        assertThatThrownBy(() -> PIPELINE.parse("reports/broken.pdf", "%PDF-1.4\nnot really".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).startsWith("corrupt PDF"));
    }
}
