package io.github.diplograph.extract;

import io.github.diplograph.model.EntityRef;

/**
 * Something that can take part in an event or a relation, found at a token position of a sentence:
 * a person (named, or referred back to as "the Kenyan leader" or "he"), a country acting (by name,
 * capital or seat of power) or an organization.
 */
record Actor(int sentence, EntityRef ref, PersonCluster person, int first, int last, boolean possessive, boolean quoted, Via via) {

    enum Via { NAME, BACK_REFERENCE, PRONOUN }

    boolean isPerson() {
        return person != null;
    }
}
