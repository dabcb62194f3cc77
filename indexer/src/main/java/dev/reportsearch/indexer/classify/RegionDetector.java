package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import dev.reportsearch.core.text.SearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the region a report is from: the publisher's area, not every place it names.
 *
 * <p>Each mentioned region scores by where and how it is named: title and source line weigh most,
 * a federation (石狮市妇联) more than a bare name, a full name more than a short form; names inside
 * other bodies' names (深圳大学) count nothing. The report's framing (全县, 全州) favours regions of
 * that kind. A page whose evidence is spread over several children of one region (four counties of
 * 泉州市) belongs to that parent.
 */
public final class RegionDetector {
    private static final double TITLE = 6;
    private static final double SOURCE = 6;
    private static final double ORGANISATION = 3;
    private static final double FULL_NAME = 1;
    private static final double SHORT_FORM = 0.6;
    /** Score multiplier at most 1 + this, for regions of the kind the framing words speak of. */
    private static final double FRAMING_BOOST = 0.5;
    /** A parent gains this share of its children's scores when two or more children are strong. */
    private static final double SPREAD_SHARE = 0.5;
    /** A child is strong when it scores at least this fraction of its strongest sibling. */
    private static final double STRONG_SIBLING = 0.25;
    /** A name inside another body's name (常德市第三人民医院) only hints that the report is nearby. */
    private static final double OTHER_BODY = 0.2;
    /** Short forms up to this length count in the body only as an organisation (大田试验站 is no 大田县). */
    private static final int MAX_BARE_STEM = 2;
    private static final String OLD_SUFFIXES = "县区市旗";

    private final Gazetteer gazetteer;
    private final RegionCues cues;
    private final RegionAliases aliases;

    public RegionDetector() {
        this(Gazetteer.standard());
    }

    public RegionDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = RegionCues.standard();
        this.aliases = RegionAliases.standard(gazetteer);
    }

    /** The report's own region, empty when the text names none (within {@code evidence.within()}). */
    public Optional<Region> detect(RegionEvidence evidence) {
        Map<Region, Double> scores = scores(evidence);
        return scores.entrySet().stream()
                .filter(e -> evidence.within() == null || gazetteer.isWithin(e.getKey(), evidence.within()))
                .max(Comparator.<Map.Entry<Region, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().level()))
                .map(Map.Entry::getKey);
    }

    /** Every candidate region with its score; for {@link #detect} and for diagnostics. */
    Map<Region, Double> scores(RegionEvidence raw) {
        RegionEvidence evidence = raw.folded();
        List<Mention> title = mentions(evidence.title());
        List<Mention> source = mentions(evidence.sourceLine());
        List<Mention> body = mentions(evidence.body());
        Set<String> context = contextCodes(evidence.within(), title, source, body);

        Map<Region, Double> scores = new HashMap<>();
        score(scores, evidence.title(), title, TITLE, TITLE, context, evidence.within(), false, false);
        score(scores, evidence.sourceLine(), source, SOURCE, SOURCE, context, evidence.within(), true, false);
        score(scores, evidence.body(), body, FULL_NAME, SHORT_FORM, context, evidence.within(), false, true);
        applyFraming(scores, framingShares(evidence.title() + "\n" + evidence.body()));
        spreadToParents(scores, RegionLevel.COUNTY);
        spreadToParents(scores, RegionLevel.CITY);
        return scores;
    }

    /**
     * The region whose federation a line names (——石狮市妇联五年工作回顾 → 石狮市), when it names
     * exactly one; for splitting pages that hold several reports.
     */
    public Optional<Region> organisationRegion(String line) {
        return organisationRegion(line, null);
    }

    /** As {@link #organisationRegion(String)}, reading ambiguous names (鼓楼区) as lying within {@code within}. */
    public Optional<Region> organisationRegion(String line, Region within) {
        List<Region> regions = organisationRegions(line, within);
        return regions.size() == 1 ? Optional.of(regions.get(0)) : Optional.empty();
    }

    /** Every region whose federation the line names (来源:石狮市、晋江市妇联 gives both), in order. */
    public List<Region> organisationRegions(String line, Region within) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        line = SearchText.normalize(line);
        List<Mention> mentions = mentions(line);
        Set<String> context = contextCodes(within, mentions);
        Set<Region> regions = new LinkedHashSet<>();
        for (NameUse use : NameUse.read(line, mentions, cues, false)) {
            List<Region> candidates = candidates(use.mention(), context, within);
            if (candidates.size() == 1 && use.kind() == NameUse.Kind.ORGANISATION) {
                regions.add(candidates.get(0));
            }
        }
        return List.copyOf(regions);
    }

    /** The gazetteer's and the special names' mentions in a folded text, in order. */
    private List<Mention> mentions(String text) {
        return RegionAliases.merge(gazetteer.findMentions(text), aliases.find(text));
    }

    private void score(Map<Region, Double> scores, String text, List<Mention> mentions, double fullWeight,
                       double shortWeight, Set<String> context, Region within, boolean publisherLine, boolean body) {
        for (NameUse use : NameUse.read(text, mentions, cues, publisherLine)) {
            Mention mention = use.mention();
            List<Region> candidates = candidates(mention, context, within);
            if (use.kind() == NameUse.Kind.NONE || use.kind() == NameUse.Kind.QUALIFIER || candidates.isEmpty()) {
                continue;
            }
            boolean fullName = mention.isFullNameOf(candidates.get(0)) || isOldFullName(text, mention);
            double weight = switch (use.kind()) {
                case ORGANISATION -> (fullName ? fullWeight : shortWeight) + ORGANISATION;
                case OTHER_BODY -> fullName ? OTHER_BODY : 0;
                default -> fullName ? fullWeight : shortStemCounts(mention, candidates, body) ? shortWeight : 0;
            };
            double share = weight / candidates.size();
            if (share > 0) {
                candidates.forEach(region -> scores.merge(region, share, Double::sum));
            }
        }
    }

    /** A short form followed by 县, 区, 市 or 旗 is a full name, often an older one (洞头县 for 洞头区). */
    private static boolean isOldFullName(String text, Mention mention) {
        return mention.end() < text.length() && OLD_SUFFIXES.indexOf(text.charAt(mention.end())) >= 0;
    }

    /**
     * In running text a county's short form of one or two characters (惠民, 大田, 万安) is too often a
     * word or part of another name to count alone; provinces' and cities' short forms (江苏, 台州) are not.
     */
    private static boolean shortStemCounts(Mention mention, List<Region> candidates, boolean body) {
        return !body || mention.surface().length() > MAX_BARE_STEM
                || candidates.stream().allMatch(r -> r.level().compareTo(RegionLevel.COUNTY) < 0);
    }

    /**
     * The regions a mention can stand for here: within {@code within}, preferring those whose
     * ancestors the text names unambiguously (鼓楼区 beside 福州市), then full names over short forms.
     */
    private List<Region> candidates(Mention mention, Set<String> context, Region within) {
        List<Region> candidates = mention.regions().stream()
                .filter(r -> within == null || gazetteer.isWithin(r, within))
                .toList();
        if (candidates.size() > 1) {
            List<Region> supported = candidates.stream()
                    .filter(r -> r.pathCodes().stream().anyMatch(context::contains))
                    .toList();
            candidates = supported.isEmpty() ? candidates : supported;
        }
        if (candidates.size() > 1) {
            List<Region> fullNames = candidates.stream().filter(mention::isFullNameOf).toList();
            candidates = fullNames.isEmpty() ? candidates : fullNames;
        }
        return candidates;
    }

    /** Codes of the regions (and their ancestors) that the text names unambiguously. */
    @SafeVarargs
    private static Set<String> contextCodes(Region within, List<Mention>... mentionLists) {
        Set<String> codes = new HashSet<>();
        if (within != null) {
            codes.addAll(within.pathCodes());
        }
        for (List<Mention> mentions : mentionLists) {
            mentions.stream().filter(Mention::isUnambiguous)
                    .forEach(m -> codes.addAll(m.regions().get(0).pathCodes()));
        }
        return codes;
    }

    /** Share of framing words per kind of region (市, 县, 区, 州...), e.g. {县=0.9, 市=0.1}. */
    private Map<Character, Double> framingShares(String text) {
        Map<Character, Integer> counts = new HashMap<>();
        int total = 0;
        for (String word : cues.framing()) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                counts.merge(word.charAt(word.length() - 1), 1, Integer::sum);
                total++;
            }
        }
        Map<Character, Double> shares = new HashMap<>();
        int all = total;
        counts.forEach((kind, n) -> shares.put(kind, n / (double) all));
        return shares;
    }

    private static void applyFraming(Map<Region, Double> scores, Map<Character, Double> shares) {
        scores.replaceAll((region, score) -> {
            char kind = region.name().charAt(region.name().length() - 1);
            return score * (1 + FRAMING_BOOST * shares.getOrDefault(kind, 0.0));
        });
    }

    /** Parents of {@code childLevel} regions gain from children when the evidence is spread over several. */
    private void spreadToParents(Map<Region, Double> scores, RegionLevel childLevel) {
        Map<String, List<Double>> byParent = new HashMap<>();
        scores.forEach((region, score) -> {
            if (region.level() == childLevel && region.parentCode() != null) {
                byParent.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(score);
            }
        });
        byParent.forEach((parentCode, childScores) -> {
            double top = childScores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<Double> strong = childScores.stream().filter(s -> s >= STRONG_SIBLING * top).toList();
            if (strong.size() >= 2) {
                double gain = SPREAD_SHARE * strong.stream().mapToDouble(Double::doubleValue).sum();
                gazetteer.byCode(parentCode).ifPresent(parent -> scores.merge(parent, gain, Double::sum));
            }
        });
    }
}
