package io.github.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceFilterTest {

    /** Whitespace tokens, enough for the filter, which reads only the words. */
    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            tokens.add(new Token(w, at, at + w.length(), null, null, null));
            at += w.length() + 1;
        }
        return tokens;
    }

    private static String show(List<int[]> stretches) {
        StringBuilder b = new StringBuilder();
        for (int[] s : stretches) {
            b.append('[').append(s[0]).append(',').append(s[1]).append(')');
        }
        return b.toString();
    }

    @Test
    void theNerRunsOnCapitalisedWordsWithFiveWordsOfContextEitherSide() {
        // 0:the 1:talks 2:were 3:held 4:in 5:a 6:warm 7:and 8:friendly 9:atmosphere 10:said 11:Nomvula 12:Adeyemi
        List<int[]> s = SentenceFilter.nerStretches(tokens("The talks were held in a warm and friendly atmosphere said Nomvula Adeyemi"));
        assertEquals("[6,13)", show(s), "the opening 'The' is not a name; the name gets five words before it");
    }

    @Test
    void namesFarApartAreTaggedInStretchesOfTheirOwnAndNearOnesInOne() {
        List<Token> t = tokens("Tamsin Okoro arrived on a long and much delayed flight from the coast to meet Ilse Brandvold and Jonas Berg");
        List<int[]> s = SentenceFilter.nerStretches(t);
        assertEquals("[0,7)[10,20)", show(s));
        assertTrue(s.get(1)[1] == t.size(), "the last stretch ends with the sentence");
    }

    @Test
    void aLowercaseSentenceNeedsNoNer() {
        assertEquals("", show(SentenceFilter.nerStretches(tokens("he said the talks went well"))));
        assertEquals("", show(SentenceFilter.nerStretches(tokens("They met again on the next day"))));
    }

    @Test
    void wordsTheReferenceDataReadsAreNoCentresButStayTaggedNearAName() {
        ReferenceData ref = ReferenceData.get();
        // 0:On 1:Monday 2:the 3:talks 4:went 5:on 6:in 7:the 8:capital 9:of 10:the 11:United 12:States
        assertEquals("", show(SentenceFilter.nerStretches(tokens("On Monday the talks went on in the capital of the United States"), ref)),
                "a weekday and a country need no NER");
        // 0:the 1:Kenyan 2:Foreign 3:Minister 4:met 5:Nomvula 6:Adeyemi 7:in 8:a 9:long 10:and 11:friendly 12:session 13:in 14:Nairobi
        List<int[]> s = SentenceFilter.nerStretches(tokens("the Kenyan Foreign Minister met Nomvula Adeyemi in a long and friendly session in Nairobi"), ref);
        assertEquals("[0,12)", show(s), "the title and demonym are tagged in the name's stretch; the capital far after it is not");
        assertEquals("[0,15)", show(SentenceFilter.nerStretches(tokens("the Kenyan Foreign Minister met Nomvula Adeyemi in a long and friendly session in Nairobi"))),
                "without reference data every capitalised word is a centre");
    }
}
