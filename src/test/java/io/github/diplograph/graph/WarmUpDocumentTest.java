package io.github.diplograph.graph;

import io.github.diplograph.identity.PersonIdentities;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.PersonEntity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The made-up documents that prepare the write path: persons are resolved by the words of their names, so
 * made-up persons sharing a word would make each one a candidate for all the others (a batch of 500 took
 * 10–20 s of CPU to prepare).
 */
class WarmUpDocumentTest {

    @Test
    void noTwoMadeUpPersonsShareAWordTheyAreLookedUpBy() {
        Map<String, String> ownerOfKey = new HashMap<>();
        List<DocumentMap> maps = new java.util.ArrayList<>(WarmUpDocument.maps(300, "n300-"));
        maps.addAll(WarmUpDocument.maps(30, "n30-"));
        for (DocumentMap map : maps) {
            for (PersonEntity person : map.persons()) {
                for (String key : PersonIdentities.lookupKeys(person.name())) {
                    String before = ownerOfKey.putIfAbsent(key, person.id());
                    assertTrue(before == null, "'" + key + "' is a key of " + person.id() + " and of " + before);
                }
            }
        }
        assertEquals(2 * 330, ownerOfKey.size(), "one key per made-up person");
    }
}
