package io.github.diplograph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code Consumer<String>} API sees the lines it saw before {@link LoadProgress}: notes unchanged and one
 * count line per chunk (the loader reports every batch; batches of 50 in chunks of 200 here), not per batch.
 */
class ProgressLinesTest {

    private static final Pattern COUNT_LINE =
            Pattern.compile("(\\d+)/(\\d+) documents processed \\((\\d+[.,]\\d) docs/s, about (\\d+) s left\\)");

    @Test
    void notesPassUnchangedAndCountsComeOncePerChunkAndAtTheEnd() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        LoadProgress progress = new ProgressLines(lines::add, 200);
        progress.note("450 documents read, 0 unchanged, 450 to extract");
        progress.documents(0, 450);
        Thread.sleep(100);
        // As the loader reports: after every batch of 50, the last chunk 50 short.
        for (long done = 50; done <= 450; done += 50) {
            progress.documents(done, 450);
        }
        assertEquals("450 documents read, 0 unchanged, 450 to extract", lines.get(0));
        List<String> counts = lines.subList(1, lines.size()).stream()
                .map(l -> l.replaceAll(" \\(.*", "")).toList();
        assertEquals(List.of("200/450 documents processed", "400/450 documents processed", "450/450 documents processed"),
                counts);
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = COUNT_LINE.matcher(line);
            assertTrue(m.matches(), line);
            double rate = Double.parseDouble(m.group(3).replace(',', '.'));
            long done = Long.parseLong(m.group(1));
            // Measured from the start (done 0): at least 100 ms ago, so at most 10 times the count per second.
            assertTrue(rate > 0 && rate <= done * 10.0, line);
            assertEquals(Math.round((450 - done) / rate), Long.parseLong(m.group(4)), 1.0, line);
        }
    }

    @Test
    void aChunkWhoseDocumentsAllFailedStillGetsItsLine() {
        List<String> lines = new ArrayList<>();
        LoadProgress progress = new ProgressLines(lines::add, 4);
        progress.documents(0, 6);
        progress.documents(4, 6);   // the loader reports a chunk with nothing to write once, at its end
        progress.documents(6, 6);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("4/6 documents processed ("), lines.get(0));
        assertTrue(lines.get(1).startsWith("6/6 documents processed ("), lines.get(1));
        assertTrue(lines.get(1).endsWith("about 0 s left)"), lines.get(1));
    }
}
