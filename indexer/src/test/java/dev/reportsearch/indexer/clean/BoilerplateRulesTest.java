package dev.reportsearch.indexer.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateRulesTest {
    private static final BoilerplateRules RULES = BoilerplateRules.standard();

    @ParameterizedTest
    @ValueSource(strings = {
            "某市妇联网 某市妇女联合会 版权所有   备案号:某ICP备12345678号",
            "您是第:1234567 位访问者",
            "上一篇:某某文章 下一篇:另一篇文章",
            "分享到:",
            "分享到：微信 微博",
            "返回主站 喜迎妇女大会 巾帼建功新时代",
            "【字体:大 中 小】",
            "【字体：大 中 小】 【打印本页】 【关闭窗口】",
            "打印本页 关闭窗口",
            "首页 > 工作动态 > 正文",
            "当前位置：首页 > 新闻",
            "Copyright © 2020 某县妇联",
            "（责任编辑：某市妇联宣传部）",
            "— 3 —",
            "- 12 -",
            "第3页",
            "编者按：五年来，全市各级妇联组织在各级党委领导下，围绕中心、服务大局，团结带领广大妇女在副中心城市建设中争当先锋、建功立业。"
                    + "在第十四次妇女代表大会即将召开之际，本网推出县区五年巡礼系列报道，本期展示三个县妇联五年来的工作成效。"})
    void dropsChromeLines(String line) {
        assertThat(RULES.strip(line)).isEmpty();
    }

    /** One example of each class of chrome line in boilerplate.txt (our own text, in the shapes real pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "关闭信息】  【打印信息", "【打印此页】【关闭窗口】", "编审:张三 李四", "文件下载",
            "扫一扫关注某县妇联微信", "扫一扫在手机打开当前页", "掃碼下載", "分享:", "敬请关注。",
            "撰稿丨张三", "编辑丨李四", "责编丨王五", "【编辑:赵六】", "(通讯员 钱七)", "(作者:孙八 周九)",
            "通讯员吴十 摄", "某县妇联供图。本报记者 郑一摄", "某市日报记者 王二 摄", "某省日报记者 冯三",
            "省长某某作政府工作报告", "大会由主席团常务主席某某主持会议",
            "<image>活动照片 (1).jpg</image>", "<image>alt=\"活动照片\"</image>", "微信图片_20201126130119", "QQ截图20201229112028", "图片4",
            "(资料图片仅供参考)",
            "评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最新评论", "我来说两句",
            "• 约3.79千字", "约 7页", "• 举报", "• 0", "某镇工作总结范文.docxVIP",
            "1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
            "公文高手,超级方便的公文写作神器! 立即了解", "结合当前工作需要,某范文网的会员为你整理了这篇工作总结范文。", "【正文】",
            "【字号：加大 还原 减小】", "【字体：", "大", "中", "小", "】", "加大", "下载", "打印", "全屏", "收藏", "首页", ">",
            "阅读量：", "浏览次数: 35",
            "———THE", "———",
            "声明:转载此文是出于传递更多信息之目的", "備注:數據僅供參考,不作為投資依據。", "免費看價格",
            "【某某商报网讯】",
            "某某活动报道 | |", "为打赢脱贫攻坚战,帮助困难家庭... |",
            "Original URL: http://example.org/a?b=1", "abcd39f1fb7f426d9dfb6bd0fa1f2146:",
            "掃一掃關注官方微信", "責編丨某某",
            "点击上方蓝字关注我们", "长按识别二维码", "阅读原文", "在看", "微博", "上一页 1 2 3 下一页", "【我要纠错】", "【大】【中】【小】",
            "转载请注明出处", "您的浏览器不支持 video 标签。", "某县人民政府门户网站",
            "欢迎您访问某市妇女联合会网站!", "欢迎光临中国某某网!今天是:", "某某第三代網站~請多多來站光臨!", "首页 新闻 某某新闻 详细信息",
            "文档格式：.doc", "下载积分：5", "免费下载", "本文档共7页", "今天是", "今天是：2019年11月25日 星期一",
            "第03版：要闻", "A3版", "本版责编：某某", "上一版 下一版"})
    void dropsEachClassOfChromeLine(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"大中小学生全部参加", "全年新增中小企业120家。", "打印机和全屏显示设备已配发到村。",
            "收藏家协会举办展览。", "省长主持召开常务会议,研究部署重点工作。", "开展“最美家庭”评选活动,评论员点评。",
            "一、2025年工作回顾", "某镇2021年工作总结暨2022年工作计划",
            "宣传报道", "第3版教材修订工作全面完成。", "在报刊发表评论文章20篇。", "群众长按识别二维码即可报名参加培训,全年报名1200人。", "今天是全市妇女代表大会隆重开幕的日子。", "关键词是团结奋进,全县妇联干部凝心聚力。", "免费下载培训课件300余份,惠及妇女2000人次。", "欢迎各界人士积极参与,共同推进妇女儿童事业发展。", "首页设计大赛圆满落幕", "织密社会保障网", "建好用好政府网站", "微信公众号全年推送信息560余条。", "推出系列报道62期，累计阅读量18万次。", "公众号全年推送信息560余条,累计阅读量12万余次.", "推行“扫一扫”办事,群众扫码即可反映诉求,全年受理1200件。", "指标 | 2020年 | 2021年 | |",
            "打印信息化建设方案,关闭落后产能企业3家。", "编审工作全部完成"})
    void keepsReportTextThatSharesWordsWithChrome(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    @Test
    void deletesDatelinesCreditsAndConverterFields() {
        assertThat(RULES.strip("【某某网讯】记者 张三 报导:记者从县里获悉,全县脱贫。")).contains("记者从县里获悉,全县脱贫。");
        assertThat(RULES.strip("云上某地报道 2月1日,某区妇儿工委召开会议。")).contains("2月1日,某区妇儿工委召开会议。");
        assertThat(RULES.strip("教育局2018年工作 HYPERLINK /Article/ \\t _blank 总结")).contains("教育局2018年工作总结");
    }

    /** Classes found on further real pages than the development set (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "您所在的位置: 某省妇联新闻> 妇联要闻 > 正文", "位置:首頁 > 事務文書 > 工作總結", "妇女之声 > 正文", "财经 > 滚动新闻 > 正文",
            "■记者张小明", "某某特区报记者 王一 通讯员 李二 文/图", "某市日报记者 赵三、钱四", "编辑 孙五  审核 周六", "(报道:吴七)",
            "某某镇妇联 郑八", "用户登录", "登录", "还没有账号?", "立即注册", "客服设为首页 |", "免责声明", "- 相关推荐", "2024年04月20日 星期六", "见习编辑:周一", "(某县某镇关工委 朱二)",
            "(来源:某市某镇党委宣传办公室 通讯员:王一 一审编辑:程二 二审校对:应三 终审核发:董四)", "(融媒体记者:余一 编辑:蓝二 审核:黄三 终审:王四)"})
    void dropsFurtherClassesOfChromeLine(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"全县新闻记者培训班", "（三）新闻记者培训", "优秀通讯员评选", "注册志愿者3200名", "登录系统的干部达1200人次。",
            "全县妇联干部 张三", "收入比上年增长5%以上>全市平均水平", "明确位置:村委会东侧新建妇女之家。", "各项工作稳中有进,正文明创建持续推进。"})
    void keepsReportLinesLikeTheFurtherClasses(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    /** Classes found on a private check of further real pages (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "ID:1234567", "大小:12.5KB", "页数:7页", "格式:DOCX", "温馨提示:", "网站客服:1234567890", "收藏 分享赚钱",
            "《某镇工作总结.doc》由会员分享,可在线阅读,更多相关《某镇工作总结.doc(9页珍藏版)》请在某某网站上搜索。",
            "导语:某某报告一文来源于网友上传,不代表本站观点,欢迎参考。", "【www.example.com--报告】", "| 报告 |", "| abc1", "微信 ![]() |",
            "【字体: 打印", "作者:记者 某甲 通讯员 某乙  编辑:某丙", "@所有人,加入我们", "×", "某章网 资料文库 某镇工作报告范文",
            "详细内容_页头", "内容页_右侧栏目", "地址:某市某路1号 电话:0000-1234567 邮箱:abc@example.org",
            "联系地址:某市委大院 联系电话:0000-7654321", "- 创建: 某市残联", "某某日报社全媒体记者: 张某某/文图"})
    void dropsClassesOfChromeFromAPrivateCheck(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"编号:2021-3号文件已下发。", "大小企业共签约45家。", "群众来源于各村,覆盖全镇。", "共享文库建成投用,收录资料1200份。",
            "| 指标 | 2020年 | 2021年 |", "发布机构改革方案全面落实", "地址选在镇文化中心,电话回访群众300余人次。", "- 创建学习型组织3个", "印发《某府发〔2022〕16号》文件,部署全年工作。", "客服热线全年接听来电3200次。", "作者单位:某县妇联"})
    void keepsReportLinesLikeThePrivateCheckClasses(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    /** Classes found on a fifth private check of unseen real pages (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "下载 相关 举报", "收藏 分享 打印", "亲,该文档总共9页,到这儿已超出免费预览范围,如果喜欢就下载吧!", "资源描述", "资源描述:",
            "《某县妇女发展规划评估报告》由会员上传分享,免费在线阅读,更多相关内容在某某文库", "(阅读全部内容,您需要先登录!)", "登录后查看全文",
            "赞 (0)", "点赞(12)", "据《某某日报》", "本文来源: 某县妇联", "书名:", "打印:", "字体:", "在您的设备上浏览本页",
            "网站简介广告服务联系方式法律声明", "关于我们 | 隐私政策 | 网站地图", "友情链接: 某某网 | 某某院", "某某县论坛", "点击进入某讯网首页>>",
            "| | | |", "某某文库(www.example.com)/范文大全/工作总结/团委工作"})
    void dropsClassesOfChromeFromAFifthCheck(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"下载安装政务APP的群众达3万人。", "相关部门密切配合。", "群众需要先登录系统再办理,全年办件1200件。", "主要做法:",
            "据《某县统计年鉴》,全县常住人口增长2%。", "资源描述清楚、分类合理的档案达300卷。", "社区论坛举办12场,参与群众800人次。",
            "【工作亮点】全年新建妇女之家12个,覆盖全部村居。", "| 指标 | 2020年 |", "妇联/团委/工会", "2020/2021/2022年度先进集体"})
    void keepsReportLinesLikeTheFifthCheckClasses(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    /** Classes found on validation6 once it was measured (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "- 0", "- 约2.1千字", "- 约 5页", "- 举报", "A", "Q", "7", "12",
            "2. 下载前请核对文档内容,与描述不符可向本站投诉。", "3. 付费完成后未能下载的用户请联系客服处理。", "下载后继续阅读", "当前文档共12页 1.50",
            "§?xy┆12 页 21.5 KB下载文档", "某某文库 - 海量精品文档,一键下载", "点击这里给我发消息", "正文复制", "复制链接",
            "某某网 某某举报中心(12345) 登录 / 注册", "乡政府,工作计划,2024", "时间: 03-08", "页: [1]", "查看完整版本: 某镇妇联开展义诊",
            "图5 2019年3月,市妇联召开执委会。", "(ABTV某某早新闻)", "Women's Day 3.8", "网站介绍 | 广告服务 | 联系方式", "栏目:工作动态    编辑:张 三"})
    void dropsClassesOfChromeFromValidation6(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @Test
    void deletesADocumentSitesPreviewNotice() {
        assertThat(RULES.strip("说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致,下载之前请确认下面内容是否您想要的,"
                + "是否完整无缺,全文共有文字约三千字,请放心下载。")).isEmpty();
    }

    /** Classes found on a sixth check of unseen real pages (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "—分享—", "- 分享 -", "图片", "视频", "点击:    评论: (查看) 字体: / /", "浏览: 评论:", "  • 浏览量:", "• 点击量: 35",
            "点击查看全文", "展开全文", "查看更多>>", "(相关资料图)", "后台编辑:某部 张三", "图文来源:某学院团委", "文字编辑:李四",
            "国内统一刊号:CN00-0000 某某报社出版广告热线:1234567订阅热线:7654321", "--> 2020-05-27 1 1 某某报 c123.html /enpproperty-->",
            "亲,该文档总共4页,全部预览完了,如果喜欢就下载吧!", "第1页共9页", "第 2 页 / 共 9 页"})
    void dropsClassesOfChromeFromASixthCheck(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"关闭信息】  【打印信息", "【打印此页】 【关闭窗口】", "编审:某某 某某某"})
    void dropsPrintControlsNamedWithTheirObjectAndEditorialCredits(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"内容概述 某街道2022年工作总结", "索引号 MB0000000/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17"})
    void knowsDisclosureFieldsWithoutColons(String line) {
        assertThat(RULES.isMetaLine(line)).as(line).isTrue();
        assertThat(RULES.strip("打印信息资料300份,关闭违规网站2个。")).contains("打印信息资料300份,关闭违规网站2个。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"一审:某某某", "二审:某某", "本版标题导航", "今日日期:     版面导航", "当前报纸日期:", "放大 缩小 默认", "top top top",
            "intNumViewTotal=277", "Quay lên trên", "Vietnamese |  English |  中文 |  Báo In"})
    void dropsEPaperWidgetsForeignControlsAndReviewCredits(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
        assertThat(RULES.strip("本次会议统一了思想。(文\\某某 图\\某某 审核\\某某)")).contains("本次会议统一了思想。");
        assertThat(RULES.strip("ISO认证助企业提效拓市场")).contains("ISO认证助企业提效拓市场");
        assertThat(RULES.strip("GDP 增长 5%")).contains("GDP 增长 5%");
        assertThat(RULES.strip("办理流程:申请-->审核-->发放,全年办件1200件。")).contains("办理流程:申请-->审核-->发放,全年办件1200件。");
    }

    @Test
    void dropsMarkupLinesAndBracketedDatelines() {
        assertThat(RULES.strip("<rp id=\"ab\"><video id=\"ab\"></video></rp>")).isEmpty();
        assertThat(RULES.strip("    • <address id=\"ab\"></address>")).isEmpty();
        assertThat(RULES.strip("(本网讯)    某区委副书记说:关心下一代工作有优势。")).contains("某区委副书记说:关心下一代工作有优势。");
        assertThat(RULES.strip("(用电)负荷下降5%。")).contains("(用电)负荷下降5%。");
        assertThat(RULES.strip("收入<5000元的家庭共12户。")).contains("收入<5000元的家庭共12户。");
        assertThat(RULES.strip("某某精品动漫|某某综合字幕|某某精品视频!|某某视频一区")).isEmpty();
        assertThat(RULES.strip("指标|2020年|2021年|2022年|2023年")).contains("指标|2020年|2021年|2022年|2023年");
    }

    @ParameterizedTest
    @ValueSource(strings = {"分享经验做法12条。", "图片展览吸引群众3000人次。", "点击量突破10万次,评论区互动热烈。", "全文共分三个部分。",
            "后台管理系统上线运行。", "资料图片档案整理完毕。", "订阅刊物12种,覆盖全部村居。",
            // like validation6's classes
            "守初心,担使命,勇作为", "2024年,全镇新增就业岗位300个。", "约500名妇女参加培训。", "图书馆新增藏书2000册。",
            "下载APP的群众达3万人。", "A级景区新增2家。", "一、2025年工作回顾"})
    void keepsReportLinesLikeTheSixthCheckClasses(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    @Test
    void deletesPageMarkersAndBracketedCreditsFromParagraphs() {
        assertThat(RULES.strip("第1页共9页区妇联年度工作总结20xx年度,我会认真履职。")).contains("区妇联年度工作总结20xx年度,我会认真履职。");
        assertThat(RULES.strip("提起行第2页共9页政诉讼情况。")).contains("提起行政诉讼情况。");
        assertThat(RULES.strip("努力成为青年人的贴心人。(图/文 某某团委)")).contains("努力成为青年人的贴心人。");
        assertThat(RULES.opensLinkList("精彩推送")).isTrue();
    }

    @Test
    void knowsAForumPostStampAndAPlaceTaggedStoryListAsTheHeaderAndAList() {
        assertThat(RULES.isMetaLine("abcUser - 2025/5/10 18:46:00")).isTrue();
        assertThat(RULES.opensLinkList("【某市】某市残联召开全市康复服务推进会议")).isTrue();
        assertThat(RULES.opensLinkList("【工作亮点】全年新建妇女之家12个,覆盖全部村居。")).isFalse();
    }

    @Test
    void deletesDatelineCreditsAndSiteBlurbsFromParagraphs() {
        assertThat(RULES.strip("本报讯 (通讯员张三)县妇联切实做好小额贷款工作。")).contains("县妇联切实做好小额贷款工作。");
        assertThat(RULES.strip("某某文汇报讯(记者 王一、李二 某市报道)三年间全区累计发放贷款36亿元。")).contains("三年间全区累计发放贷款36亿元。");
        assertThat(RULES.strip("今日某报/某网讯(通讯员 向一 凌二)3月13日,某州启动关爱工程。")).contains("3月13日,某州启动关爱工程。");
        assertThat(RULES.strip("精选优质文档-倾情为你奉上乡镇残联年度工作总结")).contains("乡镇残联年度工作总结");
        assertThat(RULES.strip("1、-精品合同推荐- 2008年街道办工作总结")).contains("1、 2008年街道办工作总结");
        assertThat(RULES.strip("总结是对工作的回顾。下面是小编整理的镇妇联年度工作总结,欢迎阅读与收藏。")).contains("总结是对工作的回顾。");
        assertThat(RULES.strip("县妇联通讯员队伍不断壮大。")).contains("县妇联通讯员队伍不断壮大。");
        assertThat(RULES.strip("通过表彰,唱响时代主旋律。(元某某)")).contains("通过表彰,唱响时代主旋律。");
        assertThat(RULES.strip("创建“平安家庭”示范村1个(某某村),示范户2户。")).contains("创建“平安家庭”示范村1个(某某村),示范户2户。");
        assertThat(RULES.strip("某山网讯 2月5日下午,县关工委工作总结座谈会举行。")).contains("2月5日下午,县关工委工作总结座谈会举行。");
        assertThat(RULES.strip("目前已走访22户,其余13户将于本周内完成走访。 张某 李某某 摄")).contains("目前已走访22户,其余13户将于本周内完成走访。");
    }

    /** Classes found on validation11 once it was measured (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {
            "- 文档编号:1234567", "- 格式:DOCX", "- 页数:9", "- 大小:31.20KB", "- 上传时间:2024-02-03",
            "导语:怎样写好一篇乡长工作报告?欢迎阅读某某之家整理的五篇范文,供你借鉴。", "篇1", "第2篇",
            "时间: 某用户456 分享", "正文", "用微信扫描二维码", "已有0人发表了评论", "本篇新闻热门关键词:某网 |",
            "当前版:03版", "通版阅读请点击:", "收缩通版", "某某精品_某某视频_某某一区_某某字幕", "列表头部广告一条",
            "Page 37 - 《某某镇志》"})
    void dropsClassesOfChromeFromValidation11(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @Test
    void deletesADownloadSitesNumberedNoticesAndANewsItemsClosingCredits() {
        assertThat(RULES.strip("- 1、本文档共12页,可阅读全部内容。")).isEmpty();
        assertThat(RULES.strip("- 3、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,"
                + "付费前请自行鉴别。如您付费,意味着您自己接受本站规则且自行承担风险,本站不退款;查看《说明》。如果您已付费下载过本站文档,可以点击这里二次下载。")).isEmpty();
        assertThat(RULES.strip("1、查处侵犯著作权案件12起,收缴盗版图书300册。")).contains("1、查处侵犯著作权案件12起,收缴盗版图书300册。");
        assertThat(RULES.strip("大家一起唱歌,活跃了节日气氛。(王某某) 某某联盟 纠错QQ:1234567890 (责任编辑:某某) |"))
                .contains("大家一起唱歌,活跃了节日气氛。");
        assertThat(RULES.strip("全年慰问困难职工86人。(责任编辑:某某)")).contains("全年慰问困难职工86人。");
        assertThat(RULES.isMetaLine("责任部门:")).isTrue();
    }

    @Test
    void aTagLineOpensTheListOfOtherStoriesBelowANewsItem() {
        assertThat(RULES.opensLinkList("编辑: 某某 标签:")).isTrue();
        assertThat(RULES.opensLinkList("标签:")).isTrue();
        assertThat(RULES.opensLinkList("标签: 妇联 三八节")).isTrue();
        assertThat(RULES.strip("编辑: 某某 标签:")).isPresent(); // left for the link list, which takes what follows too
        assertThat(RULES.strip("编辑: 某某 审核: 某某")).isEmpty();
        assertThat(RULES.opensLinkList("为每户家庭贴上“最美家庭”标签:好婆媳、好妯娌。")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第三篇章:巾帼建功", "篇幅所限,不再赘述。", "公益广告宣传栏新建12处。", "正文共分三部分。", "当前版本的系统运行平稳。",
            "导语写作培训班举办2期。", "设立纠错热线,全年受理群众意见30条。", "用微信扫码缴费的群众达2万人。", "Page设计培训12人次。"})
    void keepsReportLinesLikeTheValidation11Classes(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19.09.2019  17:44", "2026-02-02 09:20", "• 2026-02-28 发布于某省", "某文库 2021-07-23 10:14:50 政府报告", "某网 2025-03-14",
            "索 引 号: | abc-2022-00003 | 发布机构: | 某县妇联 |", "关键词: |",
            "索引号：000014348/2021-00012", "发布机构：某县妇联", "成文日期：2021-02-27", "标 题：某镇2021年政府工作报告",
            "索引号 000014348/2021-00012", "组配分类 计划总结 发布机构 某某街道", "生成日期 2021-01-28 公开方式 主动公开",
            "内容概述 某街道2022年工作总结", "文件编号 发布机构 某街道办事处 效力状况 有效", "某府发〔2022〕16号", "某妇字[2021]3号"})
    void knowsPageMetadataLines(String line) {
        assertThat(RULES.isMetaLine(line)).as(line).isTrue();
        assertThat(RULES.strip(line)).as(line).isPresent(); // the header reader sees it first
    }

    @Test
    void knowsLinkListHeaders() {
        assertThat(RULES.opensLinkList("相关报道：")).isTrue();
        assertThat(RULES.opensLinkList("相关链接>>")).isTrue();
        assertThat(RULES.opensLinkList("原标题:某县召开妇女代表大会")).isTrue();
        assertThat(RULES.opensLinkList("相关部门密切配合,全年完成任务。")).isFalse();
    }

    @Test
    void deletesCountersFromOtherLines() {
        assertThat(RULES.strip("发布时间2023年11月11日  来源:某县妇联  阅读5202次")).contains("发布时间2023年11月11日  来源:某县妇联");
        assertThat(RULES.strip("来源:本站原创     发布时间:2019-09-29")).contains("发布时间:2019-09-29");
        assertThat(RULES.strip("发布日期：2015-12-28 信息来源：某县妇联 浏览次数：862")).contains("发布日期：2015-12-28 信息来源：某县妇联");
    }

    @Test
    void keepsProse() {
        String prose = "全年开展活动120场，下一步将继续深化妇联改革，推动各项工作再上新台阶。";
        assertThat(RULES.strip(prose)).contains(prose);
    }

    /** Classes found on validation12 (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {"[移动版]", "[移動版]", "手机版", "【繁体版】", "请输入验证码", "验证码:", "关闭×", "``", "***",
            "镇街分站: 某甲镇 某乙镇 某丙街道 某丁街道", "乡镇(街道)分站: 某甲镇 某乙镇 某丙街道",
            "12345678-2-/2021-0507008"})
    void dropsClassesOfChromeFromValidation12(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"移动版政务服务平台上线,全年办件1.2万件。", "验证码登录功能已覆盖全部村居。", "新建分站3个:某甲镇 某乙镇 某丙镇",
            "全县站点导航覆盖12个乡镇,服务群众2万人次。", "2021-2025", "GB/T-2019-12", "【作者】某某 全文见下。"})
    void keepsReportLinesLikeTheValidation12Classes(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    @Test
    void readsABracketedMetadataRowAsMetadata() {
        assertThat(RULES.isMetaLine("【作者】某市年鉴编纂委员会 【文章来源】《某市年鉴•2016》 【成文日期】2015-12-31 【点击率】913次")).isTrue();
        assertThat(RULES.isMetaLine("【作者】某某 全文见下。")).isFalse();
    }

    @Test
    void deletesADocumentMirrorsPlaceholderStamp() {
        assertThat(RULES.strip("某市妇女儿童发展规划中期评估报告某市妇儿工委2006年5月15日第1页共39页编号:时间:2021年x月x日读书破万卷,下笔如有神页码:第1页共39页目录"))
                .hasValueSatisfying(s -> assertThat(s).doesNotContain("2021年x月x日").doesNotContain("读书破万卷").contains("2006年5月15日"));
    }
    /** A government report's opening formula says who reports to whom and asks for review: nothing of the work. */
    @ParameterizedTest
    @ValueSource(strings = {"各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。",
            "现在,我代表市人民政府向大会作工作报告,请予审议。", "各位代表, 现在我代表区人民政府，向大会报告政府工作，请予审查，并请各位列席人员提出意见。",
            "（现在，我代表某镇人民政府向大会报告工作，请予审议。）"})
    void dropsAGovernmentReportsOpeningFormula(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"现在，我代表县人民政府，向大会报告工作。过去一年，全县地区生产总值增长6.5%，请予审议的事项另行印发。",
            "我代表县妇联向大会报告工作,全年培训妇女1.2万人次。", "现在,我县已建成妇女之家126个,请予审议的议案共5件。"})
    void keepsReportLinesLikeTheOpeningFormula(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    /** Classes found on validation13 (our own text, in the shapes those pages use). */
    @ParameterizedTest
    @ValueSource(strings = {"您好!欢迎来到我们的网站!", "• 分享到", "· 分享至:", "资料图:参加某区妇女代表大会的部分女代表走出会场 摄影:王某",
            "(某某在线编辑:李某某) |", "（某某网编辑：张某）",
            "Copyright (c) 2010 某某网 All rights reserved 版权所有:某省妇女联合会 技术支持:某某传媒股份有限公司 返回某某妇女网 地 址:某省某市某某路100号省机关办公区13号楼 琼ICP备18000000号-1 |",
            "作者原创,不允许二次传播,一经发现收回", "严禁转载", "\"/>", "-->"})
    void dropsClassesOfChromeFromValidation13(String line) {
        assertThat(RULES.strip(line)).as(line).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"您好,妇女之家!全年接待来访群众1200人次。", "分享到朋友圈的家风故事达300余篇。", "图为县妇联开展“两癌”筛查现场。",
            "编辑出版《巾帼风采》12期。", "版权意识不断增强,全年开展知识产权培训12场。", "严禁转载的内部资料不予公开,全年依申请公开信息12件。",
            "a>b"})
    void keepsReportLinesLikeTheValidation13Classes(String line) {
        assertThat(RULES.strip(line)).as(line).contains(line);
    }

    @Test
    void readsABracketedLabelTableAsMetadata() {
        assertThat(RULES.isMetaLine("[ 索引号 ] | 115001130000000000/2024-00007 | [ 发文字号 ] | 某府发〔2024〕2号 |")).isTrue();
        assertThat(RULES.isMetaLine("[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |")).isTrue();
        assertThat(RULES.isMetaLine("【巾帼风采】某县妇联开展家庭教育讲座")).isFalse();
        assertThat(RULES.isMetaLine("• 2020年05月25日 17时33分")).isTrue();
        assertThat(RULES.isMetaLine("2020年05月25日")).isTrue();
        assertThat(RULES.isMetaLine("2020年05月25日召开妇女代表大会")).isFalse();
    }
}
