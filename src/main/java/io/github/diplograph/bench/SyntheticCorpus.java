package io.github.diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diplograph.bench.SyntheticWorld.Nation;
import io.github.diplograph.bench.SyntheticWorld.Official;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Wire-style news articles about an invented cabinet of every country: meetings, official visits and
 * telephone calls, now and then an agreement signed, with the filler paragraphs real articles carry
 * (about 300 words each). Article {@code i} depends only on the seed and {@code i}: a corpus of 100,000
 * is written in seconds and is the same on every machine.
 */
public final class SyntheticCorpus {

    private static final List<String> FILLER = List.of(
            "Bilateral trade between the two countries reached %d million dollars last year, according to official figures.",
            "Analysts said the talks reflected a broader effort to expand economic ties in the region.",
            "The economy grew by %d percent in the last quarter, the statistics office said on its website.",
            "Officials said further rounds of consultations would be held at the level of experts.",
            "Several business leaders accompanied the delegation, and a forum on investment was held in parallel.",
            "Opposition lawmakers criticised the government for what they called a lack of transparency.",
            "The central bank kept its main interest rate unchanged at %d percent on the same day.",
            "Heavy rain disrupted traffic in several districts of the capital, local media reported.",
            "A joint commission on economic cooperation last met %d years ago.",
            "The ministry said the sides exchanged views on regional and international issues of mutual interest.",
            "Exports of agricultural products rose by %d percent over the first six months of the year.",
            "Diplomats said the relationship had improved markedly over the past decade.");
    private static final List<String> QUOTES = List.of("We had a frank and constructive discussion",
            "Our countries share a long history of friendship", "This is a new chapter in our relations",
            "We agreed to work together on the challenges we both face");
    private static final List<String> SOURCES = List.of("Synthetic Wire", "Daily Synthetic", "The Invented Herald");

    private final SyntheticWorld world;
    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        this.world = new SyntheticWorld(seed, 60);
    }

    /** Document {@code i} of the corpus, as the reader would give it. */
    public SourceDocument document(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        LocalDate published = LocalDate.of(2000, 1, 3).plusDays(random.nextInt(26 * 365));
        Nation[] pair = world.pair(random);
        Official a = SyntheticWorld.pick(random, pair[0].cabinet());
        Official b = pair[1].cabinet().get(pair[0].cabinet().indexOf(a));
        String weekday = published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String topic = SyntheticWorld.pick(random, SyntheticWorld.TOPICS);
        StringBuilder text = new StringBuilder();
        String title;
        switch (random.nextInt(4)) {
            case 0, 1 -> {
                title = pair[0].name() + " and " + pair[1].name() + " hold talks on " + topic;
                text.append(String.format("%s %s %s met %s %s %s in %s on %s to discuss %s.%n%n",
                        pair[0].demonym(), a.title(), a.name(), pair[1].demonym(), b.title(), b.name(), pair[0].capital(),
                        weekday, topic));
            }
            case 2 -> {
                title = a.title() + " " + a.surname() + " visits " + pair[1].name();
                text.append(String.format("%s %s of %s arrived in %s on %s for a two-day official visit.%n%n"
                                + "During the visit, %s held talks with %s %s %s on %s.%n%n",
                        a.title(), a.name(), pair[0].name(), pair[1].capital(), weekday, a.surname(),
                        pair[1].demonym(), b.title(), b.name(), topic));
            }
            default -> {
                title = a.surname() + " and " + b.surname() + " speak by phone";
                text.append(String.format("%s %s %s held a telephone conversation with %s %s of %s on %s, "
                                + "discussing %s.%n%n",
                        pair[0].demonym(), a.title(), a.name(), b.title(), b.name(), pair[1].name(), weekday, topic));
            }
        }
        text.append(String.format("\"%s,\" %s told reporters.%n%n", SyntheticWorld.pick(random, QUOTES), a.surname()));
        if (random.nextInt(4) == 0) {
            text.append(String.format("The two countries signed an agreement on %s cooperation.%n%n",
                    SyntheticWorld.pick(random, SyntheticWorld.TOPICS)));
        }
        for (int p = 0; p < 4; p++) {
            for (int s = 0; s < 3; s++) {
                text.append(String.format(SyntheticWorld.pick(random, FILLER), 2 + random.nextInt(90))).append(' ');
            }
            text.append(String.format("%n%n"));
        }
        String body = text.toString().strip() + "\n";
        String id = String.format("synthetic-%06d.txt", i);
        DocumentInfo info = new DocumentInfo(id, DocumentReader.sha256(body), title, SOURCES.get(i % SOURCES.size()), null,
                FuzzyDate.day(published), "en");
        return new SourceDocument(info, body);
    }

    /** The first {@code n} documents. */
    public List<SourceDocument> documents(int n) {
        List<SourceDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docs.add(document(i));
        }
        return docs;
    }

    /** Writes the first {@code n} documents into {@code folder} as text files with a manifest of their metadata. */
    public void write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = json.createObjectNode();
        for (int i = 0; i < n; i++) {
            SourceDocument d = document(i);
            Files.writeString(folder.resolve(d.id()), d.text());
            manifest.putObject(d.id()).put("title", d.info().title()).put("source", d.info().source())
                    .put("published", d.info().published().iso()).put("language", "en");
        }
        json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(DocumentReader.MANIFEST).toFile(), manifest);
    }
}
