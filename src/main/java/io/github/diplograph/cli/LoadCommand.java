package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a folder of .txt articles (with optional manifest.json), a single .txt file or a .jsonl feed. "
                + "Unchanged documents are skipped; changed ones replace their old facts. Documents no longer in the "
                + "source stay (use reload for that). Exit code 1 if any document failed, 75 if another load holds the lock.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", description = "Folder, .txt file or .jsonl file.")
    Path source;

    @Mixin
    GraphOptions graph;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.exists(source)) {
            // Before starting Neo4j: a typo should cost a second, not a database start-up.
            throw new IllegalArgumentException(source + ": no such file or directory");
        }
        try (Diplograph dg = Diplograph.open(graph.settings(), extraction.settings())) {
            if (!run.quiet && System.console() != null) {
                System.err.println("diplograph: loading " + source + " into " + dg.connection().description());
            }
            LoadReport report;
            try (ProgressDisplay progress = run.progress()) {
                report = dg.run(source, run.apply(LoadOptions.load()), progress);
            }
            return run.report("load", report);
        }
    }
}
