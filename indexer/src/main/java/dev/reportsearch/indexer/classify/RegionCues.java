package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.resource.ResourceFile;
import dev.reportsearch.core.resource.ResourceLine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of region-cues.tsv, each kind a list of words read right before or after a
 * region name (see the file's header for what each kind means).
 */
record RegionCues(List<String> organisation, List<String> institution, List<String> media, List<String> suffix,
                  List<String> passing, List<String> words, List<String> tails, List<String> framing, List<String> zone) {
    private static final String RESOURCE = "/dev/reportsearch/indexer/classify/region-cues.tsv";
    /** An ordinal between a name and its body: 黟县第十七届人民代表大会, 常德市第三人民医院. */
    private static final Pattern ORDINAL = Pattern.compile("第[0-9零〇一二三四五六七八九十百]{1,4}[届次]?");

    /** Kinds of county and higher regions, in the words of their bodies (县委, 市长). */
    private static final String HIGHER_KINDS = "省市州县区旗";

    RegionCues {
        organisation = List.copyOf(organisation);
        institution = List.copyOf(institution);
        media = List.copyOf(media);
        suffix = List.copyOf(suffix);
        passing = List.copyOf(passing);
        words = List.copyOf(words);
        tails = List.copyOf(tails);
        framing = List.copyOf(framing);
        zone = List.copyOf(zone);
    }

    static RegionCues standard() {
        Map<String, List<String>> byKind = new HashMap<>();
        for (ResourceLine line : ResourceFile.lines(RegionCues.class, RESOURCE)) {
            String[] cols = line.text().split("\t", 2);
            if (cols.length != 2) {
                throw line.error("expected kind<TAB>words");
            }
            byKind.put(cols[0].strip(), Arrays.asList(cols[1].strip().split("\\s+")));
        }
        return new RegionCues(kind(byKind, "organisation"), kind(byKind, "institution"), kind(byKind, "media"),
                kind(byKind, "suffix"), kind(byKind, "passing"), kind(byKind, "word"), kind(byKind, "tail"),
                kind(byKind, "framing"), kind(byKind, "zone"));
    }

    private static List<String> kind(Map<String, List<String>> byKind, String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The organisation words a township can have: not a county's or a city's own (区委, 县长), which follow no township's name. */
    List<String> townshipBodies() {
        return organisation.stream().filter(w -> w.chars().noneMatch(c -> HIGHER_KINDS.indexOf(c) >= 0)).toList();
    }

    boolean startsWithAny(List<String> words, String text, int offset) {
        return words.stream().anyMatch(w -> text.startsWith(w, offset));
    }

    /** As {@link #startsWithAny}, also past an ordinal right at {@code offset} (第十七届人民代表大会). */
    boolean followedBy(List<String> words, String text, int offset) {
        if (startsWithAny(words, text, offset)) {
            return true;
        }
        Matcher ordinal = ORDINAL.matcher(text).region(offset, text.length());
        return ordinal.lookingAt() && startsWithAny(words, text, ordinal.end());
    }

    /** True when one of {@code words} ends right at {@code offset}. */
    boolean precededBy(List<String> words, String text, int offset) {
        return words.stream().anyMatch(w -> offset >= w.length() && text.startsWith(w, offset - w.length()));
    }

    /** True when an organisation word runs across {@code start}: a name there begins inside it (妇联和街道 holds no 联和街道). */
    boolean insideOrganisation(String text, int start) {
        for (String word : organisation) {
            for (int k = 1; k < word.length(); k++) {
                if (start >= k && text.startsWith(word, start - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the name at [start, end) runs on into an ordinary word through its last character (发展乡村). */
    boolean runsOn(String text, int end) {
        return end > 0 && startsWithAny(tails, text, end - 1);
    }

    /** True when [start, end) lies inside an ordinary word of the list (惠民 in 惠民生), not being all of it. */
    boolean insideWord(String text, int start, int end) {
        String surface = text.substring(start, end);
        for (String word : words) {
            for (int at = word.indexOf(surface); at >= 0; at = word.indexOf(surface, at + 1)) {
                int wordStart = start - at;
                if (word.length() > surface.length() && wordStart >= 0 && text.startsWith(word, wordStart)) {
                    return true;
                }
            }
        }
        return false;
    }
}
