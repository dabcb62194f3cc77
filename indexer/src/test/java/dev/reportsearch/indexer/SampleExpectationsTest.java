package dev.reportsearch.indexer;

import java.nio.file.Path;

import dev.reportsearch.testkit.TestData;

/** Every line of samples/expected.json: our own sample reports, in every encoding and format we read. */
class SampleExpectationsTest extends ExpectedJsonTest {
    @Override
    Path folder() {
        return TestData.samples();
    }
}
