package dev.reportsearch.indexer.clean;

import com.ibm.icu.text.Normalizer2;
import dev.reportsearch.indexer.regex.FastPattern;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes a line readable without changing how it is written: odd spaces (NBSP, ideographic space,
 * zero-width marks) become plain spaces or go, CJK look-alike code points from PDF extraction (Kangxi
 * radicals, radical supplements, compatibility ideographs: ⼉童 → 儿童) become the ordinary characters,
 * a year in Chinese numerals typed with the letter O for 〇 (二OO四年) gets its 〇 back, and pinyin glosses of machine-converted pages (婦聯(lián), 農(nóng)村) are dropped. Full-width
 * punctuation, Traditional characters and full-width digits stay as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final FastPattern ODD_SPACE = FastPattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final FastPattern INVISIBLE = FastPattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final FastPattern SPACES = FastPattern.compile(" {2,}");
    /**
     * A year in Chinese numerals as normalised text writes it (二〇一九, 二零一九, 二○一九, and the converters'
     * 二0一九 and 二Ｏ一九): the one definition the date and year readers build their patterns on.
     */
    public static final String CHINESE_YEAR = "[一二][〇零○0Ｏ一二三四五六七八九]{3}";
    /** A year in Chinese numerals with the letter O standing for 〇 (二OO四年, 二O一九年), as typists write it. */
    private static final Pattern YEAR_WITH_LETTER_O = Pattern.compile(
            "[一二][〇零○OoＯ一二三四五六七八九]{3}(?=\\s*年)");
    private static final Pattern LETTER_O = Pattern.compile("[OoＯ]");
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final FastPattern GLOSS = FastPattern.compile(
            "(?<=\\p{IsHan})[(（]\\s*([a-zü" + TONE_MARKS + "]{1,7})\\s*[)）]");
    /** Radical-supplement forms without an NFKC mapping, to the character they stand for in extracted text. */
    private static final Map<Integer, String> RADICAL_SUPPLEMENT = Map.ofEntries(
            Map.entry(0x2E8F, "尣"), Map.entry(0x2EA0, "民"), Map.entry(0x2EC4, "西"), Map.entry(0x2EC5, "见"),
            Map.entry(0x2EC6, "角"), Map.entry(0x2EC9, "贝"), Map.entry(0x2ECB, "车"), Map.entry(0x2ED3, "长"),
            Map.entry(0x2ED4, "门"), Map.entry(0x2EDA, "页"), Map.entry(0x2EDB, "风"), Map.entry(0x2EDC, "飞"),
            Map.entry(0x2EE2, "马"), Map.entry(0x2EE5, "鱼"), Map.entry(0x2EE6, "鸟"), Map.entry(0x2EE8, "麦"),
            Map.entry(0x2EE9, "黄"), Map.entry(0x2EEC, "齐"), Map.entry(0x2EEF, "龙"), Map.entry(0x2EF3, "龟"),
            Map.entry(0x2ED8, "青"), Map.entry(0x2EDD, "食"), Map.entry(0x2EDE, "食"), Map.entry(0x2ECF, "阝"),
            Map.entry(0x2ED6, "阝"), Map.entry(0x2E8C, "小"), Map.entry(0x2E8D, "小"), Map.entry(0x2EB6, "羊"),
            Map.entry(0x2EB7, "羊"), Map.entry(0x2EBC, "月"), Map.entry(0x2EC3, "西"), Map.entry(0x2ECD, "辶"));

    public TextNormalizer() {
    }

    /** One line, normalised and trimmed. */
    public String normalizeLine(String line) {
        String s = INVISIBLE.replaceAll(line, "");
        s = ODD_SPACE.replaceAll(s, " ");
        s = foldLookAlikes(s);
        s = foldConverterQuotes(s);
        s = YEAR_WITH_LETTER_O.matcher(s).replaceAll(m -> LETTER_O.matcher(m.group()).replaceAll("〇"));
        s = SPACES.replaceAll(s, " ");
        return s.strip();
    }

    /**
     * The double prime quotation marks some Word converters write for “ and ” (〝十一五〞, “十一五〞): the ordinary quotes,
     * so that what reads quoted names (a plan's “十三五”) and snippets see one form.
     */
    static String foldConverterQuotes(String s) {
        return s.replace('〝', '“').replace('〞', '”').replace('〟', '”');
    }

    /** Kangxi radicals, radical supplements and compatibility ideographs to the ordinary characters. */
    public static String foldLookAlikes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = lookAlike(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    private static String lookAlike(int cp) {
        boolean radical = cp >= 0x2E80 && cp <= 0x2FDF;
        boolean compatibility = cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
        if (!radical && !compatibility) {
            return null;
        }
        String single = new String(Character.toChars(cp));
        String folded = NFKC.normalize(single);
        if (!folded.equals(single)) {
            return folded;
        }
        return RADICAL_SUPPLEMENT.get(cp);
    }

    /**
     * Drops pinyin glosses after characters. Glosses carrying a tone mark always go; toneless ones
     * (的(de)) only in a text that has toned glosses too, so "(e)" or "(ok)" in ordinary text stay.
     */
    public static String dropPinyinGlosses(String text) {
        FastPattern.Finder m = GLOSS.finder(text);
        boolean toned = false;
        while (m.find()) {
            if (hasToneMark(m.match().group(1))) {
                toned = true;
                break;
            }
        }
        if (!toned) {
            return text;
        }
        return GLOSS.replaceAll(text, "");
    }

    private static boolean hasToneMark(String syllable) {
        for (int i = 0; i < syllable.length(); i++) {
            if (TONE_MARKS.indexOf(syllable.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
