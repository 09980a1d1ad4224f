package io.github.diplograph.model;

/** Identity, version and metadata of a source document. {@code published} may be UNKNOWN. */
public record DocumentInfo(String id, String sha256, String title, String source, String url, FuzzyDate published,
                           String language) {
}
