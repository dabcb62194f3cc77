package dev.reportsearch.indexer.read;

import dev.reportsearch.core.resource.ResourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's title in an HTML {@code <title>}, without the site's name that pages put after it
 * ("某县妇联召开执委会 - 某县人民政府门户网站") or before it ("某市妇联网_某县妇联召开执委会"). A separator
 * inside the title itself ("盘点2021年|某县妇联亮点工作") stays when no part around it is a site's name; a
 * spaced dash or an underscore with no recognisable site name around it still ends the title ("A - B": A).
 *
 * <p>Immutable and thread-safe.
 */
final class PageTitle {
    static final String RESOURCE = "/dev/reportsearch/indexer/read/site-names.txt";
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|｜]\\s+|\\s*[_|｜]\\s*");
    private static final Pattern SPACED_OR_UNDERSCORE = Pattern.compile("\\s+[-–—|｜]\\s+|_");
    private static final List<Pattern> SITE_NAMES = load();

    private PageTitle() {
    }

    /** The title without site names at either end; the whole text when every part is one. */
    static String of(String title) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int start = 0;
        while (m.find()) {
            parts.add(new int[] {start, m.start()});
            start = m.end();
        }
        parts.add(new int[] {start, title.length()});
        int first = 0;
        int last = parts.size() - 1;
        while (first <= last && isSiteName(title, parts.get(first))) {
            first++;
        }
        while (last >= first && isSiteName(title, parts.get(last))) {
            last--;
        }
        if (first > last) {
            return title.strip();
        }
        if (first == 0 && last == parts.size() - 1 && parts.size() > 1 && SPACED_OR_UNDERSCORE.matcher(title).find()) {
            // no part reads as a site's name, yet "A - B" / "A_B" is how a page appends one: the first part
            return title.substring(parts.get(0)[0], parts.get(0)[1]).strip();
        }
        return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
    }

    private static boolean isSiteName(String title, int[] part) {
        String text = title.substring(part[0], part[1]).strip();
        return text.isEmpty() || SITE_NAMES.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static List<Pattern> load() {
        return ResourceFile.texts(PageTitle.class, RESOURCE).stream().map(Pattern::compile).toList();
    }
}
