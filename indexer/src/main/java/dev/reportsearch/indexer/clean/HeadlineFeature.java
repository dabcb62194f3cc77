package dev.reportsearch.indexer.clean;

/**
 * What {@link HeadlineScorer} weighs in a candidate line, each with its weight: a feature's value (0 to 1) times its
 * weight is its share of the score. The weights are set so that no one feature decides alone: a headline is the line
 * where several agree (it names a report or an event, a body and a year, stands right above the date line or the text,
 * reads as a phrase, the site's title bar repeats it), chrome the line where they do not.
 */
enum HeadlineFeature {
    /** Ends in what a report calls itself (…工作报告, …总结, …的通知): the strongest word a headline has. */
    NAMES_A_REPORT(3.0),
    /** Holds such a word before its end (…工作总结及下半年工作安排意见, …报告:副题). */
    HOLDS_A_REPORT_WORD(1.0),
    /** Says an event happened (召开, 举办, 开展…): a news headline names no report but reports this. */
    REPORTS_AN_EVENT(1.5),
    /** Names a reporting body or a place (妇联, 团委, 某街道, 某县): headlines say who; menus and labels do not. */
    NAMES_A_BODY(1.0),
    /** Holds a year (2023年, 20xx年): reports and their news are dated in the headline. */
    HAS_A_YEAR(0.5),
    /** Is as long as headlines are (8 to 40 Han characters): longer than a site's name or a column, shorter than prose. */
    HEADLINE_LENGTH(1.0),
    /** Stands right above the page's date or source line: where pages print the headline. */
    ABOVE_THE_STAMP(2.0),
    /** Stands right above the text (past a name or a short mark): a headline and its report, nothing between. */
    ABOVE_THE_TEXT(0.5),
    /** The markup's title or the file's name holds it: a site's title bar and a download's name repeat the headline. */
    AGREES_WITH_THE_PAGE(4.0),
    /** The page prints it again, alone or opening the first paragraph (template and document sites print the headline twice). */
    REPEATED(1.5),
    /**
     * How far down the header it stands (value: lines above it, up to four, over four): below the headline stand its
     * subtitle, captions and the lead's first words, which read like headlines too; chrome over it loses on its own
     * features.
     */
    LOW_DOWN(-3.0),
    /** A line above holds it and more (区委某局 / 2020年工作总结 under 区委某局2020年工作总结): a part of the headline. */
    PART_OF_A_FULLER(-2.0),
    /** Fewer than eight Han characters: a site's name, a column, a label (a short headline names a report and outweighs this). */
    SHORT(-1.5),
    /** Opens with a label (文档编号:, 当前版:, 快捷搜索:): a field or a page label, not a headline (a place before a headline, 某镇:…, is none). */
    LABEL(-2.5),
    /** Holds a word of a site's furniture (首页, 搜索, 文库, 下载, Page…): menus, site names, flipbook labels. */
    CHROME_WORD(-3.0),
    /** Little of it is Han (value: how far its share of Han falls below three in five): numbers, codes, addresses. */
    FEW_HAN(-5.0),
    /** Names strung with separators (A_B, A | B | C, A/B/C) or five short words spaced out: a title bar, a keyword list, a menu, a row of fields. */
    SEPARATED_WORDS(-3.0),
    /** Opens with a dash (——副题): a subtitle under the headline. */
    SUBTITLE(-2.0),
    /** Opens with a collection's piece number (第一篇:, 篇一:) or a heading's number (一、): the site's numbering, a section. */
    NUMBERED(-2.0),
    /** Is a body sentence shortened, not a headline: it stands in only when no line is a headline. */
    BODY_SENTENCE(-3.0);

    final double weight;

    HeadlineFeature(double weight) {
        this.weight = weight;
    }
}
