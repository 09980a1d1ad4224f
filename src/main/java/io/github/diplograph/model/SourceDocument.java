package io.github.diplograph.model;

import io.github.diplograph.model.DocumentInfo;

/** A document as read from its source: metadata (with id and sha256) plus its full text. */
public record SourceDocument(DocumentInfo info, String text) {

    public String id() {
        return info.id();
    }
}
