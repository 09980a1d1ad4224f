package io.github.diplograph.model;

import java.util.List;

/** A standing relation stated by the document, e.g. "Uganda supports Ruto". */
public record RelationFact(RelationType type, EntityRef from, EntityRef to, List<Evidence> evidence) {
}
