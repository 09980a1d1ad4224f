package io.github.diplograph.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling-insensitive forms of names: accents folded, punctuation and spacing normalised. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    /** "Andrés  López" → "Andres Lopez": accents removed, whitespace collapsed, case kept. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's');
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('\u2013', '-');
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Lower-case folded key for comparisons: "Amir-Abdollahian" → "amir abdollahian". */
    public static String key(String text) {
        return NON_ALNUM.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
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
        java.util.List<String> x = java.util.Arrays.asList(key(a).split(" "));
        java.util.List<String> y = java.util.Arrays.asList(key(b).split(" "));
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        return x.size() > 1 && y.size() > 1 && x.get(x.size() - 1).equals(y.get(y.size() - 1))
                && x.get(0).charAt(0) == y.get(0).charAt(0);
    }
}
