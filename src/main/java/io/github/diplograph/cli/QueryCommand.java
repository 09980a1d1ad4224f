package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.query.Queries;
import io.github.diplograph.query.QueryResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from cypher/queries/: meetings, officials, agreements, supporters, timeline, mentions, ties.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "Query name: ${COMPLETION-CANDIDATES}", completionCandidates = Names.class)
    String name;

    @Option(names = "--year", description = "Year (meetings).")
    Integer year;

    @Option(names = "--country", description = "Country as ISO3 code or name (meetings, officials, agreements, ties).")
    String country;

    @Option(names = "--other", description = "Second country (agreements, ties).")
    String other;

    @Option(names = "--person", description = "Person name or alias (meetings, timeline).")
    String person;

    @Option(names = "--entity", description = "Person, country or organization (supporters, mentions).")
    String entity;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Output.Format format;

    @Mixin
    GraphOptions graph;

    static final class Names extends java.util.ArrayList<String> {
        Names() {
            super(Queries.names());
        }
    }

    @Override
    public Integer call() {
        if (!Queries.PARAMETERS.containsKey(name)) {
            throw new IllegalArgumentException("no query named '" + name + "'; known: " + String.join(", ", Queries.names()));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("country", country);
        params.put("other", other);
        params.put("person", person);
        params.put("entity", entity != null ? entity : person != null ? person : country);
        try (Diplograph dg = Diplograph.open(graph.settings())) {
            Object typed = switch (name) {
                case "meetings" -> dg.queries().meetings(year, country, person);
                case "officials" -> dg.queries().officials(country);
                default -> null;
            };
            QueryResults results = dg.queries().run(name, params);
            if (format == Output.Format.json) {
                System.out.println(Output.json(typed != null ? typed : results.rows()));
            } else {
                System.out.println(Output.table(results.columns(), results.rows()));
            }
        }
        return 0;
    }
}
