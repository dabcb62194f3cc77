package dev.reportsearch.indexer.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web address a PDF or Word file gives for itself, so a citation can link where it was published: a property
 * that holds nothing but an address (a PDF's information entries, a Word file's identifier or hyperlink base), or
 * the address a browser prints in the running header or footer of every page of a web page saved as PDF.
 */
final class DocumentUrls {
    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7E]+", Pattern.CASE_INSENSITIVE);

    private DocumentUrls() {
    }

    /** The first value that is an http(s) address and nothing else, or null. */
    static String property(Collection<String> values) {
        for (String value : values) {
            if (value != null && URL.matcher(value.strip()).matches() && isAddress(value.strip())) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * The address printed on most of these running lines (a page's header or footer, once per page), when it is
     * printed on at least {@code minPages} of them; null otherwise.
     */
    static String running(List<String> runningLines, int minPages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : runningLines) {
            Matcher m = URL.matcher(line);
            while (m.find()) {
                String url = m.group().replaceAll("[.,;)\\]}>\"']+$", "");
                if (isAddress(url)) {
                    counts.merge(url, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minPages)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean isAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
