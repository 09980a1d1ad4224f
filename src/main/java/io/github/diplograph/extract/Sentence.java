package io.github.diplograph.extract;

import java.util.List;

/** A sentence of the document: its index (in document order), character span, text and tokens. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, int paragraph) {
}
