package io.github.diplograph.model;

import io.github.diplograph.model.DocumentInfo;

/** A document as read from its source: metadata (with id and sha256) plus its full text. */
public record SourceDocument(DocumentInfo info, String text) {

    public String id() {
        return info.id();
    }

    /** The same document with another publication date (relative dates resolve against it). */
    public SourceDocument withPublished(FuzzyDate published) {
        DocumentInfo i = info;
        return new SourceDocument(new DocumentInfo(i.id(), i.sha256(), i.title(), i.source(), i.url(), published, i.language()), text);
    }
}
