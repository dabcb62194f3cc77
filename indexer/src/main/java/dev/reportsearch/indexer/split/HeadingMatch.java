package dev.reportsearch.indexer.split;

/**
 * A paragraph recognised as a heading.
 *
 * @param kind    what kind of heading
 * @param heading the heading text, trimmed, without trailing commas or full stops
 * @param rest    body text glued after the heading in the same paragraph ("" when none)
 */
public record HeadingMatch(HeadingKind kind, String heading, String rest) {
}
