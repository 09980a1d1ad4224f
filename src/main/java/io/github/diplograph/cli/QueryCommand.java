package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.query.Queries;
import io.github.diplograph.query.QueryResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from cypher/queries/: meetings, officials, agreements, supporters, timeline, mentions, ties, runs.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "Query name: ${COMPLETION-CANDIDATES}", completionCandidates = Names.class)
    String name;

    @Option(names = "--year", description = "Year (meetings; officials: roles stated by articles of that year).")
    Integer year;

    @Option(names = "--country", description = "Country as ISO3 code or name (meetings, officials, agreements, ties).")
    String country;

    @Option(names = "--other", description = "Second country (agreements, ties).")
    String other;

    @Option(names = "--person", description = "Person name or alias (meetings, timeline).")
    String person;

    @Option(names = "--source", description = "A loaded source's path or its last part (runs).")
    String source;

    @Option(names = "--entity", description = "Person, country or organization (supporters, mentions).")
    String entity;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (a page; default: every row, runs: 20).")
    Long limit;

    @Option(names = "--skip", paramLabel = "N", description = "Leave out the first N rows (with --limit: the page after them).")
    Long skip;

    @Option(names = "--format", defaultValue = "table", description = "table (default), json, ndjson or csv.")
    Output.Format format;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    static final class Names extends java.util.ArrayList<String> {
        Names() {
            super(Queries.names());
        }
    }

    @Override
    public Integer call() {
        Map<String, Object> params = new LinkedHashMap<>();
        putGiven(params, "year", year);
        putGiven(params, "country", country);
        putGiven(params, "other", other);
        putGiven(params, "person", person);
        putGiven(params, "entity", entity);
        putGiven(params, "source", source);
        putGiven(params, "skip", skip);
        putGiven(params, "limit", limit);
        try {
            // Before starting Neo4j: a misspelt name or an option the query does not take costs nothing.
            Queries.bind(Queries.file(name), params);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Diplograph dg = Diplograph.open(graph.existing())) {
            QueryResults results = dg.queries().run(name, params);
            System.out.println(Output.render(format, results.columns(), results.rows(), () -> Queries.typed(results)));
        }
        return 0;
    }

    private static void putGiven(Map<String, Object> params, String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
