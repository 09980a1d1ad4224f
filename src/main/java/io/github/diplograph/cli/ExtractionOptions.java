package io.github.diplograph.cli;

import io.github.diplograph.config.Settings;
import io.github.diplograph.extract.ActorList;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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

    @Option(names = "--actors", paramLabel = "FILE", description = "A list of actors (TSV: name, aliases, country, "
            + "organization, title, start, end) read only for persons whose country the text leaves open.")
    Path actors;

    @Option(names = "--no-leaders", description = "Do not read the shipped list of world leaders (heads of state and "
            + "government, foreign and defence ministers, speakers since 2000) for persons whose country the text leaves "
            + "open or only guesses.")
    boolean noLeaders;

    Settings settings() {
        if (actors != null) {
            // Read now, so that a bad row stops the command with its file and line before Neo4j or the models start.
            ActorList.read(actors);
        }
        Settings s = Settings.defaults().withNer(!noNer).withActors(actors).withLeaders(!noLeaders);
        if (threads != null) {
            s = s.withThreads(threads);
        }
        if (batchSize != null) {
            s = s.withBatchSize(batchSize);
        }
        return s;
    }
}
