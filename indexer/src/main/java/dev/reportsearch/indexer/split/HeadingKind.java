package dev.reportsearch.indexer.split;

/**
 * The kinds of heading a report uses, each with its depth: a heading closes every open heading at its
 * own depth or deeper.
 */
public enum HeadingKind {
    /** "二〇一三年工作回顾", "2014年工作思路": parts of a report about different years. */
    YEAR_PART(1),
    /** 一、 */
    CHINESE_NUMBERED(2),
    /** a short standalone line without closing punctuation ("思想引领,同心担当") or a markup heading */
    STANDALONE(2),
    /** “巾帼建功行动” on its own line (usually followed by a subtitle line) */
    QUOTED(2),
    /** 【…】 */
    BRACKETED(2),
    /** PART.01 */
    PART(2),
    /** (一) / （一） */
    PARENTHESISED_CHINESE(3),
    /** 1、 / 1. */
    ARABIC_NUMBERED(4),
    /** (1) / （1） */
    PARENTHESISED_ARABIC(5),
    /** a short first sentence glued to its paragraph ("发挥大讲堂引领作用。以...") */
    RUN_IN(6);

    private final int depth;

    HeadingKind(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }
}
