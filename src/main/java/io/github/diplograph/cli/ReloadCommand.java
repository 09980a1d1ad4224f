package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Make the graph equal what SOURCE holds now: load new and changed documents and retract the "
                + "documents earlier loaded from SOURCE that it no longer holds, with every fact they contributed. "
                + "A missing or empty source is refused (nothing retracted). Exit codes: 0 ok, 1 some documents failed, "
                + "3 error, 75 another load holds the lock.")
final class ReloadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", description = "Folder, .txt file or .jsonl file.")
    Path source;

    @Option(names = "--allow-empty", description = "Let an empty SOURCE retract everything loaded from it.")
    boolean allowEmpty;

    @Mixin
    GraphOptions graph;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.exists(source)) {
            throw new IllegalArgumentException(source + ": no such file or directory (a source that vanished or is not "
                    + "mounted is never taken to be empty: nothing was retracted)");
        }
        try (Diplograph dg = Diplograph.open(graph.settings(), extraction.settings())) {
            LoadReport report;
            try (ProgressDisplay progress = run.progress()) {
                report = dg.run(source, run.apply(LoadOptions.reload().withAllowEmpty(allowEmpty)), progress);
            }
            return run.report("reload", report);
        }
    }
}
