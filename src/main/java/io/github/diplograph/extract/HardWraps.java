package io.github.diplograph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of a hard-wrapped text (wire copy and archives cut every line near a fixed width,
 * mid-sentence): sentences end at every line break ({@link NlpPipeline}), so "… signed 14 agreements with
 * Cuban⏎Defense Minister X" would cut the title from its country and the sentence from its participant.
 * A line break is replaced by a space, so every offset stays where it was.
 * <p>
 * A text counts as hard-wrapped when at least three lines, and at least half of the lines followed by
 * another line, are wrapped lines: 40 to 100 characters long and ending without a sentence's closing
 * punctuation. Only those lines are joined to the next one; a headline, a short line or a line ending in
 * a full stop keeps its break. Texts written a paragraph per line (most web copy) have longer lines or end
 * them with a full stop, and are left as they are.
 */
final class HardWraps {

    private static final int MIN_WRAPPED = 3;
    private static final int SHORTEST = 40;
    private static final int LONGEST = 100;

    private HardWraps() {
    }

    /** {@code text} with the breaks of its wrapped lines made spaces, or {@code text} itself. */
    static String unwrap(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text;
        }
        List<int[]> lines = lines(text);
        int continued = 0;
        List<int[]> wrapped = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            if (isBlank(text, line) || isBlank(text, lines.get(i + 1))) {
                continue;
            }
            continued++;
            if (isWrapped(text, line)) {
                wrapped.add(line);
            }
        }
        if (wrapped.size() < MIN_WRAPPED || wrapped.size() * 2 < continued) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int[] line : wrapped) {
            // the break after the line: "\n", or "\r\n"
            int end = line[1];
            if (end < out.length && out[end] == '\r') {
                out[end++] = ' ';
            }
            if (end < out.length && out[end] == '\n') {
                out[end] = ' ';
            }
        }
        return new String(out);
    }

    private static boolean isWrapped(String text, int[] line) {
        String s = text.substring(line[0], line[1]).strip();
        if (s.length() < SHORTEST || s.length() > LONGEST) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?:;\"\u201D'\u2019)]".indexOf(last) < 0;
    }

    private static boolean isBlank(String text, int[] line) {
        return text.substring(line[0], line[1]).isBlank();
    }

    /** Start and end (before "\r\n" or "\n") of each line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return lines;
    }
}
