package io.github.diplograph.cli;

import io.github.diplograph.eval.EvalReport;
import io.github.diplograph.eval.Evaluator;
import io.github.diplograph.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor against gold annotations: precision, recall and F1 per category, the misses, and docs/s.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of <document>.json gold files.")
    Path gold;

    @Parameters(index = "1", paramLabel = "DOCS_DIR", description = "Folder of the documents (with manifest.json).")
    Path docs;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Output.Format format;

    @Option(names = "--no-misses", description = "Do not list individual misses.")
    boolean noMisses;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor(extraction.settings());
        EvalReport report = new Evaluator(extractor).evaluate(gold, docs);
        // A document the extractor failed on scores as all misses: say so even when misses are not listed.
        report.misses().stream().filter(m -> "failed".equals(m.kind()))
                .forEach(m -> System.err.println("diplograph: " + m));
        if (format == Output.Format.json) {
            System.out.println(Output.json(report));
        } else {
            System.out.print(report.table());
            if (!noMisses && !report.misses().isEmpty()) {
                System.out.println();
                report.missLines().forEach(System.out::println);
            }
        }
        return 0;
    }
}
