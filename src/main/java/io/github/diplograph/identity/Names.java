package io.github.diplograph.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling-insensitive forms of names: accents folded, punctuation and spacing normalised. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Names() {
    }

    /** "Andrés  López" → "Andres Lopez": accents removed, whitespace collapsed, case kept. */
    public static String fold(String text) {
        // Called for every candidate span of every sentence (gazetteer and title look-ups): most spans are
        // plain ASCII, where decomposition, mark removal and the letter replacements below change nothing.
        if (isAscii(text)) {
            return collapseAsciiWhitespace(text).strip();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's');
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('\u2013', '-');
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Lower-case folded key for comparisons: "Amir-Abdollahian" → "amir abdollahian". */
    public static String key(String text) {
        // What [^a-z0-9]+ → " " does, without a Matcher per call: every run of other characters is one space.
        String folded = fold(text).toLowerCase(Locale.ROOT);
        StringBuilder sb = null;
        boolean inRun = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (keep) {
                if (sb != null) {
                    sb.append(c);
                }
                inRun = false;
            } else {
                if (sb == null) {
                    sb = new StringBuilder(folded.length()).append(folded, 0, i);
                }
                if (!inRun) {
                    sb.append(' ');
                }
                inRun = true;
            }
        }
        return (sb == null ? folded : sb.toString()).strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Java's \s (ASCII whitespace), as in the pattern WHITESPACE. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What replaceAll("\\s+", " ") does, allocating only when some run is not already one space. */
    private static String collapseAsciiWhitespace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                if (!inRun) {
                    sb.append(' ');
                }
                inRun = true;
            } else {
                sb.append(c);
                inRun = false;
            }
        }
        return sb.toString();
    }

    /** Stable id slug: "Andrés López" → "andres-lopez". */
    public static String slug(String text) {
        return key(text).replace(' ', '-');
    }

    /**
     * Could two spellings name one person? One's words contain the other's (surname-only references
     * included), or, for full names, surname and first initial agree ("Sergei"/"Sergey").
     */
    public static boolean sameName(String a, String b) {
        return sameWords(words(a), words(b));
    }

    /** The words of a name's {@link #key}: "Amir-Abdollahian" → [amir, abdollahian]. */
    public static java.util.List<String> words(String name) {
        return java.util.Arrays.asList(key(name).split(" "));
    }

    /** {@link #sameName} on names already split by {@link #words} (callers comparing one name with many keep them). */
    public static boolean sameWords(java.util.List<String> x, java.util.List<String> y) {
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        return x.size() > 1 && y.size() > 1 && x.get(x.size() - 1).equals(y.get(y.size() - 1))
                && x.get(0).charAt(0) == y.get(0).charAt(0);
    }
}
