package dev.reportsearch.indexer.classify;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import dev.reportsearch.core.text.LongestMatchDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How townships are written short: 青菱街 for 青菱街道 (a name, read as such), and the bare stem
 * 万安 for 万安镇, 霓屿 for 霓屿街道 (建设幸福万安, 霓屿中学), and by a former name (邓埠镇 for 邓埠街道). Stems repeat across China and are
 * ordinary words as often as names: a stem that is a dictionary word is left out, and a caller counts
 * the others only where the text places them.
 * Townships with an ethnic suffix (潘家湾土家族乡) get no stem.
 */
final class TownshipStems {
    private static final List<String> SUFFIXES = List.of("街道", "镇", "乡", "苏木");
    private static final String STREET = "街道";
    private static final int MIN_STEM = 2;

    private final LongestMatchDictionary<List<Region>> streets;
    private final LongestMatchDictionary<List<Region>> stems;
    private final LongestMatchDictionary<List<Region>> formers;

    private TownshipStems(Map<String, List<Region>> streets, Map<String, List<Region>> stems, Map<String, List<Region>> formers) {
        this.streets = new LongestMatchDictionary<>(streets);
        this.stems = new LongestMatchDictionary<>(stems);
        this.formers = new LongestMatchDictionary<>(formers);
    }

    /** Built once for the bundled gazetteer (about half a second: ICU reads every stem). */
    private static final class Standard {
        static final TownshipStems INSTANCE = build(Gazetteer.standard());
    }

    /** The stems of this gazetteer's townships; the bundled gazetteer's are built once and shared. */
    static TownshipStems of(Gazetteer gazetteer) {
        return gazetteer == Gazetteer.standard() ? Standard.INSTANCE : build(gazetteer);
    }

    private static TownshipStems build(Gazetteer gazetteer) {
        Map<String, List<Region>> streets = new HashMap<>();
        Map<String, List<Region>> stems = new HashMap<>();
        Map<String, List<Region>> formers = new HashMap<>();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
        List<Region> townships = provinces(gazetteer).stream().flatMap(p -> gazetteer.townshipsIn(p).stream()).toList();
        Set<String> names = townships.stream().map(Region::name).collect(Collectors.toSet());
        for (Region township : townships) {
            stemOf(township.name()).ifPresent(stem -> {
                if (!isDictionaryWord(words, stem)) {
                    stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(township);
                }
                if (township.name().endsWith(STREET)) {
                    streets.computeIfAbsent(stem + "街", k -> new ArrayList<>()).add(township);
                }
                formerNames(township.name(), stem).stream().filter(former -> !names.contains(former))
                        .forEach(former -> formers.computeIfAbsent(former, k -> new ArrayList<>()).add(township));
            });
        }
        return new TownshipStems(streets, stems, formers);
    }

    /**
     * True when ICU's Chinese dictionary reads the stem as one word: an ordinary word (建设, 发展, 中心)
     * or a well-known name of something else (北京, 黄河), which as a bare stem says nothing of a
     * township. Rare place stems (万安, 六横, 霓屿) are no dictionary words.
     */
    private static boolean isDictionaryWord(BreakIterator words, String stem) {
        words.setText(stem);
        words.first();
        return words.next() == stem.length();
    }

    /** 双岗街道 → 双岗, 万安镇 → 万安; empty for ethnic townships and stems under two characters. */
    static Optional<String> stemOf(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                return stem.length() >= MIN_STEM && !stem.endsWith("族") ? Optional.of(stem) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The names a township bore before it was upgraded, which older pages still use: a 街道 was a 镇 or 乡
     * (余江县邓埠镇, now 邓埠街道), a 镇 was a 乡. A former name that another township bears now is not
     * added: that township is meant.
     */
    private static List<String> formerNames(String name, String stem) {
        if (name.endsWith(STREET)) {
            return List.of(stem + "镇", stem + "乡");
        }
        return name.endsWith("镇") ? List.of(stem + "乡") : List.of();
    }

    /**
     * A township's former name (邓埠镇 for 邓埠街道) right after its own county (余江县邓埠镇, 余江邓埠镇), read as
     * its full name, and one borne by no other township before its own body (某某镇妇联). Alone a former name is too often
     * a run across words (妇联和镇党委 is no 联和镇).
     *
     * @param names the text's county names
     */
    List<Mention> findFormerNames(String text, List<Mention> names, RegionCues cues) {
        List<Mention> found = new ArrayList<>();
        for (LongestMatchDictionary.Match<List<Region>> m : formers.scan(text)) {
            // a former name borne by one township only, before its own body (某某镇民主妇女联合会 in a yearbook), is that township too
            boolean ownBody = m.value().size() == 1 && cues.followedBy(cues.townshipBodies(), text, m.end())
                    && !cues.insideOrganisation(text, m.start()) && !WordBoundaries.straddled(text, m.start(), m.start());
            List<Region> placed = ownBody ? m.value() : m.value().stream().filter(t -> names.stream().anyMatch(county -> endsBefore(text, county, m.start())
                    && county.regions().stream().anyMatch(c -> c.code().equals(t.parentCode())))).toList();
            if (!placed.isEmpty()) {
                found.add(new Mention(m.word(), m.start(), m.end(), placed));
            }
        }
        return found;
    }

    /** True when the name ends where {@code start} is, or one kind character (县区市旗) before it. */
    private static boolean endsBefore(String text, Mention name, int start) {
        return name.end() == start || name.end() + 1 == start && "县区市旗".indexOf(text.charAt(name.end())) >= 0;
    }

    /** 青菱街 and the like: a street written without 道, read as a full name. */
    List<Mention> findStreets(String text) {
        return streets.scan(text).stream().map(m -> new Mention(m.word(), m.start(), m.end(), m.value())).toList();
    }

    /** Every township stem in the text, with every township it can stand for. */
    List<Mention> findStems(String text) {
        return stems.scan(text).stream().map(m -> new Mention(m.word(), m.start(), m.end(), m.value())).toList();
    }

    /**
     * The stems that no other name in the text covers (罗江区 is no stem 罗江 of 罗江镇, 北京 no stem of
     * 北京街道), except a county's bare short form of up to {@code bareLength} characters, which counts for
     * little on its own (万安 is 万安镇's stem as much as 万安县's).
     */
    List<Mention> findStems(String text, List<Mention> names, int bareLength) {
        boolean[] claimed = new boolean[text.length()];
        names.stream().filter(n -> !NameUse.isBareCountyShortForm(n, bareLength))
                .forEach(n -> Arrays.fill(claimed, n.start(), n.end(), true));
        return findStems(text).stream()
                .filter(stem -> IntStream.range(stem.start(), stem.end()).noneMatch(i -> claimed[i]))
                .toList();
    }

    /** Provinces by their codes (two digits and 0000, GB/T 2260). */
    private static List<Region> provinces(Gazetteer gazetteer) {
        List<Region> provinces = new ArrayList<>();
        for (int i = 11; i <= 82; i++) {
            gazetteer.byCode(i + "0000").ifPresent(provinces::add);
        }
        return provinces;
    }
}
