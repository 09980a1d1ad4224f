package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.ingest.DocumentProblem;
import io.github.diplograph.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a folder of .txt articles (with optional manifest.json), a single .txt file or a .jsonl feed. "
                + "Unchanged documents are skipped; changed ones replace their old facts. Exit code 1 if any document failed.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", description = "Folder, .txt file or .jsonl file.")
    Path source;

    @Mixin
    GraphOptions graph;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--quiet", description = "Print only the summary and problems.")
    boolean quiet;

    @Option(names = "--format", defaultValue = "table", description = "Summary as one line (table, default) or json.")
    Output.Format format;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.exists(source)) {
            // Before starting Neo4j: a typo should cost a second, not a database start-up.
            throw new IllegalArgumentException(source + ": no such file or directory");
        }
        try (Diplograph dg = Diplograph.open(graph.settings(), extraction.settings())) {
            if (!quiet) {
                System.err.println("diplograph: loading " + source + " into " + dg.connection().description());
            }
            LoadReport report = dg.load(source, message -> {
                if (!quiet) {
                    System.err.println("  " + message);
                }
            });
            for (DocumentProblem p : report.problems()) {
                System.err.println("  skipped " + p);
            }
            System.out.println(format == Output.Format.json || format == Output.Format.ndjson
                    ? (format == Output.Format.json ? Output.json(report) : Output.compact(report))
                    : "load: " + report.summary());
            return report.failed() > 0 ? 1 : 0;
        }
    }
}
