package io.github.diplograph.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PersonIdentitiesTest {

    @Test
    void spellingsOfOnePersonAcrossOutletsResolveToOneId() {
        PersonIdentities ids = new PersonIdentities();
        String first = ids.resolve("miguel-diaz-canel-bermudez", "Miguel Diaz-Canel Bermudez", List.of(), Set.of("CUB"));
        assertEquals(first, ids.resolve("miguel-diaz-canel", "Miguel Díaz-Canel", List.of(), Set.of("CUB")));
        String lavrov = ids.resolve("sergei-lavrov", "Sergei Lavrov", List.of(), Set.of("RUS"));
        assertEquals(lavrov, ids.resolve("sergey-lavrov", "Sergey Lavrov", List.of(), Set.of()));
    }

    @Test
    void differentPeopleWithASharedSurnameStayApart() {
        PersonIdentities ids = new PersonIdentities();
        String tamim = ids.resolve("tamim-bin-hamad-al-thani", "Tamim bin Hamad Al Thani", List.of(), Set.of("QAT"));
        assertNotEquals(tamim, ids.resolve("mohammed-bin-abdulrahman-al-thani", "Mohammed bin Abdulrahman Al Thani",
                List.of(), Set.of("QAT")));
        String kimA = ids.resolve("john-kim", "John Kim", List.of(), Set.of("USA"));
        assertNotEquals(kimA, ids.resolve("jae-kim", "Jae Kim", List.of(), Set.of("KOR")));
        // Same initial and surname but contradicting countries: not the same person.
        String a = ids.resolve("james-smith", "James Smith", List.of(), Set.of("GBR"));
        assertNotEquals(a, ids.resolve("john-smith", "John Smith", List.of(), Set.of("AUS")));
    }

    @Test
    void aWordThousandsOfNamesShareStillFindsEachOfThem() {
        // "bin", "al", a common surname: every person under the key is a candidate for every name with it
        // (a batch of 1,000 documents once spent minutes comparing such candidates with each other).
        PersonIdentities ids = new PersonIdentities();
        for (int i = 0; i < 3000; i++) {
            ids.resolve("person-" + i, "Given" + i + " bin Family" + i, List.of(), Set.of("SAU"));
        }
        assertEquals("person-1234", ids.resolve("other-id", "Given1234 bin Family1234", List.of(), Set.of("SAU")));
        assertEquals("new-person", ids.resolve("new-person", "Someone bin Nobody", List.of(), Set.of("SAU")));
        assertEquals("person-7", ids.resolve("x", "Family7", List.of(), Set.of()), "a bare surname one person has is theirs");
    }
}
