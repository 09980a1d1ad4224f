package io.github.diplograph.cli;

import io.github.diplograph.config.Settings;
import picocli.CommandLine.Option;

/** How to extract: the options of every command that reads articles, turned into {@link Settings}. */
final class ExtractionOptions {

    @Option(names = "--no-ner", description = "Run without CoreNLP's statistical named-entity recognizer (rules only), "
            + "to measure what it adds.")
    boolean noNer;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", description = "Documents written per transaction (default: "
            + Settings.DEFAULT_BATCH_SIZE + ").")
    Integer batchSize;

    Settings settings() {
        Settings s = Settings.defaults().withNer(!noNer);
        if (threads != null) {
            s = s.withThreads(threads);
        }
        if (batchSize != null) {
            s = s.withBatchSize(batchSize);
        }
        return s;
    }
}
