package io.github.diplograph.ingest;

import io.github.diplograph.config.Settings;

import io.github.diplograph.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real files on disk; every bad input is reported with its file and reason while the rest is read. */
class DocumentReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsSeedsWithManifestMetadata() throws Exception {
        ReadResult r = new DocumentReader().read(Path.of("seeds"));
        assertEquals(5, r.documents().size());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        SourceDocument d = r.documents().get(1);
        assertEquals("001_145efd87eeb6d3d9.txt", d.id());
        assertEquals("2019-09-25", d.info().published().iso());
        assertEquals("OREANDA-NEWS", d.info().source());
        assertEquals(64, d.info().sha256().length());
    }

    @Test
    void badFilesAreReportedAndTheRestIsRead() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Chinese President Xi Jinping met French President Emmanuel Macron.");
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.write(dir.resolve("binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("baddate.txt"), "Some text.");
        Files.writeString(dir.resolve("manifest.json"),
                "{\"baddate.txt\": {\"published\": \"next Tuesday\"}, \"missing.txt\": {\"title\": \"x\"}}");
        ReadResult r = new DocumentReader().read(dir);
        assertEquals(1, r.documents().size(), r.problems().toString());
        assertEquals("good.txt", r.documents().get(0).id());
        String problems = r.problems().toString();
        assertTrue(problems.contains("empty.txt: is empty"), problems);
        assertTrue(problems.contains("binary.txt: looks binary"), problems);
        assertTrue(problems.contains("latin1.txt: is not valid UTF-8"), problems);
        assertTrue(problems.contains("baddate.txt: publication date \"next Tuesday\" is not a date"), problems);
        assertTrue(problems.contains("names missing.txt"), problems);
    }

    @Test
    void oversizedFileIsRejectedWithItsSize() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "Text.");
        try (var out = Files.newBufferedWriter(dir.resolve("huge.txt"))) {
            String line = "Padding line of a file that is far too large to be one news article.\n";
            for (long written = 0; written <= Settings.DEFAULT_MAX_DOCUMENT_BYTES; written += line.length()) {
                out.write(line);
            }
        }
        ReadResult r = new DocumentReader().read(dir);
        assertEquals(1, r.documents().size());
        assertTrue(r.problems().toString().contains("huge.txt: is 5.0 MB, larger than the 5 MB limit"), r.problems().toString());
    }

    @Test
    void manifestThatIsNotJsonIsReportedAndIgnored() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        ReadResult r = new DocumentReader().read(dir);
        assertEquals(1, r.documents().size());
        assertTrue(r.problems().get(0).reason().contains("not valid JSON"), r.problems().toString());
    }

    @Test
    void jsonLinesWithDuplicateIds() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "a", "text": "One.", "published": "2024-01-02", "source": "S"}
                {"id": "a", "text": "Two."}
                not json
                {"id": "b", "text": "Three."}
                """);
        ReadResult r = new DocumentReader().read(feed);
        assertEquals(2, r.documents().size());
        assertEquals("2024-01-02", r.documents().get(0).info().published().iso());
        String problems = r.problems().toString();
        assertTrue(problems.contains("feed.jsonl line 2: repeats id a"), problems);
        assertTrue(problems.contains("feed.jsonl line 3"), problems);
    }

    @Test
    void aBadManifestDateCostsItsDocumentOnlyAndNamesIt() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-manifest");
        Files.writeString(dir.resolve("a.txt"), "President Ana Lima met Prime Minister Rui Costa in Lisbon.");
        Files.writeString(dir.resolve("b.txt"), "President Ana Lima met Prime Minister Rui Costa in Porto.");
        Files.writeString(dir.resolve("c.txt"), "President Ana Lima met Prime Minister Rui Costa in Braga.");
        Files.writeString(dir.resolve("manifest.json"), "{\"a.txt\": {\"published\": \"2023-13\"},"
                + " \"b.txt\": {\"published\": {\"year\": 2023}}, \"c.txt\": {\"published\": \"2023-05-02\"}}");
        ReadResult r = new DocumentReader().read(dir);
        assertEquals(List.of("c.txt"), r.documents().stream().map(d -> d.id()).toList());
        assertEquals(List.of(
                dir.resolve("a.txt") + ": publication date \"2023-13\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                dir.resolve("b.txt") + ": publication date must be text such as \"2023-09-21\", not object {\"year\":2023}"),
                r.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aBadByteInAFeedCostsItsLineOnlyAndABomIsDropped() throws Exception {
        Path feed = Files.createTempFile("diplograph-feed", ".jsonl");
        byte[] good1 = "\uFEFF{\"id\": \"one\", \"text\": \"First.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 't', 'w', 'o', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] good2 = "{\"id\": \"three\", \"text\": \"Third.\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(feed, concat(good1, bad, good2));
        ReadResult r = new DocumentReader().read(feed);
        assertEquals(List.of("one", "three"), r.documents().stream().map(d -> d.id()).toList());
        assertEquals(List.of(feed.getFileName() + " line 2: is not valid UTF-8 text"),
                r.problems().stream().map(Object::toString).toList());
    }

    @Test
    void linksOutOfTheFolderAndDanglingLinksAreReportedNotRead() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-links");
        Path outside = Files.createTempFile("diplograph-outside", ".txt");
        Files.writeString(outside, "Secret text that is not an article of this source.");
        Files.createSymbolicLink(dir.resolve("escape.txt"), outside);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("missing.txt"));
        Files.writeString(dir.resolve("UPPER.TXT"), "President Ana Lima met Prime Minister Rui Costa in Lisbon.");
        ReadResult r = new DocumentReader().read(dir);
        assertEquals(List.of("UPPER.TXT"), r.documents().stream().map(d -> d.id()).toList());
        assertEquals(List.of(dir.resolve("dangling.txt") + ": is a link to nothing; skipped",
                        dir.resolve("escape.txt") + ": is a link to " + outside.toRealPath() + ", outside the source folder; skipped"),
                r.problems().stream().map(Object::toString).toList());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
