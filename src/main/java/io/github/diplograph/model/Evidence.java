package io.github.diplograph.model;

/**
 * Where a fact comes from: the sentence that states it, the character span of that sentence in the
 * document text, the quote itself, how sure the extractor is, and which rule found it.
 */
public record Evidence(int sentence, int start, int end, String quote, double confidence, String extractor) {
}
