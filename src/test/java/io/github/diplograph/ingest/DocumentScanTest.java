package io.github.diplograph.ingest;

import io.github.diplograph.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan a load runs: metadata and sha256 without the texts, which are read when a document is extracted.
 * Real files on disk, changed between the scan and the read as a user might while a load runs.
 */
class DocumentScanTest {

    @TempDir
    Path dir;

    @Test
    void theStreamedHashIsTheHashOfTheTextTheReadReturns() throws Exception {
        Files.writeString(dir.resolve("ascii.txt"), "President Ana Lima met Prime Minister Rui Costa in Lisbon.");
        Files.write(dir.resolve("bom.txt"), ("\uFEFFBogot\u00e1 and S\u00e3o Paulo").getBytes(StandardCharsets.UTF_8));
        // Longer than the scan's buffers, with a multi-byte character across every buffer boundary.
        Files.writeString(dir.resolve("long.txt"), "\u00e9\u4e2d\uD83D\uDE00 word ".repeat(40_000));
        List<LazyDocument> scanned = scanAll(dir);
        assertEquals(List.of("ascii.txt", "bom.txt", "long.txt"), scanned.stream().map(LazyDocument::id).toList());
        for (LazyDocument d : scanned) {
            SourceDocument read = d.read();
            assertEquals(DocumentReader.sha256(read.text()), d.info().sha256(), d.id());
            assertEquals(d.info(), read.info(), d.id());
        }
        assertEquals("Bogot\u00e1 and S\u00e3o Paulo", scanned.get(1).read().text(), "the mark is not part of the text");
    }

    @Test
    void scanAndReadAcceptAndRefuseTheSameFiles() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Chinese President Xi Jinping met French President Emmanuel Macron.");
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.write(dir.resolve("binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("cut.txt"), new byte[]{'C', 'a', 'f', (byte) 0xC3});   // ends inside a character
        Files.writeString(dir.resolve("baddate.txt"), "Some text.");
        Files.writeString(dir.resolve("manifest.json"), "{\"baddate.txt\": {\"published\": \"next Tuesday\"},"
                + " \"good.txt\": {\"title\": \"T\", \"published\": \"2023-09\"}, \"gone.txt\": {}}");
        try (DocumentScan scan = new DocumentReader().scan(dir)) {
            List<LazyDocument> all = drain(scan, 2);
            assertEquals(List.of("good.txt"), all.stream().map(LazyDocument::id).toList());
            assertEquals("T", all.get(0).info().title());
            assertEquals("2023-09", all.get(0).info().published().iso());
            assertEquals(List.of(
                    dir.resolve("baddate.txt") + ": publication date \"next Tuesday\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                    dir.resolve("binary.txt") + ": looks binary (contains NUL bytes), not text",
                    dir.resolve("cut.txt") + ": is not valid UTF-8 text",
                    dir.resolve("empty.txt") + ": is empty",
                    dir.resolve("latin1.txt") + ": is not valid UTF-8 text",
                    "manifest.json: names gone.txt, which is not in " + dir),
                    scan.problems().stream().map(Object::toString).toList());
            // Still in the source, only unreadable: a reload must not take them for deleted.
            assertEquals(java.util.Set.of("baddate.txt", "binary.txt", "cut.txt", "empty.txt", "latin1.txt"), scan.unreadableIds());
        }
        ReadResult read = new DocumentReader().read(dir);
        assertEquals(List.of("good.txt"), read.documents().stream().map(SourceDocument::id).toList());
        assertEquals(6, read.problems().size(), read.problems().toString());
    }

    @Test
    void theTextIsReadWhenNeededAndAsItIsThen() throws Exception {
        Path changed = dir.resolve("a.txt");
        Files.writeString(changed, "President Ana Lima met Prime Minister Rui Costa in Lisbon.");
        Files.writeString(dir.resolve("b.txt"), "President Ana Lima met Prime Minister Rui Costa in Porto.");
        Files.writeString(dir.resolve("c.txt"), "President Ana Lima met Prime Minister Rui Costa in Braga.");
        List<LazyDocument> scanned = scanAll(dir);
        String scannedVersion = scanned.get(0).info().sha256();

        // Changed after the scan: the text read is the file as it is now, with its own sha256.
        String now = "President Ana Lima met Prime Minister Rui Costa in Faro.";
        Files.writeString(changed, now);
        SourceDocument read = scanned.get(0).read();
        assertEquals(now, read.text());
        assertEquals(DocumentReader.sha256(now), read.info().sha256());
        assertNotEquals(scannedVersion, read.info().sha256());

        // Removed, or no longer a document: reported with the file and why; the others still read.
        Files.delete(dir.resolve("b.txt"));
        Files.writeString(dir.resolve("c.txt"), " \n");
        UnreadableDocumentException removed = assertThrows(UnreadableDocumentException.class, () -> scanned.get(1).read());
        assertEquals(dir.resolve("b.txt") + ": was removed while the source was being loaded", removed.problem().toString());
        UnreadableDocumentException emptied = assertThrows(UnreadableDocumentException.class, () -> scanned.get(2).read());
        assertEquals(dir.resolve("c.txt") + ": is empty", emptied.problem().toString());
    }

    @Test
    void aFeedIsScannedAWindowAtATimeAndItsLinesReadAgainWhenNeeded() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.write(feed, ("\uFEFF{\"id\": \"a\", \"text\": \"One.\", \"published\": \"2024-01-02\", \"source\": \"S\"}\r\n"
                + "\n"
                + "{\"id\": \"b\", \"text\": \"Two.\"}\r\n"
                + "{\"id\": \"a\", \"text\": \"Again.\"}\n"
                + "{\"id\": \"c\", \"text\": \"\"}\n"
                + "{\"id\": \"d\", \"text\": \"Four \u00e9.\"}").getBytes(StandardCharsets.UTF_8));   // no final break
        List<LazyDocument> all = new ArrayList<>();
        try (DocumentScan scan = new DocumentReader().scan(feed)) {
            List<LazyDocument> first = scan.next(2);
            assertEquals(List.of("a", "b"), first.stream().map(LazyDocument::id).toList(), "a window of two");
            all.addAll(first);
            all.addAll(drain(scan, 2));
            assertEquals(List.of("feed.jsonl line 4: repeats id a (the first one was kept)", "feed.jsonl line 5: is empty"),
                    scan.problems().stream().map(Object::toString).toList());
            assertEquals(java.util.Set.of("c"), scan.unreadableIds());
        }
        assertEquals(List.of("a", "b", "d"), all.stream().map(LazyDocument::id).toList());
        assertEquals(List.of("One.", "Two.", "Four \u00e9."), texts(all));
        assertEquals("2024-01-02", all.get(0).read().info().published().iso());
        for (LazyDocument d : all) {
            assertEquals(DocumentReader.sha256(d.read().text()), d.info().sha256());
        }

        // Rewritten between the scan and the read: the same id where the line was is the document as it is
        // now; another id there is reported (the document keeps its last loaded version).
        Files.write(feed, ("\uFEFF{\"id\": \"a\", \"text\": \"Uno.\", \"published\": \"2024-01-02\", \"source\": \"S\"}\r\n"
                + "\n"
                + "{\"id\": \"x\", \"text\": \"Two.\"}\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Uno.", all.get(0).read().text());
        assertEquals(DocumentReader.sha256("Uno."), all.get(0).read().info().sha256());
        UnreadableDocumentException moved = assertThrows(UnreadableDocumentException.class, () -> all.get(1).read());
        assertTrue(moved.problem().toString().startsWith("feed.jsonl line 3: no longer holds document b"), moved.problem().toString());
        UnreadableDocumentException cut = assertThrows(UnreadableDocumentException.class, () -> all.get(2).read());
        assertTrue(cut.problem().toString().startsWith("feed.jsonl line 6: "), cut.problem().toString());
    }

    @Test
    void aLargeFeedIsReadInWindowsWithTheReadersResults() throws Exception {
        Path feed = dir.resolve("big.ndjson");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            lines.append("{\"id\": \"doc-").append(i).append("\", \"text\": \"Article number ").append(i)
                    .append(" ").append("x".repeat(i % 97)).append(".\"}\n");
        }
        Files.writeString(feed, lines);
        int windows = 0;
        List<LazyDocument> all = new ArrayList<>();
        try (DocumentScan scan = new DocumentReader().scan(feed)) {
            for (List<LazyDocument> w = scan.next(1000); !w.isEmpty(); w = scan.next(1000)) {
                assertTrue(w.size() <= 1000);
                windows++;
                all.addAll(w);
            }
            assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        }
        assertEquals(3, windows);
        List<SourceDocument> read = new DocumentReader().read(feed).documents();
        assertEquals(read.stream().map(SourceDocument::info).toList(), all.stream().map(LazyDocument::info).toList());
        assertEquals(read.get(2_499).text(), all.get(2_499).read().text());
    }

    private static List<LazyDocument> scanAll(Path source) throws Exception {
        try (DocumentScan scan = new DocumentReader().scan(source)) {
            List<LazyDocument> all = drain(scan, 1000);
            assertTrue(scan.problems().isEmpty(), scan.problems().toString());
            return all;
        }
    }

    private static List<LazyDocument> drain(DocumentScan scan, int window) throws Exception {
        List<LazyDocument> all = new ArrayList<>();
        for (List<LazyDocument> w = scan.next(window); !w.isEmpty(); w = scan.next(window)) {
            all.addAll(w);
        }
        return all;
    }

    private static List<String> texts(List<LazyDocument> docs) throws Exception {
        List<String> texts = new ArrayList<>();
        for (LazyDocument d : docs) {
            texts.add(d.read().text());
        }
        return texts;
    }
}
