package io.github.diplograph.cli;

import io.github.diplograph.extract.Extractor;
import io.github.diplograph.ingest.DocumentProblem;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.ingest.ReadResult;
import io.github.diplograph.ingest.SourceDocument;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.FuzzyDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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

    @Option(names = "--format", defaultValue = "json", description = "Output format: json (default) or summary.")
    String format;

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
        DocumentMap map = new Extractor().extract(doc);
        System.out.println(Output.json(map));
        return 0;
    }
}
