package dev.reportsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotFigurePatternsTest {
    private static final NotFigurePatterns PATTERNS = NotFigurePatterns.load();

    private static boolean fullyExcluded(String text, String part) {
        BitSet excluded = PATTERNS.excluded(text);
        int at = text.indexOf(part);
        assertThat(at).as("%s in %s", part, text).isNotNegative();
        return excluded.nextClearBit(at) >= at + part.length();
    }

    private static boolean touched(String text, String part) {
        BitSet excluded = PATTERNS.excluded(text);
        int at = text.indexOf(part);
        int first = excluded.nextSetBit(at);
        return first >= 0 && first < at + part.length();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            贯彻党的二十大精神          | 二十大
            召开第七届常委会            | 第七
            第十三次代表大会            | 第十三
            一是加强学习               | 一是
            科学编制2021—2030年新规划   | 2021—2030
            2013年工作回顾             | 2013
            二〇一三年工作回顾          | 二〇一三年
            围绕“1236+N”机制           | “1236+N”
            “4+1”工作法                | “4+1”
            母亲健康1+1行动            | 1+1
            12338妇儿维权公益服务热线    | 12338
            推进12377青少年权益保护工作   | 12377
            开通12390妇女儿童维权专席    | 12390
            闽ICP备09003561号          | 闽ICP备09003561号
            第1页共9页                 | 共9页
            阅读5202次                 | 阅读5202次
            阅读数 17153               | 阅读数 17153
            您是第:59264991位访问者     | 第:59264991
            “十二五”规划               | 十二五
            三八红旗手                 | 三八
            十佳母亲                   | 十佳
            奏响21世纪最强音            | 21世纪
            “12.4”全国法制宣传日        | “12.4”
            发布时间:2022-10-13 11:09:06 | 2022-10-13
            发布时间:2022-10-13 11:09:06 | 11:09:06
            推进两委换届                | 两
            树立四个意识                | 四
            新增一名副主任               | 一
            落实区委九届十一次全会精神    | 十一次
            省委八届七次、八次全会       | 七次、八次
            市妇女三次代表大会           | 三次
            开展35至64岁妇女两癌筛查      | 35至64岁
            关爱0-6岁儿童               | 0-6岁
            3岁以下婴幼儿               | 3岁以下
            60周岁以上老人              | 60周岁以上
            年满18岁的青年              | 满18岁
            建立24小时值班制度           | 24小时
            开通7×24小时服务热线         | 7×24小时
            北城168家政服务有限公司       | 168家政服务有限公司
            评论 12人参与,3条评论        | 评论 12人参与
            评论 12人参与,3条评论        | 12人参与,3条评论
            满3岁即可入园               | 满3岁
            构建1小时通勤圈             | 1小时
            落实144小时过境免签政策       | 144小时
            建成60万千瓦级机组           | 60万千瓦级
            关停5万千瓦及以下机组         | 5万千瓦及以下
            建成污水处理厂二期工程        | 二期
            推进3期项目建设              | 3期
            召开县第十三次妇代会          | 十三次
            评论 12人参与,5条评论        | 5条评论
            共128条记录 第1页            | 共128条记录
            """)
    void excludes(String text, String part) {
        assertThat(fullyExcluded(text, part)).isTrue();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            女性“一肩挑”60名            | 60名
            涌现三八红旗手(集体)180名     | 180名
            2019年,共免费检查妇女8508余名 | 8508余名
            举办“吉林三姐”等培训班800余期 | 800余期
            举办活动千余场              | 千余场
            全市3万多名适龄妇女          | 3万多名
            达到百分之五                | 五
            召开会议12次                | 12次
            连续值守72小时               | 72小时
            累计服务24小时,             | 24小时
            人均预期寿命79.6岁           | 79.6岁
            共有3000人参与培训           | 3000人
            引进企业15家                | 15家
            新增装机60万千瓦,           | 60万千瓦
            连续值守72小时,完成任务      | 72小时
            举办家政培训班3期            | 3期
            出台惠企政策12条             | 12条
            选任六名专委会副主任          | 六名
            争取到六台手动轮椅            | 六台
            服务12377名青少年            | 12377名
            惠及12350户家庭              | 12350户
            """)
    void leavesFiguresNextToThemAlone(String text, String part) {
        assertThat(touched(text, part)).isFalse();
    }
}
