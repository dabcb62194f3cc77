package dev.reportsearch.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The product's classpath (this module's) carries neither the benchmarks nor their report generator. */
class ProductClasspathTest {

    @Test
    void benchmarksAreNotOnTheProductClasspath() {
        for (String benchClass : new String[] {"dev.reportsearch.bench.BenchCommand", "dev.reportsearch.bench.ScalePlot",
                "dev.reportsearch.bench.ResultsFile"}) {
            assertThatThrownBy(() -> Class.forName(benchClass)).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
