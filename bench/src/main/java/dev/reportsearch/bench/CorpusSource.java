package dev.reportsearch.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a benchmark's N reports come from: the report generator, or real full-length reports repeated with
 * perturbations ({@link RealCorpus}). Both are recorded side by side in bench/README.md, under their own keys.
 *
 * @param realDir the folder of real reports, or null for generated ones
 * @param seed    the generator's seed, or the perturbations'
 */
public record CorpusSource(Path realDir, long seed) {
    public static CorpusSource generated(long seed) {
        return new CorpusSource(null, seed);
    }

    public static CorpusSource real(Path realDir, long seed) {
        return new CorpusSource(realDir, seed);
    }

    public boolean isReal() {
        return realDir != null;
    }

    public Corpus corpus(int reports) throws IOException {
        return isReal() ? RealCorpus.build(realDir, seed, reports) : Corpus.generate(seed, reports);
    }

    /** "generated" or "real", as the adjective of "reports" in the records. */
    public String adjective() {
        return isReal() ? "real (full-length reports repeated with other places, years and numbers)" : "generated";
    }

    /** The README section of a bench command for this corpus, e.g. scale or scale-real. */
    public String recordKey(String command) {
        return isReal() ? command + "-real" : command;
    }

    /** The alias prefix, so that the two corpora of one size never share an index. */
    public String aliasPrefix(String prefix) {
        return isReal() ? prefix + "-real" : prefix;
    }
}
