package dev.reportsearch.indexer.read;

import java.util.regex.Pattern;

/**
 * The title a PDF or Word file's properties give, when it is one: editors leave "Microsoft Word - 文档1.doc",
 * "标题" or "Document1" there as often as the report's name, so a title needs a few Chinese characters of its
 * own once the producer's prefix and the file extension are gone.
 */
final class DocumentTitles {
    private static final Pattern PRODUCER_PREFIX = Pattern.compile("(?i)^\\s*(?:microsoft\\s+(?:word|powerpoint)|wps\\s*文字)\\s*[-–—]\\s*");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(?:docx?|wps|pdf|txt|rtf)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:新建)?(?:文档|文件|标题|无标题|未命名)\\s*\\d*$");
    /** Fewer Han characters than this is no report's title. */
    static final int MIN_HAN = 4;

    private DocumentTitles() {
    }

    /** The title, or null when the properties hold none worth showing. */
    static String of(String property) {
        if (property == null) {
            return null;
        }
        String title = EXTENSION.matcher(PRODUCER_PREFIX.matcher(property.strip()).replaceFirst("")).replaceFirst("").strip();
        long han = title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= MIN_HAN && !PLACEHOLDER.matcher(title).matches() ? title : null;
    }
}
