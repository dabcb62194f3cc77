package dev.reportsearch.indexer;

import java.nio.file.Path;

import dev.reportsearch.testkit.TestData;

/** Every line of ../shared/seeds/expected.json: what indexing the real seed reports must yield. */
class SeedExpectationsTest extends ExpectedJsonTest {
    @Override
    Path folder() {
        return TestData.seeds();
    }
}
