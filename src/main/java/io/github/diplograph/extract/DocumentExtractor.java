package io.github.diplograph.extract;

import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.SourceDocument;

/** Turns one document into its document map; what the loader needs of an extractor (and what tests replace). */
@FunctionalInterface
public interface DocumentExtractor {

    DocumentMap extract(SourceDocument document);
}
