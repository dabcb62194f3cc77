package dev.reportsearch.indexer.read;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordReaderTest {
    private static final DocumentReader READER = DocumentReader.standard();

    /** A small report with a page header, properties, a bold title, styled headings, a bold heading and a table. */
    static byte[] report() throws Exception {
        try (TestDocx docx = new TestDocx()) {
            return docx.header("某县妇女联合会")
                    .properties("Microsoft Word - 某县妇联2023年工作报告.docx",
                            Date.from(LocalDate.of(2024, 1, 12).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                    .bold("某县妇联2023年工作报告")
                    .heading(1, "一、凝聚巾帼力量")
                    .paragraph("全年开展巾帼宣讲120场，覆盖妇女8000余人次。")
                    .heading(2, "（一）创业就业")
                    .paragraph("发放创业担保贷款3200万元。")
                    .bold("家庭建设")
                    .paragraph("评选最美家庭45户，其中县级以上表彰12户。")
                    .table(List.of(List.of("项目", "数量"), List.of("两癌筛查", "1.2万人")))
                    .bytes();
        }
    }

    @Test
    void readsParagraphsHeadingsAndTableRowsButNotThePageHeader() throws Exception {
        ReadDocument doc = READER.read("report.docx", report());
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertReadsTheReport(doc);
    }

    /** What {@link #report()} reads as, in any Word format. */
    static void assertReadsTheReport(ReadDocument doc) {
        assertThat(doc.lines()).containsExactly("某县妇联2023年工作报告", "一、凝聚巾帼力量", "全年开展巾帼宣讲120场，覆盖妇女8000余人次。",
                "（一）创业就业", "发放创业担保贷款3200万元。", "家庭建设", "评选最美家庭45户，其中县级以上表彰12户。",
                "项目 数量；两癌筛查 1.2万人。");
        assertThat(doc.headingHints()).containsExactlyInAnyOrder("某县妇联2023年工作报告", "一、凝聚巾帼力量", "（一）创业就业", "家庭建设");
        assertThat(doc.metadata().title()).isEqualTo("某县妇联2023年工作报告");
        assertThat(doc.metadata().publishedAt()).isEqualTo(LocalDate.of(2024, 1, 12));
    }

    @Test
    void aWordFileNamedWpsOrDocIsReadForWhatItIs() throws Exception {
        assertThat(READER.read("report.wps", report()).format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void refusesAPasswordProtectedWordFile() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(report());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            encrypted = bytes.toByteArray();
        }
        assertThat(reason("report.docx", encrypted)).isEqualTo("encrypted Word file: it needs a password to open");
    }

    @Test
    void refusesCorruptAndForeignFiles() throws Exception {
        byte[] truncated = java.util.Arrays.copyOf(report(), 300);
        assertThat(reason("report.docx", truncated)).startsWith("corrupt Word (.docx) file");
        byte[] emptyOle;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "Workbook");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            emptyOle = bytes.toByteArray();
        }
        assertThat(reason("report.doc", emptyOle)).startsWith("not a Word document");
        assertThat(reason("report.doc", "纯文本".getBytes(java.nio.charset.StandardCharsets.UTF_8))).contains("not a DOC file");
    }

    @Test
    void headingsAreStyledOutlinedOrShortAllBoldParagraphsButNeverSentences() {
        assertThat(WordHeadings.isHeading("工作回顾", "heading 1", -1, false)).isTrue();
        assertThat(WordHeadings.isHeading("工作回顾", "标题 2", -1, false)).isTrue();
        assertThat(WordHeadings.isHeading("工作回顾", "Normal", 1, false)).isTrue();
        assertThat(WordHeadings.isHeading("工作回顾", "Normal", 9, true)).isTrue();
        assertThat(WordHeadings.isHeading("工作回顾", "Normal", 9, false)).isFalse();
        assertThat(WordHeadings.isHeading("全年开展宣讲120场。", "Normal", -1, true)).isFalse();
    }

    @Test
    void titlesInPropertiesMustBeTitles() {
        assertThat(DocumentTitles.of("Microsoft Word - 某县妇联2023年工作报告.doc")).isEqualTo("某县妇联2023年工作报告");
        assertThat(DocumentTitles.of("文档1")).isNull();
        assertThat(DocumentTitles.of("Document1")).isNull();
        assertThat(DocumentTitles.of("标题")).isNull();
    }

    private static String reason(String name, byte[] content) {
        try {
            READER.read(name, content);
        } catch (UnreadableReportException e) {
            return e.reason();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertThat(reason("bomb.docx", bytes.toByteArray())).isEqualTo("refused: Word (.docx) expands far beyond its size (a zip bomb?)");
    }

    @Test
    void aWebPageSavedUnderAWordNameIsReadAsHtmlAndRtfIsRefusedWithTheReason() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"><title>某县妇联工作总结</title></head><body><div class=\"content\">"
                + "<p>全年开展宣讲活动120场，覆盖妇女8000余人次。</p></div></body></html>";
        ReadDocument doc = READER.read("report.doc", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.lines()).contains("全年开展宣讲活动120场，覆盖妇女8000余人次。");
        assertThat(reason("report.doc", "{\\rtf1\\ansi\\ansicpg936 text}".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .startsWith("an RTF document under a Word name");
    }

    @Test
    void readsTheParagraphsOfAContentControl() throws Exception {
        byte[] docx;
        try (TestDocx writer = new TestDocx()) {
            docx = writer.paragraph("前言。").contentControl("一、主要工作", "全年开展宣讲活动120场。").paragraph("结语。").bytes();
        }
        assertThat(READER.read("report.docx", docx).lines()).containsExactly("前言。", "一、主要工作", "全年开展宣讲活动120场。", "结语。");
    }

    @Test
    void takesTheWebAddressFromTheProperties() throws Exception {
        try (TestDocx docx = new TestDocx()) {
            docx.paragraph("全年开展宣讲活动120场。").identifier("https://www.example.gov.cn/fl/2024/report.docx");
            assertThat(READER.read("report.docx", docx.bytes()).metadata().url()).isEqualTo("https://www.example.gov.cn/fl/2024/report.docx");
        }
        try (TestDocx docx = new TestDocx()) {
            docx.paragraph("全年开展宣讲活动120场。").identifier("文号：某妇字〔2024〕1号");
            assertThat(READER.read("report.docx", docx.bytes()).metadata().url()).isNull();
        }
    }
}
