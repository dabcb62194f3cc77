package dev.reportsearch.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResourceFileTest {

    @Test
    void skipsBlankAndCommentLinesAndKeepsLineNumbers() {
        List<ResourceLine> lines = ResourceFile.lines(ResourceFileTest.class, "sample.tsv");

        assertThat(lines).extracting(ResourceLine::number).containsExactly(3, 6, 7, 8);
        assertThat(lines).extracting(ResourceLine::text).containsExactly("alpha\t1", "beta\t\t3", "  gamma  ", "only-one");
        assertThat(ResourceFile.texts(ResourceFileTest.class, "/dev/reportsearch/core/resource/sample.tsv"))
                .containsExactly("alpha\t1", "beta\t\t3", "gamma", "only-one");
    }

    @Test
    void columnsKeepEmptyOnesAndErrorsNameFileAndLine() {
        List<ResourceLine> lines = ResourceFile.lines(ResourceFileTest.class, "sample.tsv");

        assertThat(lines.get(1).columns(3)).containsExactly("beta", "", "3");
        assertThatThrownBy(() -> lines.get(3).columns(2))
                .hasMessageStartingWith("sample.tsv:8: expected at least 2 tab-separated columns");
        assertThat(lines.get(0).error("unknown kind alpha")).hasMessage("sample.tsv:3: unknown kind alpha (line: alpha\t1)");
    }

    @Test
    void aMissingResourceSaysWhichAndFromWhere() {
        assertThatThrownBy(() -> ResourceFile.lines(ResourceFileTest.class, "nope.txt"))
                .hasMessageContaining("nope.txt").hasMessageContaining(ResourceFileTest.class.getName());
    }
}
