package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.util.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count nodes per label and relationships per type.")
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "table", description = "table (default), json, ndjson or csv.")
    Output.Format format;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() {
        try (Diplograph dg = Diplograph.open(graph.existing())) {
            GraphStats stats = dg.stats();
            List<Map<String, Object>> rows = new ArrayList<>();
            stats.nodes().forEach((k, v) -> rows.add(Rows.of("kind", "node", "name", k, "count", v)));
            stats.relationships().forEach((k, v) -> rows.add(Rows.of("kind", "relationship", "name", k, "count", v)));
            // JSON is the one stats object (the contract); ndjson and csv are its rows.
            System.out.println(format == Output.Format.json ? Output.json(stats)
                    : Output.render(format, List.of("kind", "name", "count"), rows, () -> List.copyOf(rows)));
        }
        return 0;
    }
}
