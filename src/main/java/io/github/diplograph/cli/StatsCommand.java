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

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Output.Format format;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() {
        try (Diplograph dg = Diplograph.open(graph.settings())) {
            GraphStats stats = dg.stats();
            if (format == Output.Format.json) {
                System.out.println(Output.json(stats));
            } else {
                List<Map<String, Object>> rows = new ArrayList<>();
                stats.nodes().forEach((k, v) -> rows.add(Rows.of("kind", "node", "name", k, "count", v)));
                stats.relationships().forEach((k, v) -> rows.add(Rows.of("kind", "relationship", "name", k, "count", v)));
                System.out.println(Output.table(List.of("kind", "name", "count"), rows));
            }
        }
        return 0;
    }
}
