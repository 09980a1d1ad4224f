package io.github.diplograph.model;

import java.util.List;

/** A person named in a document, resolved within the document: every spelling and back-reference folded in. */
public record PersonEntity(String id, String name, List<String> aliases, List<Role> roles, int mentions,
                           List<Evidence> evidence) {
}
