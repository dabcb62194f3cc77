package dev.reportsearch.indexer.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfReaderTest {
    private static final DocumentReader READER = DocumentReader.standard();
    private static final String P1 = "今年以来，县妇联坚持以党的创新理论凝聚妇女、引领妇女，组织巾帼宣讲团深入村社、企业和学校开展宣讲活动，"
            + "把党的声音传递到千家万户，广大妇女听党话、跟党走的思想基础更加牢固。";
    private static final String P2 = "围绕乡村振兴，县妇联实施巾帼致富带头人培育计划，联合农业部门开办电商直播、特色种养和家政服务培训班，"
            + "帮助农村妇女掌握一技之长，在家门口实现就业增收，涌现出一批懂技术、善经营的巾帼带头人。";
    private static final String P3 = "深化家庭文明建设，常态化开展寻找最美家庭活动，推动好家风融入基层治理；"
            + "依托妇女之家开设家庭教育课堂，引导家长树立科学育儿观念，营造崇德向善的社会氛围。";

    private static ReadDocument read(byte[] pdf) throws UnreadableReportException {
        return READER.read("report.pdf", pdf);
    }

    private static String reason(byte[] pdf) {
        try {
            read(pdf);
        } catch (UnreadableReportException e) {
            return e.reason();
        }
        throw new AssertionError("the PDF was read");
    }

    @Test
    void readsAReportsParagraphsWholeAcrossLinesAndPagesWithoutHeadersOrPageNumbers() throws Exception {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            blocks.add("#" + "一二三四五六".charAt(i) + "、第" + (i + 1) + "项重点工作");
            blocks.addAll(List.of(P1, P2, P3));
        }
        ReadDocument doc = read(TestPdf.report("某县妇联二〇二三年工作报告", blocks, "某县妇女联合会文件"));

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.lines()).startsWith("某县妇联二〇二三年工作报告", "一、第1项重点工作", P1, P2, P3);
        assertThat(doc.lines()).hasSize(1 + 6 * 4);
        assertThat(doc.lines()).filteredOn(l -> l.length() > 30).allMatch(l -> l.equals(P1) || l.equals(P2) || l.equals(P3));
        assertThat(String.join("\n", doc.lines())).doesNotContain("某县妇女联合会文件", "- 2 -");
        assertThat(doc.headingHints()).contains("一、第1项重点工作", "六、第6项重点工作", "某县妇联二〇二三年工作报告");
        assertThat(doc.headingHints()).doesNotContain(P1);
    }

    @Test
    void joinsANumberAndASentenceBrokenAtTheLineEndAndAcrossAPage() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            float top = pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            pdf.justified(TestPdf.LEFT + 28, top, 14, TestPdf.WIDTH - 28, "全年累计培训农村妇女和返乡创业青年共计1");
            pdf.line(TestPdf.LEFT, top + 24.5f, 14, "2,600人次，带动就业。");
            pdf.line(TestPdf.LEFT + 28, top + 49, 14, "深化家庭文明建设，常态化开展寻找最美家");
            float last = pdf.wrap(P2, 14, TestPdf.WIDTH).size();
            top = pdf.paragraph(TestPdf.LEFT, top + 73.5f, 14, TestPdf.WIDTH, P2);
            pdf.justified(TestPdf.LEFT + 28, top, 14, TestPdf.WIDTH - 28, "县妇联联合人社部门举办专场招聘会，组织企业");
            pdf.newPage().line(TestPdf.LEFT, 100, 14, "现场提供就业岗位。");
            pdf.paragraph(TestPdf.LEFT, 124.5f, 14, TestPdf.WIDTH, P3);
            ReadDocument doc = read(pdf.bytes());
            assertThat(last).isGreaterThan(1);
            assertThat(doc.lines()).containsExactly(P1, "全年累计培训农村妇女和返乡创业青年共计12,600人次，带动就业。",
                    "深化家庭文明建设，常态化开展寻找最美家", P2, "县妇联联合人社部门举办专场招聘会，组织企业现场提供就业岗位。", P3);
        }
    }

    @Test
    void readsATwoColumnPageOneColumnAfterTheOther() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            float column = (TestPdf.WIDTH - 30) / 2;
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 12, column, P1);
            pdf.paragraph(TestPdf.LEFT + column + 30, 100, 12, column, P2);
            assertThat(read(pdf.bytes()).lines()).containsExactly(P1, P2);
        }
    }

    @Test
    void takesTitleAndDateFromThePropertiesAndHeadingsFromTheOutline() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
            created.clear();
            created.set(2024, Calendar.JANUARY, 18, 9, 30);
            pdf.info("Microsoft Word - 某县妇联2023年工作总结.docx", created).outline("巾帼建功");
            pdf.newPage().line(TestPdf.LEFT, 100, 14, "巾帼建功");
            pdf.paragraph(TestPdf.LEFT, 124.5f, 14, TestPdf.WIDTH, P2);
            ReadDocument doc = read(pdf.bytes());
            assertThat(doc.metadata().title()).isEqualTo("某县妇联2023年工作总结");
            assertThat(doc.metadata().publishedAt()).isEqualTo(LocalDate.of(2024, 1, 18));
            assertThat(doc.headingHints()).contains("巾帼建功");
        }
    }

    @Test
    void refusesAPdfWhoseFontsCannotBeDecoded() throws Exception {
        byte[] clean;
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            clean = pdf.bytes();
        }
        try (PDDocument doc = Loader.loadPDF(clean)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    COSDictionary dict = font.getCOSObject();
                    dict.removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(reason(out.toByteArray())).matches("100% of characters could not be decoded \\(fonts without a Unicode map: WenQuanYiMicroHei\\); the text would be garbage, so the PDF was skipped");
        }
    }

    @Test
    void refusesAScanWithNoTextLayer() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 50, 400, 600);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(reason(out.toByteArray())).startsWith("PDF has no text layer: scanned?");
        }
    }

    @Test
    void refusesAPasswordProtectedPdfButReadsOneOnlyLockedAgainstCopying() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", noCopy);
            policy.setEncryptionKeyLength(128);
            pdf.document().protect(policy);
            assertThat(reason(pdf.bytes())).isEqualTo("encrypted PDF: it needs a password to open");
        }
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            pdf.document().protect(new StandardProtectionPolicy("owner", "", noCopy));
            assertThat(read(pdf.bytes()).lines()).containsExactly(P1);
        }
    }

    @Test
    void refusesACorruptPdf() {
        assertThat(reason("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1))).startsWith("corrupt PDF");
        assertThat(reason(new byte[] {1, 2, 3, 4, 5})).contains("not a PDF file");
    }

    @Test
    void onlyTheFirstBytesOrAPdfNameMakeAFileAPdf() throws Exception {
        byte[] text = "说明：文件头%PDF-1.4出现在正文里。".getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read("notes.txt", text).format()).isEqualTo(DocumentFormat.TEXT);
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            byte[] bytes = pdf.bytes();
            byte[] junkFirst = new byte[bytes.length + 3];
            junkFirst[0] = ' ';
            junkFirst[1] = '\r';
            junkFirst[2] = '\n';
            System.arraycopy(bytes, 0, junkFirst, 3, bytes.length);
            assertThat(READER.read("report.pdf", junkFirst).lines()).containsExactly(P1);
        }
    }

    @Test
    void aParagraphIndentedWithIdeographicSpacesStartsWhereItsTextDoes() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().justified(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, "\u3000\u3000县妇联组织巾帼宣讲团深入村社开展宣讲活动");
            pdf.justified(TestPdf.LEFT, 124.5f, 14, TestPdf.WIDTH, "广大妇女听党话跟党走的思想基础更加牢固");
            pdf.line(TestPdf.LEFT, 149, 14, "\u3000\u3000下一段从这里开始。");
            assertThat(read(pdf.bytes()).lines()).containsExactly(
                    "县妇联组织巾帼宣讲团深入村社开展宣讲活动广大妇女听党话跟党走的思想基础更加牢固", "下一段从这里开始。");
        }
    }

    @Test
    void takesTheWebAddressFromThePropertiesOrFromTheFooterABrowserPrintsOnEveryPage() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            pdf.document().getDocumentInformation().setCustomMetadataValue("URL", " https://www.example.gov.cn/fl/2024/report.pdf ");
            assertThat(read(pdf.bytes()).metadata().url()).isEqualTo("https://www.example.gov.cn/fl/2024/report.pdf");
        }
        String page = "https://www.example.gov.cn/art/2024/1/16/art_1234_5678.html";
        try (TestPdf pdf = new TestPdf()) {
            for (int n = 1; n <= 3; n++) {
                pdf.newPage().line(30, 20, 8, "2024/1/16 09:30").line(300, 20, 8, "某县妇联2023年工作报告");
                pdf.paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, List.of(P1, P2, P3).get(n - 1));
                pdf.line(30, TestPdf.PAGE_HEIGHT - 20, 8, page).line(540, TestPdf.PAGE_HEIGHT - 20, 8, n + "/3");
            }
            ReadDocument doc = read(pdf.bytes());
            assertThat(doc.metadata().url()).isEqualTo(page);
            assertThat(doc.lines()).containsExactly(P1, P2, P3);
        }
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().paragraph(TestPdf.LEFT, 100, 14, TestPdf.WIDTH, P1);
            pdf.paragraph(TestPdf.LEFT, 300, 14, TestPdf.WIDTH, "详见https://www.example.gov.cn/notice.html。");
            assertThat(read(pdf.bytes()).metadata().url()).as("an address in the text is not the document's").isNull();
        }
    }

    @Test
    void refusesAPdfWhoseFewCompressedBytesShowEndlessText() throws Exception {
        byte[] bomb;
        try (TestPdf pdf = new TestPdf()) {
            pdf.newPage().line(TestPdf.LEFT, 100, 14, P1);
            // the same line shown 2,000 times over from one compressed content stream: 130 KB of text in a few KB
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(pdf.document());
            PDPage page = pdf.document().getPage(0);
            COSName font = page.getResources().getFontNames().iterator().next();
            PDFont pdFont = page.getResources().getFont(font);
            String shown = "BT /" + font.getName() + " 14 Tf 72 700 Td <" + java.util.HexFormat.of().formatHex(pdFont.encode(P1)) + "> Tj ET\n";
            try (java.io.OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                for (int i = 0; i < 2_000; i++) {
                    out.write(shown.getBytes(StandardCharsets.US_ASCII));
                }
            }
            pdf.bytes(); // the font subset is embedded on saving: then the page's content is replaced
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.document().save(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(40_000);
        DocumentReader reader = new DocumentReader(EncodingDetector.standard(), new HtmlExtractor(),
                new PdfReader(DocumentReader.PDF_MAIN_MEMORY, 100_000, null), new WordReader(), DocumentReader.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> reader.read("bomb.pdf", bomb)).isInstanceOfSatisfying(UnreadableReportException.class,
                e -> assertThat(e.reason()).isEqualTo("refused: PDF shows more than 100,000 characters, far beyond any report (a decompression bomb?)"));
    }
}
