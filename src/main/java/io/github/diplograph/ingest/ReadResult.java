package io.github.diplograph.ingest;

import io.github.diplograph.model.SourceDocument;
import java.util.List;

/** What a source yielded: the readable documents and the ones that were skipped with a reason. */
public record ReadResult(List<SourceDocument> documents, List<DocumentProblem> problems) {
}
