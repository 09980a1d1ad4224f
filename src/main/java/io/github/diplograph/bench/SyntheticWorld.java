package io.github.diplograph.bench;

import io.github.diplograph.extract.ReferenceData;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An invented world for benchmarks: real countries from the reference data (so the extractor knows
 * them), each with a cabinet of officials whose names are made up from syllables. Deterministic by
 * seed, so two runs of a benchmark measure the same work.
 */
final class SyntheticWorld {

    /** One invented official: a name, a title and the country (ISO3) they serve. */
    record Official(String name, String title, String iso3) {
        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    /** A country of the world with what the articles say of it. */
    record Nation(String iso3, String name, String demonym, String capital, List<Official> cabinet) {
    }

    static final List<String> TITLES = List.of("President", "Prime Minister", "Foreign Minister", "Defence Minister",
            "Trade Minister");
    static final List<String> TOPICS = List.of("trade", "energy", "security", "agriculture", "education", "health",
            "climate", "transport", "tourism", "investment", "fisheries", "cyber security");

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
            "br", "dr", "gr", "kr", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
    private static final String[] CODAS = {"", "n", "r", "l", "s", "k", "m"};

    private final List<Nation> nations = new ArrayList<>();

    SyntheticWorld(long seed, int countries) {
        Random random = new Random(seed);
        // Countries with a demonym and a capital, so every article shape can be written about them.
        List<ReferenceData.Country> usable = ReferenceData.get().countries().values().stream()
                .filter(c -> !c.demonyms().isEmpty() && !c.capitals().isEmpty())
                .toList();
        for (int i = 0; i < Math.min(countries, usable.size()); i++) {
            ReferenceData.Country c = usable.get((int) ((long) i * usable.size() / Math.min(countries, usable.size())));
            List<Official> cabinet = new ArrayList<>();
            for (String title : TITLES) {
                cabinet.add(new Official(personName(random), title, c.iso3()));
            }
            nations.add(new Nation(c.iso3(), c.name(), c.demonyms().get(0), c.capitals().get(0), List.copyOf(cabinet)));
        }
    }

    List<Nation> nations() {
        return nations;
    }

    Nation nation(String iso3) {
        return nations.stream().filter(n -> n.iso3().equals(iso3)).findFirst().orElseThrow();
    }

    /** Two different nations; the first drawn with a skew, as news is about some countries more than others. */
    Nation[] pair(Random random) {
        Nation a = nations.get(skewed(random, nations.size()));
        Nation b;
        do {
            b = nations.get(random.nextInt(nations.size()));
        } while (b == a);
        return new Nation[] {a, b};
    }

    static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String personName(Random random) {
        return capitalised(word(random, 2)) + " " + capitalised(word(random, 2 + random.nextInt(2)));
    }

    private static String word(Random random, int syllables) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            s.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return s.append(CODAS[random.nextInt(CODAS.length)]).toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
