package dev.reportsearch.indexer;

/** The stages of {@link ReportPipeline}, in the order the data flows through them. */
public enum ParseStage {
    /** Decoding, HTML body, PDF and Word text. */
    READ,
    /** The report's id: a hash of the file's path and content. */
    ID,
    /** Chrome, metadata, line joins, the title. */
    CLEAN,
    /** Sub-reports and sections. */
    SPLIT,
    /** Regions, years, section themes. */
    CLASSIFY,
    /** Achievements, their figures and themes. */
    EXTRACT;

    /**
     * Told as each stage of one parse ends: the benchmark's way to see where the time goes in the pipeline's own
     * calls (a stage may end several times in one parse: classify and extract alternate section by section).
     */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = stage -> { };

        void ended(ParseStage stage);
    }
}
