package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * General world knowledge the extractor relies on, loaded once from {@code reference/*.tsv}: countries
 * (ISO codes, names, aliases, demonyms, capitals, seats of power), cities, organizations and titles.
 * See docs/DATA-LICENCES.md for sources.
 */
public final class ReferenceData {

    public record Country(String iso3, String name, List<String> aliases, List<String> demonyms,
                          List<String> capitals, List<String> seats) {
    }

    public record City(String name, String iso3) {
    }

    public record Organization(String id, String name, String kind, String country) {
    }

    /**
     * A title; {@code plural} when the text wrote it in the plural before a list of names ("Foreign Ministers
     * Doe and Roe"); {@code country} when the title is one country's alone ("Taoiseach", "Secretary of State"
     * before a name), else null.
     */
    public record Title(String phrase, String canonical, String rank, boolean plural, String country) {
        public Title(String phrase, String canonical, String rank) {
            this(phrase, canonical, rank, false, null);
        }

        /** The same title written in the plural. */
        public Title inPlural(String pluralPhrase) {
            return new Title(pluralPhrase, canonical, rank, true, country);
        }
    }

    /** What a span of text can mean. */
    public enum Kind { COUNTRY, DEMONYM, CAPITAL, SEAT, CITY, ORGANIZATION }

    /** One meaning of a name: a country (by name, demonym, capital or seat), a city or an organization. */
    public record Entry(Kind kind, String surface, Country country, City city, Organization organization) {
    }

    private static volatile ReferenceData shared;

    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Entry> names = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    /** The first word of every title, as {@link #wordStart} cuts it: most tokens start none, and are not looked up. */
    private final java.util.Set<String> titleStarts = new java.util.HashSet<>();
    /** The first word of every name, as {@link #wordStart} cuts it: most capitalised words start none. */
    private final java.util.Set<String> nameStarts = new java.util.HashSet<>();
    private final Map<String, Organization> organizationsById = new HashMap<>();
    private int longestName = 1;
    private int longestTitle = 1;

    public static ReferenceData get() {
        ReferenceData r = shared;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (shared == null) {
                    shared = new ReferenceData();
                }
                r = shared;
            }
        }
        return r;
    }

    private ReferenceData() {
        read("countries.tsv", f -> {
            Country c = new Country(f[0], f[1], list(f, 2), list(f, 3), list(f, 4), list(f, 5));
            countries.put(c.iso3(), c);
        });
        // Order matters where a string has two meanings: a country name wins over a city of the same name.
        for (Country c : countries.values()) {
            c.seats().forEach(s -> put(new Entry(Kind.SEAT, s, c, null, null)));
            c.capitals().forEach(s -> put(new Entry(Kind.CAPITAL, s, c, null, null)));
        }
        read("cities.tsv", f -> {
            Country c = countries.get(f[2]);
            City city = new City(f[0], f[2]);
            for (String name : concat(f[0], list(f, 1))) {
                if (!names.containsKey(Names.fold(name))) {
                    put(new Entry(Kind.CITY, name, c, city, null));
                }
            }
        });
        read("organizations.tsv", f -> {
            Organization o = new Organization(Names.slug(f[0]), f[0], f.length > 2 ? f[2] : "OTHER",
                    f.length > 3 && !f[3].isBlank() ? f[3] : null);
            organizationsById.put(o.id(), o);
            concat(f[0], list(f, 1)).forEach(s -> put(new Entry(Kind.ORGANIZATION, s, null, null, o)));
        });
        for (Country c : countries.values()) {
            c.demonyms().forEach(s -> put(new Entry(Kind.DEMONYM, s, c, null, null)));
        }
        for (Country c : countries.values()) {
            concat(c.name(), c.aliases()).forEach(s -> put(new Entry(Kind.COUNTRY, s, c, null, null)));
        }
        for (Country c : countries.values()) {
            // "Timor Leste", "Guinea Bissau": news drops the hyphen of a country's name as often as it keeps it.
            concat(c.name(), c.aliases()).stream().filter(s -> s.contains("-")).map(s -> s.replace('-', ' '))
                    .filter(s -> lookup(s) == null).forEach(s -> put(new Entry(Kind.COUNTRY, s, c, null, null)));
        }
        read("titles.tsv", f -> {
            Title t = new Title(f[0].toLowerCase(Locale.ROOT), f[1], f.length > 2 ? f[2] : "OTHER", false,
                    f.length > 3 && !f[3].isBlank() ? f[3] : null);
            titles.put(Names.fold(t.phrase()), t);
            titleStarts.add(wordStart(Names.fold(t.phrase())));
            longestTitle = Math.max(longestTitle, t.phrase().split("[ -]").length);
        });
    }

    private void put(Entry e) {
        String key = Names.fold(e.surface());
        if (key.isEmpty()) {
            return;
        }
        names.put(key, e);
        nameStarts.add(wordStart(key));
        longestName = Math.max(longestName, key.split(" ").length);
    }

    /** The meaning of an exact (case-sensitive, accent-folded) name, or null. */
    public Entry lookup(String surface) {
        return names.get(Names.fold(surface));
    }

    /** The title for a lower-case phrase ("foreign minister"), or null. */
    public Title title(String phrase) {
        return titles.get(Names.fold(phrase.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a title can begin with this (lower-case) word, or with its singular ("ministers"): false means
     * no phrase starting with it is a title, so its spans need no look-up.
     */
    public boolean mayStartTitle(String lowerWord) {
        String w = wordStart(Names.fold(lowerWord));
        return titleStarts.contains(w) || w.endsWith("ies") && titleStarts.contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("s") && titleStarts.contains(w.substring(0, w.length() - 1));
    }

    /**
     * Whether a name (country, city, organization …) can begin with this token's text: false means no span
     * starting with it needs a {@link #lookup}.
     */
    public boolean mayStartName(String tokenText) {
        return nameStarts.contains(wordStart(Names.fold(tokenText)));
    }

    /** The letters and digits a phrase begins with, up to its first other character: "vice-president" → "vice". */
    private static String wordStart(String phrase) {
        int k = 0;
        while (k < phrase.length() && Character.isLetterOrDigit(phrase.charAt(k))) {
            k++;
        }
        return phrase.substring(0, k);
    }

    public Country country(String iso3) {
        return countries.get(iso3);
    }

    /** Every country, by ISO3 code. */
    public java.util.SortedMap<String, Country> countries() {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(countries));
    }

    public Organization organization(String id) {
        return organizationsById.get(id);
    }

    public int longestNameTokens() {
        return longestName + 2;
    }

    public int longestTitleTokens() {
        return longestTitle + 2;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> list(String[] fields, int i) {
        if (fields.length <= i || fields[i].isBlank()) {
            return List.of();
        }
        return Arrays.stream(fields[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void read(String file, Consumer<String[]> row) {
        String resource = "reference/" + file;
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
