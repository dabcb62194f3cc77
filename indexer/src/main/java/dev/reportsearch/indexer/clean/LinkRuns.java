package dev.reportsearch.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chrome that only its neighbours give away: a breadcrumb written one item a line ("首页" / "&gt;" /
 * "政府信息公开" / "&gt;" / ...), and a link list of other pages' titles under its header (相关报道：,
 * 相关链接&gt;&gt;, 原标题:…) at the page's end. Both are runs of short lines, which is what tells them
 * from the report. A breadcrumb on one line that ends with the page's headline gives that headline back.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkRuns {
    /** A breadcrumb item is a short name. */
    static final int MAX_CRUMB = 16;
    /** A link list's items are titles; a longer line is the page's own text again. */
    static final int MAX_LIST_ITEM = 60;
    private static final Pattern SEPARATOR = Pattern.compile("^[>＞›»/]$");
    /** A breadcrumb from the front page or the reader's position to its last item (group 1). */
    private static final Pattern TRAIL = Pattern.compile("^[^>＞›»]{0,12}(?:首页|首頁|位置)[^>＞›»]{0,12}(?:[>＞›»]+[^>＞›»]*)*[>＞›»]+\\s*([^>＞›»]+)$");
    /** Fewer short lines over a footer are a report's closing (a signature), not the site's links. */
    static final int MIN_FOOTER_LINKS = 2;
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** A signature under the report names its body (某镇妇联, 某某街道办事处): no site link. */
    private static final Pattern SIGNATORY = Pattern.compile(
            "(妇联|妇女联合会|委员会|人民政府|政府|办事处|党委|党工委|团委|工会|残联|关工委|妇委会|街道|镇|乡|县|区|市)$");
    /** Fewer Han characters make a column's name (工作动态, 政府信息公开目录), not a headline. */
    static final int MIN_TRAIL_HEADLINE = 10;

    private final BoilerplateRules rules;

    public LinkRuns(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The lines without breadcrumb items standing next to a separator line, nor the separators. */
    public List<String> withoutBreadcrumbs(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean crumb = isSeparator(line) || line.length() <= MAX_CRUMB
                    && (i > 0 && isSeparator(lines.get(i - 1)) || i + 1 < lines.size() && isSeparator(lines.get(i + 1)));
            if (!crumb) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The lines without the site's links standing in short lines over its footer at the page's end
     * (某某新闻 / 镇街部门 / 某区新闻信息中心 / 某网版权所有…): at least {@link #MIN_FOOTER_LINKS} of them, no digits and no
     * signatory among them (a report's signature and date stay). The footer lines are left to the chrome rules.
     */
    public List<String> withoutFooterLinks(List<String> lines) {
        int footer = -1;
        for (int i = lines.size() - 1; i >= 0 && lines.get(i).length() <= MAX_LIST_ITEM; i--) {
            if (rules.opensFooter(lines.get(i))) {
                footer = i;
            }
        }
        int start = footer;
        while (start > 0 && isFooterLink(lines.get(start - 1))) {
            start--;
        }
        if (footer < 0 || footer - start < MIN_FOOTER_LINKS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(lines.subList(footer, lines.size()));
        return out;
    }

    private static boolean isFooterLink(String line) {
        return line.length() <= MAX_CRUMB && !HeadlineRules.isProse(line) && !DIGIT.matcher(line).find()
                && !SIGNATORY.matcher(SimplifiedView.of(line.strip())).find();
    }

    /**
     * The lines without the link list that ends the page: its header and the short lines after it, to
     * the end. A header followed by a longer line heads no list (the report goes on), and only the
     * header goes.
     */
    public List<String> withoutLinkLists(List<String> lines) {
        int listStart = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (rules.opensLinkList(line)) {
                listStart = i;
            } else if (line.length() > MAX_LIST_ITEM) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < listStart; i++) {
            if (!rules.opensLinkList(lines.get(i))) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /**
     * The page's headline when a breadcrumb ends with it (当前位置: 首页 >> 某局召开妇女工作会议) rather than with a
     * column's name: the trail goes, the headline stays for the header reader. A column's name is short.
     */
    public Optional<String> headlineEndingTrail(String line) {
        Matcher trail = TRAIL.matcher(line.strip());
        if (!trail.matches()) {
            return Optional.empty();
        }
        String last = trail.group(1).strip();
        return HeadlineRules.hanCount(last) >= MIN_TRAIL_HEADLINE && HeadlineRules.isHeadline(last) ? Optional.of(last) : Optional.empty();
    }

    private static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line.strip()).matches();
    }
}
