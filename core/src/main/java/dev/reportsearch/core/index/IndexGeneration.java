package dev.reportsearch.core.index;

import java.util.List;

/**
 * One build of the index behind the alias (since index version 9): two concrete indices of the same definition,
 * made, loaded and put behind the alias together. The reports and sections live in {@link #name()}, the achievements
 * in {@link #achievements()}, so that a search of one kind walks only that kind's postings: a section search does
 * not read past the achievements' sentences, titles and headings (four of five documents), nor an achievement search
 * past the sections'. Searches keep going through the alias, over both; those that rank by score ask Elasticsearch
 * for the statistics of both first ({@code dfs_query_then_fetch}), so that a word's rarity is what it was in one
 * index and the scores are the same.
 *
 * @param name the reports and sections' index ({@code reportsearch-v9-20261129-101500123}); an index an older version
 *             made (one index for every kind) is a generation of that one name
 */
public record IndexGeneration(String name) {
    private static final String ACHIEVEMENTS = "-achievements";

    /** The generation a concrete index of it belongs to. */
    public static IndexGeneration of(String index) {
        return new IndexGeneration(index.endsWith(ACHIEVEMENTS) ? index.substring(0, index.length() - ACHIEVEMENTS.length()) : index);
    }

    public String achievements() {
        return name + ACHIEVEMENTS;
    }

    /** Both concrete indices, the reports and sections' first. */
    public List<String> indices() {
        return List.of(name, achievements());
    }

    /** The concrete index a document of kind {@code docType} ({@link DocType#id()}) is written to. */
    public String indexOf(String docType) {
        return DocType.ACHIEVEMENT.id().equals(docType) ? achievements() : name;
    }

    @Override
    public String toString() {
        return name;
    }
}
