package dev.reportsearch.indexer.split;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingRecognizerTest {
    private final HeadingRecognizer recognizer = new HeadingRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "二〇一三年工作回顾|YEAR_PART|二〇一三年工作回顾|",
            "二一三年工作回顾|YEAR_PART|二一三年工作回顾|",
            "2014年工作思路|YEAR_PART|2014年工作思路|",
            "一、固本强基,在建设中开创新格局|CHINESE_NUMBERED|一、固本强基,在建设中开创新格局|",
            "四、推进美丽引领行动,在各项建设中引领风尚。|CHINESE_NUMBERED|四、推进美丽引领行动,在各项建设中引领风尚。|",
            "(一)加强组织建设|PARENTHESISED_CHINESE|(一)加强组织建设|",
            "（二）加强阵地建设|PARENTHESISED_CHINESE|（二）加强阵地建设|",
            "1、深化创业就业服务。要继续做好创业贷款融资服务,全力做好与金融机构的合作文章。|ARABIC_NUMBERED|1、深化创业就业服务|要继续做好创业贷款融资服务,全力做好与金融机构的合作文章。",
            "3.加强两规监测服务。|ARABIC_NUMBERED|3.加强两规监测服务。|",
            "(一)加强思想引领;|PARENTHESISED_CHINESE|(一)加强思想引领|",
            "(三)推动电商发展.举办\"巾帼直播助农\"活动26场,帮助销售农特产品860万元.|PARENTHESISED_CHINESE|(三)推动电商发展|举办\"巾帼直播助农\"活动26场,帮助销售农特产品860万元.",
            "一.加强组织建设|CHINESE_NUMBERED|一.加强组织建设|",
            "（1）开展培训|PARENTHESISED_ARABIC|（1）开展培训|",
            "【巾帼建功】|BRACKETED|【巾帼建功】|",
            "PART.01|PART|PART.01|",
            "“巾帼建功行动”|QUOTED|“巾帼建功行动”|",
            "“巾帼成才行动”,|QUOTED|“巾帼成才行动”|",
            "思想引领,同心担当|STANDALONE|思想引领,同心担当|",
            "思想引领：同心担当|STANDALONE|思想引领：同心担当|",
            "发挥大讲堂引领作用。以妇女之家为主阵地,持续对广大妇女群众开展宣传教育活动。|RUN_IN|发挥大讲堂引领作用|以妇女之家为主阵地,持续对广大妇女群众开展宣传教育活动。"})
    void recognises(String paragraph, HeadingKind kind, String heading, String rest) {
        Optional<HeadingMatch> match = recognizer.recognize(paragraph, Set.of(), false);
        assertThat(match).contains(new HeadingMatch(kind, heading, rest == null ? "" : rest));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "一是示范提升强作为。有序推进巾帼工程,在全县打造10个县级社区妇女之家示范点。",
            "二是延伸拓展广覆盖。切实打造巾帼工程,加强女性社会组织建设。",
            "1.5万名妇女参加培训,全年开展活动120场。",
            "12.4全国法制宣传日开展普法宣传活动,发放资料1万余份。",
            "各位执委,同志们:",
            "2019年12月",
            "这一年,她们用勤劳和智慧书写着锐意进取的精彩。",
            "2019年,是广丰妇联人用汗水浇灌收获的一年,也是以实干笃定前行的一年。",
            "一、 加快劳动力转移,今年全镇共转移劳动力1200人,其中女性600人。",
            "2、 3月6日召开家属联谊会,镇领导到会讲话。"})
    void ignoresProse(String paragraph) {
        assertThat(recognizer.recognize(paragraph, Set.of(), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"某县妇联", "二〇二〇年一月"})
    void aShortLastLineIsASignatureNotAHeading(String line) {
        assertThat(recognizer.recognize(line, Set.of(), true)).isEmpty();
    }
}
