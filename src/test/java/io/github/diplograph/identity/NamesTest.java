package io.github.diplograph.identity;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Names#fold} and {@link Names#key} take shortcuts for speed (plain ASCII skips Unicode
 * normalisation; runs of spaces are collapsed by hand): they must give exactly what the plain
 * definition gives — decompose, drop marks, map the few letters that do not decompose, collapse
 * whitespace — on names, on awkward spacing and on random text.
 */
class NamesTest {

    /** The definition, written the slow and obvious way. */
    private static String foldByDefinition(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = s.replaceAll("\\p{M}+", "");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's');
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('\u2013', '-');
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String keyByDefinition(String text) {
        return foldByDefinition(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Test
    void namesFoldAsDefined() {
        assertEquals("Andres Lopez", Names.fold("Andrés  López"));
        assertEquals("Recep Tayyip Erdogan", Names.fold("Recep Tayyip Erdoğan"));
        assertEquals("Lukasz O'Neill", Names.fold("Łukasz O\u2019Neill"));
        assertEquals("amir abdollahian", Names.key("Amir-Abdollahian"));
        assertEquals("andres lopez", Names.key(" Andrés\tLópez. "));
        assertEquals("", Names.key("--"));
        assertEquals("andres-lopez", Names.slug("Andrés López"));
    }

    @Test
    void plainAsciiComesBackAsItIs() {
        String name = "Foreign Minister Jane Doe";
        assertSame(name, Names.fold(name));
    }

    @Test
    void theShortcutsAgreeWithTheDefinition() {
        List<String> samples = new ArrayList<>(List.of("", " ", "  a  ", "a\tb", "a \t\n b", "\u000Ba\u000B", "\u001Ca \u001F",
                "\u001C", " \u001C ", "x\u00A0y", "Nicolás\u2009Maduro", "Ngũgĩ wa Thiong'o", "Ðorđe", "Straße", "İstanbul",
                "Al-Rashidi", "Cho Sei-young", "O\u2018Brien\u2013Smith", "a\u0301", "\uD835\uDC00bc", "ab\uD835\uDC00 c"));
        Random random = new Random(42);
        String alphabet = "aZ09 .-'\t\n\r\f\u000B\u001C\u001F\u00A0\u00E9\u0301\u0131\u0142\u00F8\u00DF\u2019\u2013\u3000\u2009\uD835\uDC00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(sb.toString());
        }
        for (String s : samples) {
            assertEquals(foldByDefinition(s), Names.fold(s), () -> "fold of " + escape(s));
            assertEquals(keyByDefinition(s), Names.key(s), () -> "key of " + escape(s));
        }
        assertTrue(samples.size() > 20_000);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
