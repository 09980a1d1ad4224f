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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the document map (persons, countries, organizations, events, agreements, relations with evidence) "
                + "of one article, without touching any database.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A .txt article (metadata from a manifest.json beside it, if any).")
    Path file;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD, YYYY-MM or YYYY); overrides the manifest. Relative dates resolve against it.")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json (default: the full document map) or table (one line per fact).")
    Output.Format format;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        ReadResult read = new DocumentReader().read(file);
        if (read.documents().isEmpty()) {
            String reason = read.problems().stream().map(DocumentProblem::toString).findFirst().orElse(file + ": no document");
            throw new IllegalArgumentException(reason);
        }
        SourceDocument doc = read.documents().get(0);
        if (published != null) {
            FuzzyDate date;
            try {
                date = FuzzyDate.parse(published);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--published \"" + published + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            }
            DocumentInfo i = doc.info();
            doc = new SourceDocument(new DocumentInfo(i.id(), i.sha256(), i.title(), i.source(), i.url(), date, i.language()),
                    doc.text());
        }
        DocumentMap map = new Extractor(extraction.settings()).extract(doc);
        System.out.println(format == Output.Format.json ? Output.json(map) : Output.table(List.of("fact", "what", "when", "evidence"),
                facts(map)));
        return 0;
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
