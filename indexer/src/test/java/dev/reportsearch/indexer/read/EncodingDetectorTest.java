package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingDetectorTest {
    private static final EncodingDetector DETECTOR = EncodingDetector.standard();
    private static final String SIMPLIFIED = "区妇联工作报告：全年培训农村妇女1560人次，发放创业贷款300万元，建成儿童之家12个。";
    private static final String TRADITIONAL = "區婦聯工作報告：全年培訓農村婦女1560人次，發放創業貸款300萬元，建成兒童之家12個。";

    @Test
    void readsUtf8() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), null);
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] text = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(DETECTOR.decode("a.txt", withBom, null).text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void readsGb18030() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")), null);
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void readsGbkFromAPageDeclaringGb2312() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.html", SIMPLIFIED.getBytes(Charset.forName("GBK")), "gb2312");
        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void readsBig5() throws Exception {
        DecodedText decoded = DETECTOR.decode("a.txt", TRADITIONAL.getBytes(Charset.forName("Big5")), null);
        assertThat(decoded.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void tellsShortGbFromShortBig5() throws Exception {
        assertThat(DETECTOR.decode("a.txt", "妇女儿童工作".getBytes(Charset.forName("GB18030")), null).text()).isEqualTo("妇女儿童工作");
        assertThat(DETECTOR.decode("b.txt", "婦女兒童工作".getBytes(Charset.forName("Big5")), null).text()).isEqualTo("婦女兒童工作");
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> DETECTOR.decode("e.txt", new byte[0], null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("empty file"));
        assertThatThrownBy(() -> DETECTOR.decode("b.txt", new byte[] {'a', 0, 'b', 1, 2, 3}, null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
        assertThatThrownBy(() -> DETECTOR.decode("p.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("binary file (not text)"));
    }
}
