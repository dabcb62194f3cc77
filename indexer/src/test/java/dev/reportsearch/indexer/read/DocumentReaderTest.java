package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {
    private static final DocumentReader READER = DocumentReader.standard();

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="gb2312">
            <title>某县妇联2020年工作总结_某县妇女网</title>
            <link rel="canonical" href="https://example.org/news/1.html">
            <meta name="PubDate" content="2021-01-15 09:30">
            <style>.x{}</style><script>var a = "脚本";</script></head>
            <body>
            <div class="nav"><a>首页</a><a>工作动态</a><a>联系我们</a></div>
            <header><p>某县妇女网</p></header>
            <div class="article">
              <h1>某县妇联2020年工作总结</h1>
              <p>2020年，县妇联团结带领全县妇女，扎实推进各项工作。</p>
              <h2>一、思想引领</h2>
              <p>举办宣讲活动120场，覆盖妇女5000余人次。</p>
              <p><strong>家庭建设</strong></p>
              <p>评选最美家庭30户。</p>
            </div>
            <footer>版权所有 某县妇联 备案号:某ICP备0000号</footer>
            </body></html>
            """;

    @Test
    void readsAnHtmlPagesArticleNotItsChrome() throws Exception {
        ReadDocument doc = READER.read("page.html", PAGE.getBytes(Charset.forName("GB18030")));
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.lines()).contains("某县妇联2020年工作总结", "一、思想引领", "举办宣讲活动120场，覆盖妇女5000余人次。", "家庭建设");
        assertThat(String.join("\n", doc.lines())).doesNotContain("首页", "联系我们", "版权所有", "脚本", "某县妇女网");
        assertThat(doc.headingHints()).contains("一、思想引领", "家庭建设");
        assertThat(doc.metadata().title()).isEqualTo("某县妇联2020年工作总结");
        assertThat(doc.metadata().url()).isEqualTo("https://example.org/news/1.html");
        assertThat(doc.metadata().publishedAt()).isEqualTo(LocalDate.of(2021, 1, 15));
    }

    @Test
    void keepsTheDateLineOfARemovedArticleHeader() throws Exception {
        String page = "<html><body><div class='article-header'><h1>题目</h1><span>发布时间：2022-03-08 来源：某市妇联</span></div>"
                + "<div id='content'><p>正文第一段，内容足够长，说明工作开展的情况。</p><p>正文第二段，继续说明工作。</p></div></body></html>";
        ReadDocument doc = READER.read("p.htm", page.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.lines()).contains("发布时间：2022-03-08 来源：某市妇联");
    }

    @Test
    void readsATextFileLineByLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.write(file, "标题\n\n正文。".getBytes(StandardCharsets.UTF_8));
        ReadDocument doc = READER.read(file);
        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.lines()).containsExactly("标题", "", "正文。");
    }

    @Test
    void explainsWhyAFileCannotBeRead(@TempDir Path dir) {
        assertThatThrownBy(() -> READER.read(dir.resolve("missing.txt")))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("unreadable: no such file"));
        assertThatThrownBy(() -> READER.read("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("empty file"));
        assertThatThrownBy(() -> READER.read("empty.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("HTML with no text"));
        DocumentReader small = new DocumentReader(EncodingDetector.standard(), new HtmlExtractor(), 3L * 1024 * 1024);
        assertThatThrownBy(() -> small.read("big.txt", new byte[5 * 1024 * 1024]))
                .isInstanceOfSatisfying(UnreadableReportException.class, e -> assertThat(e.reason()).isEqualTo("too large (5 MB > 3 MB limit)"));
    }
}
