package io.github.diplograph.cli;

import io.github.diplograph.bench.Benchmark;
import io.github.diplograph.util.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction, the write path, retraction, an unchanged reload and every query on "
                + "synthetic data, each on a fresh embedded store in a scratch folder (deleted afterwards).",
                "Prints a table, or with --format json the stable report other tools read (docs/PERFORMANCE.md)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "A small run (a few minutes on two cores) with the same stages.")
    boolean quick;

    @Option(names = "--smoke", hidden = true, description = "The smallest run through every stage (the build's smoke test).")
    boolean smoke;

    @Option(names = "--events", paramLabel = "N", description = "Events in the generated graph the queries run on "
            + "(default: 1,000,000; with --quick 50,000).")
    Integer events;

    @Option(names = "--reload-documents", paramLabel = "N", description = "Articles in the corpus of the reload "
            + "stage (default: 20,000; with --quick 2,000).")
    Integer reloadDocuments;

    @Option(names = "--write-documents", paramLabel = "N", description = "Documents written in the write stage "
            + "(default: 300).")
    Integer writeDocuments;

    @Option(names = "--only", split = ",", paramLabel = "STAGE", description = "Run only these stages "
            + "(extraction, write, retract, reload, query; comma-separated).")
    java.util.List<String> only;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Output.Format format;

    @Option(names = "--scratch", paramLabel = "DIR", description = "Where the stores and the corpus go "
            + "(default: a new temporary folder).")
    Path scratch;

    @Option(names = "--keep", description = "Keep the scratch folder (to look at the stores).")
    boolean keep;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        int n = events != null ? events : smoke ? 500 : quick ? 50_000 : 1_000_000;
        if (n < 100) {
            throw new IllegalArgumentException("--events must be at least 100, not " + n);
        }
        Benchmark.Sizes sizes = smoke ? Benchmark.Sizes.tiny() : quick ? Benchmark.Sizes.quick(n) : Benchmark.Sizes.full(n);
        if (reloadDocuments != null) {
            if (reloadDocuments < 1) {
                throw new IllegalArgumentException("--reload-documents must be at least 1, not " + reloadDocuments);
            }
            sizes = sizes.withReloadDocuments(reloadDocuments);
        }
        if (writeDocuments != null) {
            if (writeDocuments < 1) {
                throw new IllegalArgumentException("--write-documents must be at least 1, not " + writeDocuments);
            }
            sizes = sizes.withWriteDocuments(writeDocuments);
        }
        Path dir = scratch != null ? Files.createDirectories(scratch) : Files.createTempDirectory("diplograph-bench");
        try {
            Map<String, Object> report = new Benchmark(sizes, extraction.settings(), dir,
                    message -> System.err.println("bench: " + message),
                    java.util.Set.copyOf(only == null ? Benchmark.STAGES : only)).run();
            System.out.println(format == Output.Format.json ? Output.json(report) : table(report));
        } finally {
            if (!keep) {
                // A folder the user named stays (emptied of what the run made); a temporary one goes.
                try (var made = Files.list(dir)) {
                    for (Path p : made.toList()) {
                        deleteRecursively(p);
                    }
                }
                if (scratch == null) {
                    Files.deleteIfExists(dir);
                }
            }
        }
        return 0;
    }

    /** One row per figure: stage, figure, value. */
    @SuppressWarnings("unchecked")
    private static String table(Map<String, Object> report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        report.forEach((stage, value) -> {
            if (value instanceof Map<?, ?> figures) {
                ((Map<String, Object>) figures).forEach((figure, v) -> {
                    if (v instanceof Map<?, ?> sub) {
                        ((Map<String, Object>) sub).forEach((k, x) -> rows.add(Rows.of("stage", stage,
                                "figure", figure + " " + k, "value", x)));
                    } else {
                        rows.add(Rows.of("stage", stage, "figure", figure, "value", v));
                    }
                });
            } else {
                rows.add(Rows.of("stage", stage, "figure", "", "value", value));
            }
        });
        return Output.table(List.of("stage", "figure", "value"), rows);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
