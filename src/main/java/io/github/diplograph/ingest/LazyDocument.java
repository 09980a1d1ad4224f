package io.github.diplograph.ingest;

import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.SourceDocument;

/**
 * A document found in a source, known by its metadata and the sha256 of its text, whose text is read only
 * when {@link #read()} is called and is not kept here: a reload holds one of these per document it must
 * extract, and nothing per document it skips.
 */
public interface LazyDocument {

    /** Id, metadata and the sha256 of the text as it was when the source was scanned. */
    DocumentInfo info();

    default String id() {
        return info().id();
    }

    /**
     * The document with its text, read now. The text may have changed since the scan: its sha256 is then
     * that of the text returned (see the implementations for why), so the graph always records the
     * version of the text its facts come from.
     *
     * @throws UnreadableDocumentException when it is no longer a document (emptied, deleted, not UTF-8 …),
     *                                     with the problem to report
     */
    SourceDocument read() throws UnreadableDocumentException;
}
