package dev.reportsearch.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexGenerationTest {
    @Test
    void achievementsGoToTheirOwnIndexAndEveryOtherKindToTheGenerationsName() {
        IndexGeneration g = new IndexDefinition("t").newGeneration();
        assertThat(g.name()).startsWith("t-v" + IndexDefinition.VERSION + "-");
        assertThat(g.indexOf(DocType.ACHIEVEMENT.id())).isEqualTo(g.achievements()).isNotEqualTo(g.name());
        assertThat(g.indexOf(DocType.SECTION.id())).isEqualTo(g.name());
        assertThat(g.indexOf(DocType.REPORT.id())).isEqualTo(g.name());
        assertThat(g.indices()).containsExactly(g.name(), g.achievements());
    }

    @Test
    void eitherIndexNamesItsGeneration() {
        IndexGeneration g = new IndexGeneration("t-v9-20261129-101500123");
        assertThat(IndexGeneration.of(g.achievements())).isEqualTo(g);
        assertThat(IndexGeneration.of(g.name())).isEqualTo(g);
        // an index of an older version (one for every kind) is a generation of its one name
        assertThat(IndexGeneration.of("t-v8-20261128-101500123").name()).isEqualTo("t-v8-20261128-101500123");
        IndexDefinition definition = new IndexDefinition("t");
        assertThat(definition.isCurrent(definition.newGeneration().achievements())).isTrue();
        assertThat(definition.isCurrent("t-v8-20261128-101500123")).isFalse();
    }
}
