package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;
import io.github.diplograph.model.FuzzyDate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user-supplied list of actors, the kind event coders keep: who holds a role for which country or
 * organization, and when. It is the weakest evidence there is — read only for a person whose country
 * and organization the text leaves open, never against the text (see docs/EXTRACTION.md).
 *
 * <p>Format: UTF-8, tab-separated, a header line {@code name aliases country organization title start end},
 * then one actor a line. Blank lines and lines starting with {@code #} are skipped. {@code aliases} are
 * {@code |}-separated; {@code country} is an ISO3 code or a country's name; {@code organization} an
 * organization's id or name from the reference data; a row gives one of the two. {@code title},
 * {@code start} and {@code end} are optional; start and end are {@code YYYY-MM-DD}, {@code YYYY-MM} or
 * {@code YYYY} (an end year includes its whole year). Trailing empty columns may be left out.
 */
public final class ActorList {

    /** The columns, in order; the header must name them so (a list of another shape is refused, not guessed). */
    public static final List<String> COLUMNS = List.of("name", "aliases", "country", "organization", "title", "start", "end");

    /** The empty list: nothing is known beyond the text. */
    public static final ActorList EMPTY = new ActorList(List.of(), false);

    /** The world leaders list that ships with the project (see docs/EXTRACTION.md), read once. */
    public static final String LEADERS_RESOURCE = "reference/leaders.tsv";

    /**
     * One actor: a role for a country (ISO3) or an organization (reference id), held from {@code start}
     * to {@code end} (either null when open).
     */
    public record Actor(String name, List<String> aliases, String country, String organization, String title,
                        LocalDate start, LocalDate end, int line) {

        /** Does the article's whole date lie within the term? An undated article only fits an open term. */
        boolean holdsOn(FuzzyDate date) {
            if (start == null && end == null) {
                return true;
            }
            if (date == null || !date.known()) {
                return false;
            }
            LocalDate first = date.date();
            LocalDate last = switch (date.precision()) {
                case YEAR -> first.plusYears(1).minusDays(1);
                case MONTH -> first.plusMonths(1).minusDays(1);
                default -> first;
            };
            return (start == null || !first.isBefore(start)) && (end == null || !last.isAfter(end));
        }
    }

    /** A row or file that cannot be read as an actor list; the message names the file and the line. */
    public static final class FormatException extends IllegalArgumentException {
        FormatException(String message) {
            super(message);
        }
    }

    /**
     * What a list says of one person on one date: the owner (a country or an organization), whether a
     * listed term covers the date, and the listed title when one does (null outside it).
     */
    public record Match(String country, String organization, String title, boolean inTerm) {
    }

    private final List<Actor> actors;
    /** A person's country outlives the term: a former president is still of their country, only not president. */
    private final boolean lifelong;
    private final Map<String, List<Actor>> byName = new HashMap<>();
    private final Set<String> firstWords = new java.util.HashSet<>();
    private final int longestName;

    private ActorList(List<Actor> actors, boolean lifelong) {
        this.actors = List.copyOf(actors);
        this.lifelong = lifelong;
        for (Actor a : this.actors) {
            // A name and its aliases are one actor's spellings: an actor listed once per key, even if an alias repeats the name.
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(a.name()));
            a.aliases().forEach(x -> keys.add(Names.key(x)));
            keys.remove("");
            keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
            keys.forEach(k -> firstWords.add(k.split(" ")[0]));
        }
        this.longestName = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public List<Actor> actors() {
        return actors;
    }

    public boolean isEmpty() {
        return actors.isEmpty();
    }

    /** Could a listed name or alias begin with this word? A cheap test before building longer spellings. */
    boolean beginsAName(String word) {
        String k = Names.key(word);
        int space = k.indexOf(' ');
        return !k.isEmpty() && firstWords.contains(space < 0 ? k : k.substring(0, space));
    }

    /** Is this spelling (accents, case and punctuation ignored) a listed name or alias? */
    boolean lists(String spelling) {
        return byName.containsKey(Names.key(spelling));
    }

    /** The most words a listed name or alias has (kept: every document's mention finder asks). */
    int longestName() {
        return longestName;
    }

    /** The actors listed under this spelling (accents, case and punctuation ignored) whose term covers the date. */
    List<Actor> find(String spelling, FuzzyDate date) {
        return byName.getOrDefault(Names.key(spelling), List.of()).stream().filter(a -> a.holdsOn(date)).toList();
    }

    /**
     * The one owner the list gives a person known by these spellings on this date, or null when it names
     * none or several (a spelling listed for two countries is ambiguous). Rows whose term covers the date
     * come first; in a lifelong list, a person none of whose terms covers the date still has the country
     * all their rows agree on, without a title.
     */
    Match match(java.util.Collection<String> spellings, FuzzyDate date) {
        List<Actor> all = spellings.stream().flatMap(x -> byName.getOrDefault(Names.key(x), List.of()).stream())
                .distinct().toList();
        if (all.isEmpty() && lifelong) {
            // A name found inside a longer one gives the country only: "Khalid bin Salman bin Abdulaziz" holds
            // "Salman bin Abdulaziz", his father the King — of one country, but not one title.
            return oneOwner(spellings.stream().flatMap(x -> within(Names.key(x)).stream()).distinct().toList(), false);
        }
        List<Actor> inTerm = all.stream().filter(a -> a.holdsOn(date)).toList();
        if (!inTerm.isEmpty() || !lifelong) {
            return oneOwner(inTerm, true);
        }
        return oneOwner(all, false);
    }

    /**
     * Actors listed under a spelling of two words or more found whole inside a longer one: "Abd-Rabbu Mansour
     * Hadi" ends with "Mansour Hadi", "Haitham bin Tariq bin Taimur" begins with "Haitham bin Tariq" — the
     * transliterations of a full name vary more than its parts.
     */
    private List<Actor> within(String key) {
        String[] words = key.split(" ");
        List<Actor> found = new ArrayList<>();
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 2; to <= words.length; to++) {
                if (to - from < words.length) {
                    found.addAll(byName.getOrDefault(String.join(" ", Arrays.copyOfRange(words, from, to)), List.of()));
                }
            }
        }
        return found;
    }

    private static Match oneOwner(List<Actor> found, boolean withTitle) {
        Set<String> owners = new java.util.HashSet<>();
        found.forEach(x -> owners.add(x.country() != null ? x.country() : "org:" + x.organization()));
        if (owners.size() != 1) {
            return null;
        }
        Actor a = found.get(0);
        return new Match(a.country(), a.organization(), withTitle ? a.title() : null, withTitle);
    }

    private static volatile ActorList leaders;

    /** The shipped world leaders list: heads of state and government, ministers, speakers and heads of international bodies since 2000. */
    public static ActorList leaders() {
        ActorList l = leaders;
        if (l == null) {
            synchronized (ActorList.class) {
                if (leaders == null) {
                    leaders = readResource(LEADERS_RESOURCE);
                }
                l = leaders;
            }
        }
        return l;
    }

    private static ActorList readResource(String resource) {
        try (java.io.InputStream in = ActorList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Actor> rows = parse(resource, lines, ReferenceData.get()).actors;
            return new ActorList(rows, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(resource + " cannot be read", e);
        }
    }

    /** Reads a list; a missing file, a wrong header or a bad row is a {@link FormatException} naming the file and line. */
    public static ActorList read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FormatException(file + ": actor list not found");
        } catch (CharacterCodingException e) {
            throw new FormatException(file + ": actor list is not UTF-8 text");
        } catch (IOException e) {
            throw new FormatException(file + ": actor list cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines, ReferenceData.get());
    }

    static ActorList parse(String file, List<String> lines, ReferenceData ref) {
        List<Actor> actors = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!header) {
                List<String> names = Arrays.stream(f).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
                if (!names.equals(COLUMNS)) {
                    throw error(file, number, "expected the header " + String.join("<TAB>", COLUMNS) + ", found \""
                            + line.strip().replace("\t", "<TAB>") + "\"");
                }
                header = true;
                continue;
            }
            actors.add(row(file, number, f, ref));
        }
        if (!header) {
            throw new FormatException(file + ": actor list has no header line (" + String.join("<TAB>", COLUMNS) + ")");
        }
        return new ActorList(actors, false);
    }

    private static Actor row(String file, int line, String[] f, ReferenceData ref) {
        if (f.length > COLUMNS.size()) {
            throw error(file, line, f.length + " columns, expected at most " + COLUMNS.size() + " (tab-separated: "
                    + String.join(", ", COLUMNS) + ")");
        }
        String name = field(f, 0);
        if (name == null) {
            throw error(file, line, "no name");
        }
        List<String> aliases = field(f, 1) == null ? List.of()
                : Arrays.stream(field(f, 1).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String countryText = field(f, 2);
        String organizationText = field(f, 3);
        if ((countryText == null) == (organizationText == null)) {
            throw error(file, line, "give a country or an organization" + (countryText == null ? "" : ", not both"));
        }
        String country = null;
        String organization = null;
        if (countryText != null) {
            country = country(countryText, ref);
            if (country == null) {
                throw error(file, line, "unknown country \"" + countryText + "\" (an ISO3 code or a country's name)");
            }
        } else {
            organization = organization(organizationText, ref);
            if (organization == null) {
                throw error(file, line, "unknown organization \"" + organizationText
                        + "\" (an id or name from the reference data's organizations.tsv)");
            }
        }
        String title = field(f, 4);
        if (title != null && ref.title(title) != null) {
            // The reference spelling, so that "foreign minister" in the list and "Foreign Minister" in a text are one role.
            title = ref.title(title).canonical();
        }
        LocalDate start = date(file, line, "start", field(f, 5), false);
        LocalDate end = date(file, line, "end", field(f, 6), true);
        if (start != null && end != null && end.isBefore(start)) {
            throw error(file, line, "end " + field(f, 6) + " is before start " + field(f, 5));
        }
        return new Actor(name, aliases, country, organization, title, start, end, line);
    }

    private static String country(String text, ReferenceData ref) {
        if (ref.country(text.toUpperCase(Locale.ROOT)) != null) {
            return text.toUpperCase(Locale.ROOT);
        }
        ReferenceData.Entry e = ref.lookup(text);
        return e != null && e.kind() == ReferenceData.Kind.COUNTRY ? e.country().iso3() : null;
    }

    private static String organization(String text, ReferenceData ref) {
        if (ref.organization(text) != null) {
            return text;
        }
        ReferenceData.Entry e = ref.lookup(text);
        return e != null && e.kind() == ReferenceData.Kind.ORGANIZATION ? e.organization().id() : null;
    }

    /** The first day of a start period, the last day of an end period ("2021" ends on 31 December 2021). */
    private static LocalDate date(String file, int line, String column, String text, boolean end) {
        if (text == null) {
            return null;
        }
        FuzzyDate d;
        try {
            if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new DateTimeParseException(text, text, 0);
            }
            d = FuzzyDate.parse(text);
        } catch (RuntimeException e) {
            throw error(file, line, column + " \"" + text + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        if (!end) {
            return d.date();
        }
        return switch (d.precision()) {
            case YEAR -> d.date().plusYears(1).minusDays(1);
            case MONTH -> d.date().plusMonths(1).minusDays(1);
            default -> d.date();
        };
    }

    private static String field(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? f[i].strip() : null;
    }

    private static FormatException error(String file, int line, String reason) {
        return new FormatException(file + ":" + line + ": " + reason);
    }
}
