package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.RegionLevel;
import dev.reportsearch.core.region.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a region name is used where it stands: as the reporting body (石狮市妇联), as a plain name,
 * inside another body's name (深圳大学) or an outlet's (宿松融媒), as the qualifier of the place named right after it (湖北省 in
 * 湖北省武汉市), or not as the place at all (惠民生, 万安镇 for 万安县).
 */
record NameUse(Mention mention, Kind kind) {
    /**
     * OUTLET: a place's newspaper, site or media centre (宿松融媒, 吉林日报), another body in the body, yet its place is
     * near the page: it places the townships the page names.
     */
    /**
     * ZONE: a city's name before a development zone the gazetteer does not hold (辽源经济开发区): the zone lies in the
     * city, so the name counts for it as a plain full name in the body would, wherever it stands; no more, since the
     * zone's reports are not the whole city's and a district's name (its source line) says more.
     */
    enum Kind { ORGANISATION, PLAIN, OTHER_BODY, OUTLET, QUALIFIER, ZONE, NONE }

    /** Where in the evidence a text is: the title and source line speak for the report as a whole. */
    enum Part { TITLE, SOURCE, BODY }

    /** The kinds a county-level name has borne and older pages still write (洞头县 for 洞头区). */
    static final String FORMER_KINDS = "县区市旗";
    /** The kinds a township's name ends in. */
    private static final Pattern TOWNSHIP_KIND = Pattern.compile("(镇|乡|街道|办事处|苏木)$");
    /** The office that runs a street (街道办事处), written as part of its name. */
    private static final String STREET_OFFICE = "办事处";
    private static final String ENUMERATION_MARKS = "、,，和及与";
    /**
     * A company's registered name opens with its place (湛江某某水产有限公司, 某市某某饲料有限公司, 江苏某某管理公司): a
     * firm the report names, another body, not the report's area; the brand between place and company form keeps the
     * institution words from seeing it.
     */
    private static final Pattern COMPANY = Pattern.compile("\\p{IsHan}{2,10}(有限责任公司|股份有限公司|有限公司|集团有限公司|公司)");
    /**
     * A news agency's dateline (中工网北京5月24日电, 新华社北京9月19日电) says where the story was filed, which for a
     * national body's news is the capital: no evidence of the report's own area.
     */
    private static final Pattern DATELINE = Pattern.compile("\\s*\\d{1,2}月\\d{1,2}日电");

    /** A site's host in its footer (某市新闻传媒中心 主办, 主办单位:某县妇联): the body right after the name runs the site. */
    private static final Pattern HOST = Pattern.compile("\\p{IsHan}{0,10}[ \\u3000]*主办(?![的了])");

    /**
     * The use of every mention in a text (already folded to Simplified). In the source line a place's
     * newspaper is the publisher; in the title and source line a county right before its township
     * (沂水县沙沟镇) only qualifies it.
     */
    static List<NameUse> read(String text, List<Mention> mentions, RegionCues cues, Part part) {
        List<NameUse> uses = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            uses.add(new NameUse(mentions.get(i), kindOf(text, mentions, i, cues, part)));
        }
        return uses;
    }

    private static Kind kindOf(String text, List<Mention> mentions, int i, RegionCues cues, Part part) {
        boolean publisherLine = part == Part.SOURCE;
        Mention m = mentions.get(i);
        // a township as pages write it (杨柳乡 for 杨柳白族彝族乡, 明湖办事处) is whole with its kind: 明湖办事处社区 is its community
        boolean fullName = m.regions().stream().anyMatch(m::isFullNameOf) || isWholeTownship(m);
        if (cues.insideWord(text, m.start(), m.end()) || cues.insideOrganisation(text, m.start()) || cues.runsOn(text, m.end()) || cues.precededBy(cues.passing(), text, m.start())
                || (!fullName && (cues.startsWithAny(cues.suffix(), text, m.end()) || isAnotherKindOfPlace(text, m)
                        || WordBoundaries.straddled(text, m.start(), m.end())))
                || isTownship(m) && WordBoundaries.straddled(text, m.start(), m.start())
                || DATELINE.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return Kind.NONE;
        }
        if (qualifiesNext(mentions, i, part != Part.BODY)) {
            return Kind.QUALIFIER;
        }
        if (isTownship(m) && m.surface().endsWith(STREET_OFFICE)) {
            return Kind.ORGANISATION; // 某某街道办事处, 某某办事处: a street's office is its body
        }
        int end = bodyStart(text, m); // past an older kind: 罗江县妇儿工委 is 罗江区's
        if (isOrganisation(text, mentions, i, cues) || cues.followedBy(cues.organisation(), text, end)
                || HOST.matcher(text).region(end, text.length()).lookingAt()
                || (publisherLine && cues.startsWithAny(cues.media(), text, end))) {
            return Kind.ORGANISATION;
        }
        if (isCity(m) && cues.followedBy(cues.zone(), text, end)) {
            return Kind.ZONE; // 辽源经济开发区: a zone the gazetteer does not hold lies in its city
        }
        if (cues.followedBy(cues.institution(), text, end) || COMPANY.matcher(text).region(end, text.length()).lookingAt()) {
            return Kind.OTHER_BODY;
        }
        if (cues.startsWithAny(cues.media(), text, end)) {
            return Kind.OUTLET;
        }
        return Kind.PLAIN;
    }

    /**
     * True when the next mention follows without a gap and can lie within this one (重庆城口, 湖北省武汉市).
     * In the body a county before its township (评议会在罗山县丽水街道举行) is no mere qualifier: a county's
     * report names its townships so, and whether the report is the township's is for the rest of the
     * text to say; in a headline ({@code townships}) it is.
     */
    private static boolean qualifiesNext(List<Mention> mentions, int i, boolean townships) {
        if (i + 1 >= mentions.size() || mentions.get(i + 1).start() != mentions.get(i).end()) {
            return false;
        }
        return mentions.get(i + 1).regions().stream().anyMatch(inner -> mentions.get(i).regions().stream()
                .anyMatch(outer -> !outer.equals(inner) && (townships || inner.level() != RegionLevel.TOWNSHIP)
                        && inner.pathCodes().contains(outer.code())));
    }

    /** Where a body's name after the mention would start: past a kind the region may have borne (罗江 + 县 + 妇儿工委). */
    private static int bodyStart(String text, Mention m) {
        boolean olderKind = m.end() < text.length() && FORMER_KINDS.indexOf(text.charAt(m.end())) >= 0
                && m.regions().stream().anyMatch(r -> !m.isFullNameOf(r) && mayHaveBeen(r, text.charAt(m.end())));
        return olderKind ? m.end() + 1 : m.end();
    }

    /**
     * True when a short form runs on into a place kind its regions cannot have borne (大城 in 大城市 for 大城县):
     * a county may be called by an older kind (洞头县 for 洞头区, 巢湖县 for 巢湖市) but never by a newer one.
     */
    private static boolean isAnotherKindOfPlace(String text, Mention m) {
        return m.end() < text.length() && FORMER_KINDS.indexOf(text.charAt(m.end())) >= 0
                && m.regions().stream().noneMatch(r -> mayHaveBeen(r, text.charAt(m.end())));
    }

    /**
     * True when the region may once have been of the kind {@code kind} (县, 区, 市 or 旗): a 县 or 旗 becomes a
     * 市, a 县 or 市 becomes a 区, never the other way. An autonomous county (通道侗族自治县) is written as a 县.
     */
    static boolean mayHaveBeen(Region region, char kind) {
        return rank(kind) <= rank(region.name().charAt(region.name().length() - 1));
    }

    /** The step of a kind on the way 县/旗 → 市 (州, 盟 alike) → 区; other kinds rank highest, as anything may precede them. */
    private static int rank(char kind) {
        return switch (kind) {
            case '县', '旗' -> 0;
            case '市', '州', '盟' -> 1;
            default -> 2;
        };
    }

    private static boolean isCity(Mention m) {
        return !m.regions().isEmpty() && m.regions().stream().allMatch(r -> r.level() == RegionLevel.CITY);
    }

    /** True when the name is a township's written with its kind (杨柳乡 for 杨柳白族彝族乡, 明湖办事处): no stem of a longer place. */
    static boolean isWholeTownship(Mention m) {
        return isTownship(m) && TOWNSHIP_KIND.matcher(m.surface()).find();
    }

    /** True when every region the name stands for is a township: its names repeat, and run across words (妇联和街道 is no 联和街道). */
    private static boolean isTownship(Mention m) {
        return m.regions().stream().allMatch(r -> r.level() == RegionLevel.TOWNSHIP);
    }

    /** True for a county's short form of at most {@code maxLength} characters (万安, 罗江), not a full name. */
    static boolean isBareCountyShortForm(Mention mention, int maxLength) {
        return mention.surface().length() <= maxLength && mention.regions().stream()
                .allMatch(r -> r.level() == RegionLevel.COUNTY && !mention.isFullNameOf(r));
    }

    /** True when mention i, alone or in a list (石狮市、晋江市、惠安县妇联), is followed by an organisation word. */
    private static boolean isOrganisation(String text, List<Mention> mentions, int i, RegionCues cues) {
        int last = i;
        while (last + 1 < mentions.size()
                && mentions.get(last + 1).start() == mentions.get(last).end() + 1
                && ENUMERATION_MARKS.indexOf(text.charAt(mentions.get(last).end())) >= 0) {
            last++;
        }
        return cues.followedBy(cues.organisation(), text, mentions.get(last).end());
    }
}
