package io.github.diplograph.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bar of load, reload and watch, drawn by the real progressbar library into a stream we read (the
 * width given, so no terminal is asked): the count, the rate and the time left, notes on their own lines,
 * and nothing drawn once it is closed.
 */
class ProgressDisplayTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private ProgressDisplay display(boolean shown) {
        return new ProgressDisplay(err, shown, new ConsoleProgressBarConsumer(err, 100), ProgressBarStyle.ASCII);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBarShowsTheCountTheRateAndTheTimeLeft() throws InterruptedException {
        try (ProgressDisplay progress = display(true)) {
            progress.note("10 documents read, 0 unchanged, 10 to extract");
            progress.documents(0, 10);
            Thread.sleep(1_100);    // the library measures its rate in whole seconds
            progress.documents(4, 10);
        }
        String out = output();
        assertTrue(out.startsWith("  10 documents read, 0 unchanged, 10 to extract" + System.lineSeparator()), out);
        String last = lastDrawing(out);
        assertTrue(last.contains(" 4/10 docs "), last);
        assertTrue(Pattern.compile("\\d+[.,]\\d docs/s").matcher(last).find(), last);
        // (elapsed / time left)
        assertTrue(Pattern.compile("\\(0:00:0\\d / 0:00:0\\d\\)").matcher(last).find(), last);
        assertTrue(out.endsWith(System.lineSeparator()), "the bar's line is ended: " + out);

        Thread.sleep(1_200);    // the library redraws every second while a bar is open
        assertEquals(out, output(), "nothing drawn after close");
    }

    @Test
    void asLinesItPrintsTheFirstBatchAndTheLastAsPlainLines() {
        try (ProgressDisplay progress = display(true).asLines()) {
            progress.documents(0, 10);
            progress.documents(1, 10);
            progress.documents(2, 10);   // within 10 s of the first line: not printed
            progress.documents(10, 10);
        }
        List<String> lines = output().lines().toList();
        assertEquals(2, lines.size(), output());
        assertTrue(lines.get(0).matches("  1/10 documents processed \\(\\d+[.,]\\d docs/s, about \\d+ s left\\)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("  10/10 documents processed"), lines.get(1));
    }

    @Test
    void aNoteWhileTheBarIsDrawnEndsTheBarFirst() {
        try (ProgressDisplay progress = display(true)) {
            progress.documents(0, 10);
            progress.documents(3, 10);
            progress.note("something to say");
        }
        List<String> lines = output().lines().toList();
        assertEquals("  something to say", lines.get(lines.size() - 1), output());
        assertTrue(lastDrawing(lines.get(lines.size() - 2)).contains("3/10 docs"), output());
    }

    @Test
    void notOnATerminalOnlyAnUnfinishedRunIsMentioned() {
        try (ProgressDisplay progress = display(false)) {
            progress.note("10 documents read, 0 unchanged, 10 to extract");
            progress.documents(0, 10);
            progress.documents(10, 10);
            progress.note("the run 42 of this source started at 2026-01-01T00:00Z never finished (killed?); marked INCOMPLETE");
        }
        assertEquals("diplograph: the run 42 of this source started at 2026-01-01T00:00Z never finished (killed?); "
                + "marked INCOMPLETE" + System.lineSeparator(), output());
    }

    /** What the terminal shows of a bar's line: the last drawing after a carriage return. */
    private static String lastDrawing(String out) {
        String line = out.stripTrailing();
        return line.substring(line.lastIndexOf('\r') + 1);
    }
}
