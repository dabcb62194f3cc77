package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.region.Mention;
import dev.reportsearch.core.text.SearchText;
import dev.reportsearch.indexer.classify.NameUse.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the region a report is from: the publisher's area, not every place it names.
 *
 * <p>Text is read in one script (Traditional folded to Simplified). Each mentioned region scores by
 * where and how it is named ({@link NameUse}): title and source line weigh most, a body such as a
 * federation or a congress (石狮市妇联, 黟县第十七届人民代表大会) more than a bare name, a full name more
 * than a short form; names inside ordinary words (惠民生), inside other bodies' names (深圳大学), after
 * passing cues (发布于四川, 赴) or inside longer place names (万安镇 for 万安县) count little or nothing,
 * and a county's one- or two-character short form counts in the body only as an organisation. Special
 * names come from region-aliases.tsv. The report's framing (全县, 我镇) favours regions of that kind
 * ({@link RegionFraming}). A page whose evidence is spread over several children of one region (four
 * counties of 泉州市) belongs to that parent.
 *
 * <p>Townships (乡, 镇, 街道) count only where the text places them: their county or city named, a
 * name unique in China vouched for by the title, source line or an organisation, or the kind of
 * superior the report names. Unless the report speaks as a township, a township it names, or a bare
 * stem of one ({@link TownshipStems}), speaks for its county.
 */
public final class RegionDetector {
    private static final double TITLE = 6;
    private static final double SOURCE = 6;
    private static final double ORGANISATION = 3;
    private static final double FULL_NAME = 1;
    private static final double SHORT_FORM = 0.6;
    /** Less than one full name's worth of evidence for a province says too little to name it. */
    private static final double WEAKEST = FULL_NAME;
    /** Score multiplier at most 1 + this, for regions of the kind the framing words speak of. */
    private static final double FRAMING_BOOST = 0.5;
    /** A parent gains this share of its children's scores when two or more children are strong. */
    private static final double SPREAD_SHARE = 0.5;
    /** A child is strong when it scores at least this fraction of its strongest sibling. */
    private static final double STRONG_SIBLING = 0.25;
    /** A name inside another body's name (常德市第三人民医院) only hints that the report is nearby. */
    private static final double OTHER_BODY = 0.2;
    /** An outlet's name (某山网讯, 某县新闻网, 某市日报, 某县融媒体中心), in a dateline or the page's own site name. */
    private static final Pattern OWN_OUTLET = Pattern.compile(
            "(新闻网|网|日报|报|电视台|广播电视台|融媒体中心|融媒)");
    /** An outlet's dateline: its name, then the day, then 讯 (某州日报讯, 某县融媒12月3日讯). */
    private static final Pattern NEWS_DATELINE = Pattern.compile(OWN_OUTLET.pattern() + "\\s*(\\d{1,2}月\\d{1,2}日)?\\s*讯");
    /** The share of framing words of its kind that makes a region's outlet the report's own. */
    private static final double OWN_OUTLET_FRAMING = 0.5;
    /** Scores closer than this are equal: a name shared by several regions gives each the same share. */
    private static final double TIE = 1e-9;
    /** A region inside the best one wins when its score reaches this share of the best's. */
    private static final double NEAR_TIE = 0.9;
    /** Short forms up to this length count in the body only as an organisation (大田试验站 is no 大田县). */
    private static final int MAX_BARE_STEM = 2;
    /** A county's bare stem named this often as a plain name in a report speaking as a county counts ({@link #recurringOwnStem}). */
    private static final int RECURRING_STEM = 2;
    /** This many distinct stems of one county's townships place them without the county being named. */
    private static final int CO_OCCURRING_STEMS = 3;
    /** Only stems this long are specific enough to place each other (红花套, 高坝洲; not 新华, 东风). */
    private static final int MIN_CO_OCCURRING_STEM = 3;

    /** How far into the body a township must be named to be the opening's subject ({@link #leadTownship}). */
    private static final int LEAD = 800;
    /**
     * A township's own unit right after its name: a community, a village, an office, a station it runs (社工站, 文化站,
     * 便民服务中心), or a project's quoted name.
     */
    private static final Pattern OWN_UNIT = Pattern.compile(
            "(\\p{IsHan}{1,8}(社区|村|居委会|居民委员会|村委会)|妇联|党工委|工委|党委|办事处|人民政府|人大|镇长|乡长|“"
                    + "|社工站|社会工作服务站|综合文化站|文化站|便民服务中心|新时代文明实践所|新时代文明实践站)");
    /**
     * Words that make the place named after them, in the same clause, where something happens or whom someone else
     * visits, not who acts (在某街道举行, 深入某镇, 对某乡某村贫困户走访慰问).
     */
    private static final Pattern PLACE_OF_EVENT = Pattern.compile("在|到|赴|于|对|向|给|来到|走进|深入|前往|走访|慰问|调研|观摩");

    private final Gazetteer gazetteer;
    private final RegionCues cues;
    private final RegionAliases aliases;
    private final TownshipStems townshipStems;
    private final MistypedCounties mistyped;

    public RegionDetector() {
        this(Gazetteer.standard());
    }

    public RegionDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = RegionCues.standard();
        this.aliases = RegionAliases.standard(gazetteer);
        this.townshipStems = TownshipStems.of(gazetteer);
        this.mistyped = MistypedCounties.of(gazetteer);
    }

    /** The report's own region, empty when the text names none (within {@code evidence.within()}). */
    public Optional<Region> detect(RegionEvidence evidence) {
        Reading reading = read(evidence);
        Map<Region, Double> scores = scores(reading);
        scores.keySet().removeIf(r -> evidence.within() != null && !gazetteer.isWithin(r, evidence.within()));
        Optional<Region> best = scores.entrySet().stream()
                .max(Comparator.<Map.Entry<Region, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().level()))
                .map(Map.Entry::getKey);
        if (best.isPresent() && tiedWithAnother(best.get(), scores)) {
            return Optional.empty(); // 西湖 alone is 杭州's and 南昌's 西湖区 alike: the text does not say which
        }
        RegionEvidence folded = reading.folded();
        if (best.isPresent() && best.get().level() == RegionLevel.PROVINCE && scores.get(best.get()) < WEAKEST
                && RegionFraming.read(folded.title() + "\n" + folded.body(), cues).share(best.get()) < OWN_OUTLET_FRAMING) {
            return Optional.empty(); // a province's short form once in passing (山东 in an x镇 template) says nothing of its area
        }
        return best.map(b -> mostSpecific(b, scores)).map(b -> titledWithin(b, folded, scores))
                .map(b -> leadTownship(b, reading));
    }

    /**
     * The evidence folded once and the names in each of its parts, found once: scoring and the checks after it read
     * the same body's names (a scan of the whole page with every dictionary).
     */
    private record Reading(RegionEvidence folded, List<Mention> title, List<Mention> source, List<Mention> body,
                           Set<String> townshipCounties) {
    }

    /** The township names of each part, found once, also give the counties the page's townships lie in. */
    private Reading read(RegionEvidence raw) {
        RegionEvidence folded = raw.folded();
        List<Mention> titleTownships = gazetteer.findTownshipMentions(folded.title());
        List<Mention> sourceTownships = gazetteer.findTownshipMentions(folded.sourceLine());
        List<Mention> bodyTownships = gazetteer.findTownshipMentions(folded.body());
        Set<String> townshipCounties = Stream.of(titleTownships, sourceTownships, bodyTownships).flatMap(List::stream)
                .flatMap(m -> m.regions().stream()).map(Region::parentCode).collect(java.util.stream.Collectors.toSet());
        return new Reading(folded, List.copyOf(mentions(folded.title(), titleTownships)),
                List.copyOf(mentions(folded.sourceLine(), sourceTownships)), List.copyOf(mentions(folded.body(), bodyTownships)),
                townshipCounties);
    }

    /**
     * The one township of the region whose own unit the page's opening names as its subject: 天门市竟陵街道东方社区
     * 上榜, 歙县徽城镇渔梁社区荣膺, 新街口街道工委表彰, 洪山区青菱街“某某妇女微家”揭牌. The story is that township's,
     * its county only the place around it. Not where the text names another of the region's townships (a county's
     * report names several), nor where the township is only where something happens (评议会在某街道某社区举行).
     */
    private Region leadTownship(Region best, Reading reading) {
        if (best.level() == RegionLevel.TOWNSHIP) {
            return best;
        }
        String body = reading.folded().body();
        List<Mention> mentions = reading.body();
        int ownBodyActs = NameUse.read(body, mentions, cues, Part.BODY).stream()
                .filter(use -> use.kind() == NameUse.Kind.ORGANISATION && use.mention().regions().contains(best))
                .mapToInt(use -> use.mention().start()).min().orElse(Integer.MAX_VALUE);
        Set<Region> named = new HashSet<>();
        Region subject = null;
        boolean firstIsAPlaceOfEvent = false;
        for (Mention m : mentions) {
            if (m.start() > ownBodyActs && named.isEmpty()) {
                return best; // 某区妇联主席到某社区调研 … 图文/某街道办事处: the district's own body acts first
            }
            for (Region t : m.regions()) {
                if (t.level() != RegionLevel.TOWNSHIP || !gazetteer.isWithin(t, best)) {
                    continue;
                }
                boolean placeOfEvent = PLACE_OF_EVENT.matcher(clauseBefore(body, m.start())).find();
                if (named.isEmpty()) {
                    firstIsAPlaceOfEvent = placeOfEvent;
                }
                named.add(t);
                if (subject == null && m.start() < LEAD && !placeOfEvent
                        && OWN_UNIT.matcher(body).region(m.end(), body.length()).lookingAt()) {
                    subject = t;
                }
            }
        }
        return subject != null && named.size() == 1 && !firstIsAPlaceOfEvent ? subject : best;
    }

    /** The clause a name stands in, up to the name: from the last comma, stop or line break before it. */
    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && ",，。;；!！?？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at);
    }

    /**
     * The headline says whose news it is: when the title does not name the winner but names, and the text places,
     * a region inside it, the title's. An outlet publishes about places inside its area (潍坊融媒 over a headline on
     * 奎文区梨园街道), and a report passes on its superiors' words (合肥市关工委 under a headline "安徽巢湖:…"). But a
     * page that speaks as the winner's kind (市妇联 on a city federation's site) is the winner's news about a place in it.
     */
    private Region titledWithin(Region best, RegionEvidence folded, Map<Region, Double> scores) {
        Set<Region> inTitle = named(folded.title(), Part.TITLE);
        boolean speaksAsBest = RegionFraming.read(folded.title() + "\n" + folded.body(), cues).share(best) >= OWN_OUTLET_FRAMING;
        if (inTitle.contains(best) || speaksAsBest && !named(folded.sourceLine(), Part.SOURCE).contains(best)) {
            return best;
        }
        return inTitle.stream()
                .filter(r -> !r.equals(best) && scores.getOrDefault(r, 0.0) > 0 && gazetteer.isWithin(r, best))
                .max(Comparator.comparingInt(r -> r.pathCodes().size()))
                .orElse(best);
    }

    /** The regions a folded text names as places (not inside words or other bodies' names), townships after their county included. */
    private Set<Region> named(String text, Part part) {
        List<Mention> mentions = mentions(text);
        Set<Region> regions = new HashSet<>();
        NameUse.read(text, mentions, cues, part).stream()
                .filter(use -> use.kind() != NameUse.Kind.NONE && use.kind() != NameUse.Kind.OTHER_BODY && use.kind() != NameUse.Kind.OUTLET
                        && use.kind() != NameUse.Kind.ZONE)
                .forEach(use -> regions.addAll(use.mention().regions()));
        townshipsAfterCounties(text, mentions).forEach(m -> regions.addAll(m.regions()));
        return regions;
    }

    /** True when a region on another branch (neither inside the best nor holding it) scores as much as the best. */
    private boolean tiedWithAnother(Region best, Map<Region, Double> scores) {
        double top = scores.get(best);
        return scores.entrySet().stream().anyMatch(e -> !e.getKey().equals(best) && Math.abs(e.getValue() - top) < TIE
                && !gazetteer.isWithin(e.getKey(), best) && !gazetteer.isWithin(best, e.getKey()));
    }

    /**
     * The best region, or a region inside it whose evidence is nearly as strong: a county's report names its
     * province or city again and again (重庆…城口县委书记…重庆全市), so the place it is about wins a near tie.
     */
    private Region mostSpecific(Region best, Map<Region, Double> scores) {
        double bar = NEAR_TIE * scores.get(best);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= bar && !e.getKey().equals(best) && gazetteer.isWithin(e.getKey(), best))
                .max(Comparator.<Map.Entry<Region, Double>>comparingDouble(Map.Entry::getValue))
                .map(e -> mostSpecific(e.getKey(), scores))
                .orElse(best);
    }

    /** Every candidate region with its score; for {@link #detect} and for diagnostics. */
    Map<Region, Double> scores(RegionEvidence raw) {
        return scores(read(raw));
    }

    private Map<Region, Double> scores(Reading reading) {
        RegionEvidence evidence = reading.folded();
        Region within = evidence.within();
        Set<String> townshipCounties = reading.townshipCounties();
        List<Mention> title = RegionAliases.merge(reading.title(), mistyped.find(evidence.title(), townshipCounties));
        List<Mention> source = RegionAliases.merge(reading.source(), mistyped.find(evidence.sourceLine(), townshipCounties));
        List<Mention> body = RegionAliases.merge(reading.body(), mistyped.find(evidence.body(), townshipCounties));
        List<Mention> titleTownships = townshipsAfterCounties(evidence.title(), title);
        List<Mention> sourceTownships = townshipsAfterCounties(evidence.sourceLine(), source);
        Set<String> smallerPlaces = shortFormsOfSmallerPlaces(List.of(evidence.title(), evidence.sourceLine(), evidence.body()),
                List.of(title, source, body));
        List<NameUse> titleUses = smaller(smallerPlaces,
                qualifiedBy(titleTownships, NameUse.read(evidence.title(), title, cues, Part.TITLE)));
        List<NameUse> sourceUses = smaller(smallerPlaces,
                qualifiedBy(sourceTownships, NameUse.read(evidence.sourceLine(), source, cues, Part.SOURCE)));
        RegionFraming framing = RegionFraming.read(evidence.title() + "\n" + evidence.body(), cues);
        List<NameUse> bodyUses = smaller(smallerPlaces,
                ownOutletDatelines(evidence.body(), NameUse.read(evidence.body(), body, cues, Part.BODY), framing));
        Set<String> context = contextCodes(within, title, source, body);
        Places places = new Places(context, namedCodes(new Places(context, Map.of(), within),
                titleUses, sourceUses, bodyUses), within, framing);

        boolean asTownship = framing.speaksAsTownship();
        Map<Region, Double> scores = new HashMap<>();
        score(scores, evidence.title(), titleUses, TITLE, TITLE, places, Part.TITLE, asTownship);
        score(scores, evidence.sourceLine(), sourceUses, SOURCE, SOURCE, places, Part.SOURCE, asTownship);
        score(scores, evidence.body(), bodyUses, FULL_NAME, SHORT_FORM, places, Part.BODY, asTownship);
        scoreStems(scores, evidence, List.of(title, source, body), places, asTownship);
        titleTownships.forEach(t -> t.regions().forEach(r -> scores.merge(asTownship ? r : countyOf(r), TITLE, Double::sum)));
        sourceTownships.forEach(t -> t.regions().forEach(r -> scores.merge(asTownship ? r : countyOf(r), SOURCE, Double::sum)));
        applyFraming(scores, framing);
        spreadToParents(scores, RegionLevel.TOWNSHIP);
        spreadToParents(scores, RegionLevel.COUNTY);
        spreadToParents(scores, RegionLevel.CITY);
        return scores;
    }

    /**
     * The short forms the evidence also writes as a smaller place's name (横山 of 横山社区, 凤凰 of 凤凰街): there the bare
     * short form (横山巾帼, 凤凰妇联) is that place's, not the county's of the same stem.
     */
    private Set<String> shortFormsOfSmallerPlaces(List<String> texts, List<List<Mention>> mentions) {
        Set<String> stems = new HashSet<>();
        for (int part = 0; part < texts.size(); part++) {
            String text = texts.get(part);
            mentions.get(part).stream()
                    .filter(m -> m.regions().stream().noneMatch(m::isFullNameOf) && !NameUse.isWholeTownship(m)
                            && cues.startsWithAny(cues.suffix(), text, m.end()))
                    .forEach(m -> stems.add(m.surface()));
            // a township's name found whole (凤凰街 for a 凤凰街道) holds the short form too
            mentions.get(part).stream().filter(m -> m.regions().stream().allMatch(r -> r.level() == RegionLevel.TOWNSHIP))
                    .forEach(m -> cues.suffix().stream().filter(suffix -> m.surface().endsWith(suffix)).findFirst()
                            .ifPresent(suffix -> stems.add(m.surface().substring(0, m.surface().length() - suffix.length()))));
        }
        return stems;
    }

    /** The uses, with a bare short form of a smaller place ({@link #shortFormsOfSmallerPlaces}) as no mention. */
    private static List<NameUse> smaller(Set<String> smallerPlaces, List<NameUse> uses) {
        return smallerPlaces.isEmpty() ? uses : uses.stream().map(use -> smallerPlaces.contains(use.mention().surface())
                && use.mention().regions().stream().noneMatch(use.mention()::isFullNameOf)
                ? new NameUse(use.mention(), NameUse.Kind.NONE) : use).toList();
    }

    /**
     * What the text says about places: {@code context} holds the codes (and ancestors' codes) of the
     * regions named unambiguously, {@code named} those of every county-or-higher region a name can
     * stand for; a township counts only where {@code named} places it: its county or city is named
     * (a province holds too many townships for its name to place one).
     */
    private record Places(Set<String> context, Map<String, Set<String>> named, Region within, RegionFraming framing) {
        Places(Set<String> context, Map<String, Set<String>> named, Region within) {
            this(context, named, within, new RegionFraming(Map.of(), ""));
        }

        boolean places(Region township) {
            return places(township, null);
        }

        /** As {@link #places(Region)}, by a name other than {@code word} (大田 does not place 大田乡 by itself). */
        boolean places(Region township, String word) {
            List<String> codes = township.pathCodes();
            return codes.subList(1, codes.size() - 1).stream()
                    .anyMatch(code -> named.getOrDefault(code, Set.of()).stream().anyMatch(w -> !w.equals(word)));
        }
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
        List<NameUse> uses = NameUse.read(line, mentions, cues, Part.TITLE);
        Set<String> context = contextCodes(within, mentions);
        Places places = new Places(context, namedCodes(new Places(context, Map.of(), within), uses), within);
        Set<Region> regions = new LinkedHashSet<>();
        for (NameUse use : uses) {
            List<Region> candidates = candidates(use.mention(), places, use.kind() == NameUse.Kind.ORGANISATION);
            if (candidates.size() == 1 && use.kind() == NameUse.Kind.ORGANISATION) {
                regions.add(candidates.get(0));
            }
        }
        return List.copyOf(regions);
    }

    /** The gazetteer's and the special names' mentions in a folded text, in order. */
    private List<Mention> mentions(String text) {
        return mentions(text, gazetteer.findTownshipMentions(text));
    }

    /** The text's place names, given the township names the gazetteer finds in it. */
    private List<Mention> mentions(String text, List<Mention> townshipNames) {
        List<Mention> names = RegionAliases.merge(RegionAliases.merge(gazetteer.findMentions(text), aliases.find(text)),
                OutletNames.find(text, gazetteer, cues));
        List<Mention> townships = RegionAliases.merge(RegionAliases.merge(townshipNames,
                townshipStems.findStreets(text)), townshipStems.findFormerNames(text, names, cues));
        return RegionAliases.merge(names, townships);
    }

    private void score(Map<Region, Double> scores, String text, List<NameUse> uses, double fullWeight,
                       double shortWeight, Places places, Part part, boolean asTownship) {
        for (NameUse use : uses) {
            Mention mention = use.mention();
            boolean vouched = part != Part.BODY || use.kind() == NameUse.Kind.ORGANISATION;
            boolean townshipCounts = vouched || asTownship;
            List<Region> candidates = candidates(mention, places, vouched);
            if (use.kind() == NameUse.Kind.NONE || use.kind() == NameUse.Kind.QUALIFIER || candidates.isEmpty()) {
                continue;
            }
            boolean fullName = isFullName(mention, candidates.get(0)) || isOldFullName(text, mention, candidates.get(0));
            double weight = switch (use.kind()) {
                case ORGANISATION -> (fullName ? fullWeight : shortWeight) + ORGANISATION;
                case OTHER_BODY, OUTLET -> fullName ? OTHER_BODY : 0;
                case ZONE -> FULL_NAME;
                default -> fullName ? fullWeight : shortStemCounts(mention, candidates, part == Part.BODY)
                        || recurringOwnStem(mention, uses, candidates, places.framing()) ? shortWeight : 0;
            };
            double share = weight / candidates.size();
            if (share > 0) {
                candidates.forEach(region -> scores.merge(townshipCounts ? region : countyOf(region), share, Double::sum));
            }
        }
    }

    /**
     * The region itself, or for a township its county: a township only named in a county's report
     * (评议会在罗山县丽水街道举行) speaks for the county.
     */
    private Region countyOf(Region region) {
        return region.level() == RegionLevel.TOWNSHIP ? gazetteer.byCode(region.parentCode()).orElse(region) : region;
    }

    /**
     * A full name, a township's name written as pages write it (青菱街 for 青菱街道), or a former full name
     * (星子县 for 庐山市); one of two characters (户县) counts, like a short form, as an organisation or in the
     * title and source line, since such a pair also sits inside words.
     */
    private boolean isFullName(Mention mention, Region region) {
        return mention.isFullNameOf(region) || region.level() == RegionLevel.TOWNSHIP
                || mention.surface().length() > MAX_BARE_STEM && gazetteer.isFormerNameOf(mention.surface(), region);
    }

    /**
     * Township stems (万安 for 万安镇, 霓屿 for 霓屿街道) where the text places them: within a region it
     * names, or three or more stems of one county together; the stem of a township found nowhere else in China
     * also as the name of its own body ({@link #namesOwnBody}). A report that speaks as a township (我镇, 全镇) is
     * that township's; otherwise a stem only speaks for its county (a 区 report naming its streets).
     */
    private void scoreStems(Map<Region, Double> scores, RegionEvidence evidence, List<List<Mention>> names,
                            Places places, boolean asTownship) {
        List<String> texts = List.of(evidence.title(), evidence.sourceLine(), evidence.body());
        double[] weights = {TITLE, SOURCE, SHORT_FORM};
        List<List<Mention>> stems = new ArrayList<>();
        Map<String, Set<String>> stemsByCounty = new HashMap<>();
        for (int part = 0; part < texts.size(); part++) {
            List<Mention> found = townshipStems.findStems(texts.get(part), names.get(part), MAX_BARE_STEM);
            stems.add(found);
            found.stream().filter(m -> m.surface().length() >= MIN_CO_OCCURRING_STEM).forEach(m -> m.regions().forEach(t ->
                    stemsByCounty.computeIfAbsent(t.parentCode(), k -> new HashSet<>()).add(m.surface())));
        }
        for (int part = 0; part < texts.size(); part++) {
            for (Mention stem : stems.get(part)) {
                boolean vouched = stem.regions().size() == 1 && namesOwnBody(texts.get(part), stem);
                List<Region> placed = stem.regions().stream()
                        .filter(t -> places.within() == null || gazetteer.isWithin(t, places.within()))
                        .filter(t -> vouched || places.places(t, stem.surface()) || (stem.surface().length() >= MIN_CO_OCCURRING_STEM
                                && stemsByCounty.get(t.parentCode()).size() >= CO_OCCURRING_STEMS))
                        .toList();
                double share = weights[part] / Math.max(1, placed.size());
                for (Region township : placed) {
                    Region target = asTownship || vouched ? township : countyOf(township); // its own body speaks for it
                    scores.merge(target, share, Double::sum);
                }
            }
        }
    }


    /**
     * True when a township's stem names its own body (某某妇联, 某某党委): a township's organisation word follows (not
     * 区委 or 县长, which no township has), and the stem stands as a word of its own (not 合市 in 配合市政府, 联和 in 妇联和).
     */
    private boolean namesOwnBody(String text, Mention stem) {
        return cues.followedBy(cues.townshipBodies(), text, stem.end()) && !cues.insideOrganisation(text, stem.start())
                && !WordBoundaries.straddled(text, stem.start(), stem.end());
    }

    /**
     * In a headline a county's name right before the stem of one of its own townships names that township,
     * as 龙岗区平湖街道 does (龙岗平湖, 罗湖东门): each such township, as a mention spanning county and stem.
     * The stem may be an ordinary word elsewhere (平湖); right after its county it is the township.
     */
    private List<Mention> townshipsAfterCounties(String text, List<Mention> names) {
        List<Mention> found = new ArrayList<>();
        for (Mention name : names) {
            if (name.regions().size() != 1 || name.regions().get(0).level() != RegionLevel.COUNTY) {
                continue;
            }
            if (startsABody(text, name.end())) {
                continue; // 某区人民政府, 某县人民医院: the county's bodies, not a township 人民街道
            }
            gazetteer.townshipsIn(name.regions().get(0)).stream()
                    .filter(t -> TownshipStems.stemOf(t.name()).filter(stem -> text.startsWith(stem, name.end())
                            && !text.startsWith(t.name(), name.end()) && !startsABody(text, name.end() + stem.length())).isPresent())
                    .findFirst()
                    .ifPresent(t -> found.add(new Mention(text.substring(name.start(), name.end() + TownshipStems.stemOf(t.name()).get().length()),
                            name.start(), name.end() + TownshipStems.stemOf(t.name()).get().length(), List.of(t))));
        }
        return found;
    }

    /**
     * A region's own outlet in a report that speaks as a region of its kind (某山网讯 … 我县, 太原新闻网讯 … 我市,
     * 某嘉网 in the breadcrumb of a 我县 page): the publisher, as in a source line; a paper of elsewhere (据某市日报报道
     * in a county's report) is not, since the report does not speak as its kind, though its dateline (某市日报讯) names
     * the place its story was filed from as a plain name would.
     */
    private static List<NameUse> ownOutletDatelines(String text, List<NameUse> uses, RegionFraming framing) {
        return uses.stream().map(use -> {
            if (use.kind() != NameUse.Kind.OUTLET || use.mention().regions().size() != 1) {
                return use;
            }
            if (OWN_OUTLET.matcher(text).region(use.mention().end(), text.length()).lookingAt()
                    && framing.share(use.mention().regions().get(0)) >= OWN_OUTLET_FRAMING) {
                return new NameUse(use.mention(), NameUse.Kind.ORGANISATION);
            }
            // a local outlet's dateline (某州日报讯) files its story from its place: a plain mention of it
            return NEWS_DATELINE.matcher(text).region(use.mention().end(), text.length()).lookingAt()
                    ? new NameUse(use.mention(), NameUse.Kind.PLAIN) : use;
        }).toList();
    }

    /** True when an organisation, institution or medium's word (or 镇, 乡, 街道...) starts at {@code at}. */
    private boolean startsABody(String text, int at) {
        return cues.followedBy(cues.organisation(), text, at) || cues.startsWithAny(cues.institution(), text, at)
                || cues.startsWithAny(cues.media(), text, at) || cues.startsWithAny(cues.suffix(), text, at);
    }

    /** The uses, with the names inside a township found after its county (its county and the stem's other readings) left out. */
    private static List<NameUse> qualifiedBy(List<Mention> townships, List<NameUse> uses) {
        return uses.stream().map(use -> townships.stream().anyMatch(t -> use.mention().start() >= t.start() && use.mention().end() <= t.end())
                ? new NameUse(use.mention(), NameUse.Kind.QUALIFIER) : use).toList();
    }

    /** A short form followed by a kind the region may have borne (县, 区, 市 or 旗) is a full name, often an older one (洞头县 for 洞头区). */
    private static boolean isOldFullName(String text, Mention mention, Region region) {
        return mention.end() < text.length() && NameUse.FORMER_KINDS.indexOf(text.charAt(mention.end())) >= 0
                && NameUse.mayHaveBeen(region, text.charAt(mention.end()));
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
     * A county's bare stem that a report speaking as a county (全县, 我县) names again and again as a plain name
     * (固安番茄, 固安一中): its own county, though a stem alone (大田, 惠民) is too often a word to count.
     */
    private static boolean recurringOwnStem(Mention mention, List<NameUse> uses, List<Region> candidates, RegionFraming framing) {
        long times = uses.stream()
                .filter(use -> use.kind() == NameUse.Kind.PLAIN && use.mention().surface().equals(mention.surface()))
                .count();
        return times >= RECURRING_STEM && candidates.size() == 1 && framing.share(candidates.get(0)) >= OWN_OUTLET_FRAMING;
    }

    /**
     * The regions a mention can stand for here: within {@code within}, preferring those whose
     * ancestors the text names unambiguously (鼓楼区 beside 福州市), then full names over short forms.
     * A township counts only where the text names its county or city, or, when its name is found
     * nowhere else in China, where the title, source line or an organisation ({@code vouched}) names it.
     */
    private List<Region> candidates(Mention mention, Places places, boolean vouched) {
        List<Region> candidates = mention.regions().stream()
                .filter(r -> places.within() == null || gazetteer.isWithin(r, places.within()))
                .toList();
        if (!candidates.isEmpty() && candidates.get(0).level() == RegionLevel.TOWNSHIP) {
            List<Region> placed = candidates.stream().filter(places::places).toList();
            if (placed.isEmpty() && places.framing().speaksAsTownship()) {
                placed = bySuperior(candidates, places.framing());
            }
            // a name found nowhere else in China counts where the title, source line or an organisation names it,
            // in a county's report (县妇联到某镇举办…), which names its own townships, or in a report that speaks as
            // a township of its kind (我镇, 镇党委); a name of two characters (兴镇) is too often a slogan's end (工业兴镇)
            boolean unique = candidates.size() == 1;
            candidates = !placed.isEmpty() ? placed
                    : unique && (vouched || places.framing().speaksAsCountyOf(candidates.get(0))
                    || mention.surface().length() > MAX_BARE_STEM && places.framing().speaksAs(candidates.get(0))) ? candidates : List.of();
        }
        if (candidates.size() > 1) {
            // 市中区 beside 枣庄市: both 市中区 of 山东 lie in the named province, only one in the named city
            int deepest = candidates.stream().mapToInt(r -> supportDepth(r, places.context())).max().orElse(0);
            candidates = deepest == 0 ? candidates
                    : candidates.stream().filter(r -> supportDepth(r, places.context()) == deepest).toList();
        }
        if (candidates.size() > 1) {
            List<Region> fullNames = candidates.stream().filter(mention::isFullNameOf).toList();
            candidates = fullNames.isEmpty() ? candidates : fullNames;
        }
        return candidates;
    }

    /** How deep the region's most specific ancestor-or-self that the text names unambiguously lies (0 for none). */
    private static int supportDepth(Region region, Set<String> context) {
        List<String> codes = region.pathCodes();
        for (int depth = codes.size(); depth > 0; depth--) {
            if (context.contains(codes.get(depth - 1))) {
                return depth;
            }
        }
        return 0;
    }

    /**
     * Codes of the county-or-higher regions the names (used as names) stand for here, and of their
     * ancestors, each with the words that name it: 普陀 beside nothing else gives both 普陀区.
     */
    @SafeVarargs
    private Map<String, Set<String>> namedCodes(Places context, List<NameUse>... useLists) {
        Map<String, Set<String>> codes = new HashMap<>();
        if (context.within() != null) {
            context.within().pathCodes().forEach(code -> codes.computeIfAbsent(code, k -> new HashSet<>()).add(""));
        }
        for (List<NameUse> uses : useLists) {
            for (NameUse use : uses) {
                if (use.kind() == NameUse.Kind.NONE || use.kind() == NameUse.Kind.OTHER_BODY || use.kind() == NameUse.Kind.ZONE) {
                    continue;
                }
                // A county's bare short form (罗江, 普陀) places only its own townships, not its city's.
                boolean bare = NameUse.isBareCountyShortForm(use.mention(), MAX_BARE_STEM) && use.kind() != NameUse.Kind.ORGANISATION;
                List<Region> standsFor = candidates(use.mention(), context, false);
                // A short form that stands for several regions (普陀 for two 普陀区) places only those counties' own
                // townships: 朝阳 in a list of villages is 朝阳市 too, and a city holds too many townships to place one.
                boolean ambiguous = standsFor.size() > 1 && standsFor.stream().noneMatch(use.mention()::isFullNameOf);
                standsFor.stream()
                        .filter(r -> r.level() != RegionLevel.TOWNSHIP && (!ambiguous || r.level() == RegionLevel.COUNTY))
                        .flatMap(r -> bare || ambiguous ? Stream.of(r.code()) : r.pathCodes().stream())
                        .forEach(code -> codes.computeIfAbsent(code, k -> new HashSet<>()).add(use.mention().surface()));
            }
        }
        return codes;
    }

    /**
     * In a report that speaks as a township, of townships sharing a name, the one whose county is of
     * the kind the text names as the superior body (在区关工委的指导下: a 区, so 黄岩区's 屿头乡, not 平潭县's); none unless exactly one.
     */
    private static List<Region> bySuperior(List<Region> townships, RegionFraming framing) {
        if (townships.size() < 2) {
            return List.of();
        }
        List<Region> matching = townships.stream().filter(framing::superiorMatches).toList();
        return matching.size() == 1 ? matching : List.of();
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

    private static void applyFraming(Map<Region, Double> scores, RegionFraming framing) {
        scores.replaceAll((region, score) -> score * (1 + FRAMING_BOOST * framing.share(region)));
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
