package io.github.diplograph.cli;

import io.github.diplograph.extract.Extractor;
import io.github.diplograph.ingest.DocumentProblem;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.ingest.ReadResult;
import io.github.diplograph.model.SourceDocument;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.util.Rows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the document map (persons, countries, organizations, events, agreements, relations with evidence) "
                + "of one article, without touching any database. A document whose extraction fails is skipped and named on "
                + "stderr; the others are printed; exit code 1 if any failed.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", description = "A .txt article (metadata from a manifest.json beside it, if any); "
            + "a folder or a .jsonl feed gives one document map a line (ndjson).")
    Path file;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD, YYYY-MM or YYYY); overrides the manifest. Relative dates resolve against it.")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json (default: the full document map; ndjson for a folder), ndjson, or table (one line per fact).")
    Output.Format format;

    @Mixin
    ExtractionOptions extraction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FuzzyDate date = published == null ? null : publishedDate();
        ReadResult read = new DocumentReader().read(file);
        read.problems().forEach(p -> System.err.println("diplograph: skipped " + p));
        if (read.documents().isEmpty()) {
            String reason = read.problems().stream().map(DocumentProblem::toString).findFirst().orElse(file + ": no document");
            throw new IllegalArgumentException(reason);
        }
        Extractor extractor = new Extractor(extraction.settings());
        boolean many = Files.isDirectory(file) || read.documents().size() > 1;
        int failed = 0;
        for (SourceDocument doc : read.documents()) {
            DocumentMap map;
            try {
                map = extractor.extract(date == null ? doc : doc.withPublished(date));
            } catch (RuntimeException e) {
                // A rule that fails on one article costs that article, not the rest of the folder (as in load).
                System.err.println("diplograph: skipped " + new DocumentProblem(doc.id(), "extraction failed: " + e));
                failed++;
                continue;
            }
            if (format == Output.Format.table) {
                System.out.println((many ? doc.id() + "\n" : "") + Output.table(List.of("fact", "what", "when", "evidence"), facts(map)));
            } else if (format == Output.Format.json && !many) {
                System.out.println(Output.json(map));
            } else {
                // A folder or feed: one document map a line (ndjson), so a large source streams.
                System.out.println(Output.compact(map));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private FuzzyDate publishedDate() {
        try {
            return FuzzyDate.parse(published);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--published \"" + published + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    /** One row per fact, for reading in a terminal. */
    private static List<Map<String, Object>> facts(DocumentMap map) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // Each role with how its owner was found and how sure that is: "Secretary/USA (home-country 0.5)".
        map.persons().forEach(p -> rows.add(row("PERSON", p.name() + " " + p.roles().stream()
                .map(r -> r.title() + "/" + (r.country() != null ? r.country() : r.organization())
                        + " (" + r.basis() + " " + r.confidence() + ")").toList(), null,
                p.evidence().isEmpty() ? "" : p.evidence().get(0).quote())));
        map.events().forEach(e -> rows.add(row(e.type().name(), e.participants().stream().map(x -> x.entity().id()).toList()
                + (e.place() == null ? "" : " @ " + e.place().name()), e.date().iso(), e.evidence().get(0).quote())));
        map.agreements().forEach(a -> rows.add(row("AGREEMENT", a.status() + " " + (a.count() == null ? "" : a.count() + " ")
                + a.parties() + " " + a.topics(), a.date().iso(), a.evidence().get(0).quote())));
        map.relations().forEach(r -> rows.add(row(r.type().name(), r.from().id() + " -> " + r.to().id(), null,
                r.evidence().get(0).quote())));
        return rows;
    }

    private static Map<String, Object> row(String fact, String what, String when, String evidence) {
        return Rows.of("fact", fact, "what", what, "when", when, "evidence", evidence);
    }
}
