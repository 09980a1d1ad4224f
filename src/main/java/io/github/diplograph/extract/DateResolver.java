package io.github.diplograph.extract;

import io.github.diplograph.model.DatePrecision;
import io.github.diplograph.model.FuzzyDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them against the publication date of the article.
 *
 * <p>Explicit dates with a year ("September 20, 2023", "20 September 2023", "2023-09-20", "March 2021",
 * "in 2019") resolve on their own. Everything else ("Tuesday", "yesterday", "last year", "In April",
 * "September 20") depends on the publication date and is marked {@code relative}. The precision of the
 * publication date limits the precision of relative results: an article known only to the month cannot
 * place "yesterday" more precisely than that month; with an unknown publication date every relative
 * expression is {@link FuzzyDate#UNKNOWN}. The clock is never consulted.
 */
public final class DateResolver {

    /** A date expression: span relative to the sentence, its text and its resolved date. */
    public record DateMention(int start, int end, String text, FuzzyDate date, boolean relative) {
    }

    private final FuzzyDate published;

    public DateResolver(FuzzyDate published) {
        this.published = published == null ? FuzzyDate.UNKNOWN : published;
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "Monday", DayOfWeek.MONDAY, "Tuesday", DayOfWeek.TUESDAY, "Wednesday", DayOfWeek.WEDNESDAY,
            "Thursday", DayOfWeek.THURSDAY, "Friday", DayOfWeek.FRIDAY, "Saturday", DayOfWeek.SATURDAY,
            "Sunday", DayOfWeek.SUNDAY);

    /** Capitalised words that make a weekday part of a name ("Good Friday", "Super Tuesday"). */
    private static final Set<String> WEEKDAY_NAME_PREFIXES = Set.of(
            "good", "black", "ash", "holy", "super", "cyber", "maundy", "easter", "bloody", "shrove", "palm",
            "whit", "low", "spy", "giving");

    /** Words preceding a month name (without day or year) that make it a date rather than a name or verb. */
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "on", "since", "last", "next", "early", "late", "mid", "until", "till", "by", "of", "during",
            "from", "through", "throughout", "before", "after", "this", "to", "and", "or", "between");
    /** The stricter set for "May" (modal verb, surname) and "March" (verb). */
    private static final Set<String> MAY_CONTEXT = Set.of(
            "in", "on", "since", "last", "next", "early", "late", "mid", "until", "by", "of");
    private static final Set<String> MARCH_CONTEXT = Set.of(
            "in", "on", "since", "last", "next", "early", "late", "mid", "until", "till", "by", "of", "during",
            "from", "through", "throughout", "before", "after", "this");
    /** Modifiers kept inside the mention span. */
    private static final Set<String> SPAN_MODIFIERS = Set.of("last", "next", "early", "late", "mid", "this");

    private static final Set<String> YEAR_CONTEXT = Set.of(
            "in", "since", "by", "of", "during", "until", "till", "from", "early", "late", "mid", "through",
            "throughout", "before", "after", "between");
    /** After these a 4-digit number is often a count ("a total of 2000 troops"). */
    private static final Set<String> COUNT_PRONE = Set.of("of", "from", "by", "until", "till", "through");
    private static final Set<String> COUNT_NOUNS = Set.of(
            "people", "persons", "person", "soldiers", "troops", "police", "officers", "tons", "tonnes",
            "barrels", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "dollars", "euros",
            "yuan", "rupees", "pounds", "units", "cases", "deaths", "votes", "seats", "members", "workers",
            "migrants", "refugees", "students", "vehicles", "homes", "houses", "families", "children", "women",
            "men", "years", "hours", "days", "hectares", "acres", "copies", "items", "doses", "jobs", "visitors",
            "tourists", "delegates", "participants", "companies", "firms", "projects", "villages", "prisoners",
            "detainees", "casualties", "civilians", "fighters", "rockets", "missiles", "drones", "aircraft",
            "jets", "ships", "trucks", "containers", "mw", "kw", "gw", "mwh", "cubic", "square", "percent");
    private static final Set<String> NOT_PLURALS = Set.of(
            "was", "has", "is", "as", "this", "its", "his", "hers", "thus", "plus", "across", "towards",
            "afterwards", "whereas", "unless", "always", "perhaps", "yes", "us", "less", "bus", "gas", "news");

    /**
     * Amounts of time besides {@link Lexicon#NUMBER_WORDS}: before a unit of time "a" and "an" are one
     * ("a week ago"), and "a few" or "a couple of" are taken at their usual size.
     */
    private static final Map<String, Integer> VAGUE_AMOUNTS = Map.of("a", 1, "an", 1, "few", 3, "a few", 3,
            "couple of", 2, "a couple of", 2);

    // ---------------------------------------------------------------------------------------------
    // Patterns

    private static final String MONTH_WORD = "(?<mon>\\p{Lu}[\\p{L}]{2,8})(?<dot>\\.)?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DAY_RANGE = "(?:\\s*[-\u2013]\\s*\\d{1,2}" + ORD + ")?";

    // Compiled once: these run for every date candidate of every sentence.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BETWEEN_WEEKDAY_AND_DAY = Pattern.compile("[\\s,]*(?:the\\s+)?");
    private static final Pattern PERCENT_AFTER = Pattern.compile("(?s)\\s*(?:%|percent\\b|per\\s+cent\\b).*");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d])");
    private static final Pattern MDY = Pattern.compile(
            "\\b" + MONTH_WORD + "\\s+(?<d>\\d{1,2})" + ORD + DAY_RANGE + ",?\\s+(?<y>\\d{4})\\b(?![,.]?\\d)");
    private static final Pattern DMY = Pattern.compile(
            "\\b(?<d>\\d{1,2})" + ORD + DAY_RANGE + "\\s+(?:of\\s+)?" + MONTH_WORD + ",?\\s+(?<y>\\d{4})\\b(?![,.]?\\d)");
    private static final Pattern MY = Pattern.compile(
            "\\b" + MONTH_WORD + ",?\\s+(?:of\\s+)?(?<y>\\d{4})\\b(?![,.]?\\d)");
    private static final Pattern MD = Pattern.compile(
            "\\b" + MONTH_WORD + "\\s+(?<d>\\d{1,2})" + ORD + "\\b(?![,.]?\\d)");
    private static final Pattern DM = Pattern.compile(
            "(?<![\\d$.,])\\b(?<d>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH_WORD + "(?![\\p{L}])");
    private static final Pattern MONTH_IN_CONTEXT = Pattern.compile(
            "\\b(?<pre>[A-Za-z]+)(?:\\s+|-)" + MONTH_WORD + "(?![\\p{L}])(?!\\.?,?\\s+(?:of\\s+)?\\d)");
    private static final Pattern YEAR_IN_CONTEXT = Pattern.compile(
            "\\b(?<pre>[A-Za-z]+)(?:\\s+|-)(?:the\\s+)?(?:year\\s+)?(?<y>\\d{4})\\b(?![,.]?\\d)(?!['\u2019]?s\\b)");
    private static final Pattern YEAR_POSSESSIVE = Pattern.compile("(?<![\\d$.,])\\b(?<y>\\d{4})['\u2019]s\\b");
    private static final Pattern PREVIOUS_MONTH = Pattern.compile("\\b(\\p{Lu}\\p{L}{2,8})\\.?\\s+$");
    private static final Pattern YEAR_RANGE_START = Pattern.compile("(?i)\\b(?:between|from)\\s+\\d{4}\\s+$");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(?<w>[\\p{L}%]+)");

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<pre>(?i:next|last|this\\s+coming|this\\s+past|this|coming|past))\\s+)?"
                    + "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern DAY_WORDS = Pattern.compile(
            "(?i)\\b(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight"
                    + "|this\\s+(?:morning|afternoon|evening)|yesterday|tomorrow)\\b");
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "(?i)(?<!\\bthe\\s)(?<!\\bpast\\s)\\b(?<w>(?:(?<mod>earlier|later)\\s+)?(?<which>last|this|next)\\s+"
                    + "(?<unit>year|month|week))\\b");
    private static final Pattern RECENT_MONTHS = Pattern.compile("(?i)\\bin\\s+recent\\s+months\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b(?<n>\\d{1,3}|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few|a|an|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|eleven|twelve)\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b");

    // ---------------------------------------------------------------------------------------------

    private enum Kind { EXPLICIT_DAY, EXPLICIT, DAY_NO_YEAR, WEEKDAY, OTHER }

    private record Candidate(int start, int end, FuzzyDate date, boolean relative, Kind kind) {
    }

    /** Date expressions in one sentence, left to right, spans relative to {@code sentence}. */
    public List<DateMention> find(String sentence, boolean futureTense) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        List<Candidate> all = new ArrayList<>();
        // Each finder's patterns need a digit or one of a few words: most sentences have neither, and the
        // case-insensitive patterns try every word boundary, so a plain test first spares them the scan.
        boolean digit = hasDigit(sentence);
        if (digit) {
            findExplicit(sentence, futureTense, all);
        }
        findMonthOnly(sentence, futureTense, all);
        if (digit) {
            findYears(sentence, all);
        }
        if (sentence.contains("day")) {
            findWeekdays(sentence, futureTense, all);
        }
        findRelativeWords(sentence, sentence.toLowerCase(Locale.ROOT), all);

        // a weekday directly followed by a full date ("Tuesday, September 20, 2023") adds nothing
        List<Candidate> filtered = new ArrayList<>();
        for (Candidate c : all) {
            if (c.kind == Kind.WEEKDAY && followedByDay(sentence, c, all)) {
                continue;
            }
            filtered.add(c);
        }
        filtered.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<DateMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : filtered) {
            if (c.start < lastEnd) {
                continue;
            }
            out.add(new DateMention(c.start, c.end, sentence.substring(c.start, c.end), c.date, c.relative));
            lastEnd = c.end;
        }
        return out;
    }

    private static boolean followedByDay(String s, Candidate weekday, List<Candidate> all) {
        for (Candidate c : all) {
            if ((c.kind == Kind.EXPLICIT_DAY || c.kind == Kind.DAY_NO_YEAR) && c.start >= weekday.end
                    && BETWEEN_WEEKDAY_AND_DAY.matcher(s.substring(weekday.end, c.start)).matches()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // Explicit dates

    private void findExplicit(String s, boolean futureTense, List<Candidate> out) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = safeDate(num(m, "y"), num(m, "m"), num(m, "d"));
            if (d != null && validYear(d.getYear())) {
                out.add(new Candidate(m.start(), m.end(), FuzzyDate.day(d), false, Kind.EXPLICIT_DAY));
            }
        }
        for (Pattern p : List.of(MDY, DMY)) {
            m = p.matcher(s);
            while (m.find()) {
                int month = month(m, true);
                int year = num(m, "y");
                if (month == 0 || !validYear(year)) {
                    continue;
                }
                LocalDate d = safeDate(year, month, num(m, "d"));
                if (d != null) {
                    out.add(new Candidate(m.start(), m.end(), FuzzyDate.day(d), false, Kind.EXPLICIT_DAY));
                }
            }
        }
        m = MY.matcher(s);
        while (m.find()) {
            int month = month(m, true);
            int year = num(m, "y");
            if (month != 0 && validYear(year)) {
                out.add(new Candidate(m.start(), m.end(), FuzzyDate.month(year, month), false, Kind.EXPLICIT));
            }
        }
        for (Pattern p : List.of(MD, DM)) {
            m = p.matcher(s);
            while (m.find()) {
                int month = month(m, true);
                int day = num(m, "d");
                if (month == 0 || day < 1 || day > 31 || day > YearMonth.of(2000, month).lengthOfMonth()) {
                    continue;
                }
                out.add(new Candidate(m.start(), monthEnd(m), dayWithoutYear(month, day, futureTense), true,
                        Kind.DAY_NO_YEAR));
            }
        }
    }

    private FuzzyDate dayWithoutYear(int month, int day, boolean futureTense) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        LocalDate pub = published.date();
        int year = pub.getYear();
        if (published.precision() == DatePrecision.DAY) {
            LocalDate candidate = safeDate(year, month, day);
            if (candidate == null) {
                return FuzzyDate.UNKNOWN; // 29 February outside a leap year: no good guess
            }
            if (!futureTense && candidate.isAfter(pub.plusDays(7))) {
                year--;
            } else if (futureTense && candidate.isBefore(pub)) {
                year++;
            }
        } else if (published.precision() == DatePrecision.MONTH) {
            int pm = pub.getMonthValue();
            if (!futureTense && month > pm) {
                year--;
            } else if (futureTense && month < pm) {
                year++;
            }
        }
        LocalDate d = safeDate(year, month, day);
        return d == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(d);
    }

    // ---------------------------------------------------------------------------------------------
    // Month names without day or year

    private void findMonthOnly(String s, boolean futureTense, List<Candidate> out) {
        Matcher m = MONTH_IN_CONTEXT.matcher(s);
        int from = 0;
        while (m.find(from)) {
            from = m.start("mon");
            String pre = m.group("pre").toLowerCase(Locale.ROOT);
            int month = month(m, false);
            if (month == 0 || !(monthContextAllows(month, m.group("mon"), pre)
                    || afterMonthRange(s.substring(0, m.start("pre")), pre))) {
                continue;
            }
            int start = SPAN_MODIFIERS.contains(pre) ? m.start("pre") : m.start("mon");
            FuzzyDate date = monthWithoutYear(month, pre, futureTense);
            out.add(new Candidate(start, monthEnd(m), date, true, Kind.OTHER));
        }
    }

    /** "from January to March", "between April and June": the second month of a range. */
    private static boolean afterMonthRange(String before, String pre) {
        if (!(pre.equals("to") || pre.equals("and") || pre.equals("or") || pre.equals("through")
                || pre.equals("until") || pre.equals("till"))) {
            return false;
        }
        Matcher m = PREVIOUS_MONTH.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return MONTHS.containsKey(word) || MONTH_ABBREVIATIONS.containsKey(word);
    }

    private static boolean monthContextAllows(int month, String word, String pre) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("may")) {
            return MAY_CONTEXT.contains(pre);
        }
        if (w.equals("march")) {
            return MARCH_CONTEXT.contains(pre);
        }
        if (pre.equals("and") || pre.equals("or")) {
            // "Merkel and June Smith": months that are also given names need a stronger context
            return month != 4 && month != 6 && month != 8;
        }
        return MONTH_CONTEXT.contains(pre);
    }

    private FuzzyDate monthWithoutYear(int month, String pre, boolean futureTense) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        LocalDate pub = published.date();
        int year = pub.getYear();
        if (published.precision() == DatePrecision.YEAR) {
            if (pre.equals("last") || pre.equals("next")) {
                return FuzzyDate.year(year); // cannot tell which side of the publication month
            }
            return FuzzyDate.month(year, month);
        }
        int pm = pub.getMonthValue();
        switch (pre) {
            case "last" -> year = month < pm ? year : year - 1;
            case "next" -> year = month > pm ? year : year + 1;
            case "this" -> { }
            default -> {
                if (futureTense) {
                    year = month >= pm ? year : year + 1;
                } else {
                    year = month <= pm ? year : year - 1;
                }
            }
        }
        return FuzzyDate.month(year, month);
    }

    // ---------------------------------------------------------------------------------------------
    // Years

    private void findYears(String s, List<Candidate> out) {
        Matcher m = YEAR_IN_CONTEXT.matcher(s);
        int from = 0;
        while (m.find(from)) {
            from = m.start("y");
            String pre = m.group("pre").toLowerCase(Locale.ROOT);
            int year = num(m, "y");
            boolean rangeEnd = (pre.equals("and") || pre.equals("to"))
                    && YEAR_RANGE_START.matcher(s.substring(0, m.start("pre"))).find();
            if (!(YEAR_CONTEXT.contains(pre) || rangeEnd) || !validYear(year) || looksLikeCount(s, m.end(), pre)) {
                continue;
            }
            int start = (pre.equals("early") || pre.equals("late") || pre.equals("mid")) ? m.start("pre") : m.start("y");
            out.add(new Candidate(start, m.end(), FuzzyDate.year(year), false, Kind.EXPLICIT));
        }
        m = YEAR_POSSESSIVE.matcher(s);
        while (m.find()) {
            int year = num(m, "y");
            if (validYear(year)) {
                out.add(new Candidate(m.start(), m.start("y") + 4, FuzzyDate.year(year), false, Kind.EXPLICIT));
            }
        }
    }

    private static boolean looksLikeCount(String s, int end, String pre) {
        String rest = s.substring(end);
        if (PERCENT_AFTER.matcher(rest).matches()) {
            return true;
        }
        Matcher w = NEXT_WORD.matcher(rest);
        if (!w.find()) {
            return false;
        }
        String word = w.group("w");
        if (!Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        if (COUNT_NOUNS.contains(word)) {
            return true;
        }
        return COUNT_PRONE.contains(pre) && word.length() > 3 && word.endsWith("s") && !NOT_PLURALS.contains(word);
    }

    // ---------------------------------------------------------------------------------------------
    // Weekdays

    private void findWeekdays(String s, boolean futureTense, List<Candidate> out) {
        Matcher m = WEEKDAY.matcher(s);
        while (m.find()) {
            String pre = m.group("pre") == null ? "" : SPACES.matcher(m.group("pre").toLowerCase(Locale.ROOT)).replaceAll(" ");
            if (pre.isEmpty() && partOfName(s, m.start("day"))) {
                continue;
            }
            DayOfWeek dow = WEEKDAYS.get(m.group("day"));
            out.add(new Candidate(m.start(), m.end(), weekday(dow, pre, futureTense), true, Kind.WEEKDAY));
        }
    }

    private static boolean partOfName(String s, int dayStart) {
        Matcher p = LAST_WORD.matcher(s.substring(0, dayStart));
        if (p.find()) {
            String w = p.group(1);
            return Character.isUpperCase(w.charAt(0)) && WEEKDAY_NAME_PREFIXES.contains(w.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private FuzzyDate weekday(DayOfWeek dow, String pre, boolean futureTense) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        if (published.precision() != DatePrecision.DAY) {
            return coarsePublished();
        }
        LocalDate pub = published.date();
        int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        int ahead = (dow.getValue() - pub.getDayOfWeek().getValue() + 7) % 7;
        LocalDate onOrBefore = pub.minusDays(back);
        LocalDate after = pub.plusDays(ahead == 0 ? 7 : ahead);
        LocalDate d = switch (pre) {
            case "next", "this coming", "coming" -> after;
            case "last" -> onOrBefore.minusDays(7);
            case "past", "this past" -> back == 0 ? pub.minusDays(7) : onOrBefore;
            default -> futureTense ? after : onOrBefore;
        };
        return FuzzyDate.day(d);
    }

    /** The publication date at its own (coarser than DAY) precision. */
    private FuzzyDate coarsePublished() {
        LocalDate pub = published.date();
        return published.precision() == DatePrecision.MONTH
                ? FuzzyDate.month(pub.getYear(), pub.getMonthValue())
                : FuzzyDate.year(pub.getYear());
    }

    // ---------------------------------------------------------------------------------------------
    // today, yesterday, last year, this month, two weeks ago, in recent months

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The words one of {@link #DAY_WORDS} needs (in lower case). */
    private static final List<String> DAY_WORD_CUES = List.of("today", "tonight", "morning", "afternoon", "evening",
            "yesterday", "tomorrow");

    private static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void findRelativeWords(String s, String lower, List<Candidate> out) {
        Matcher m = DAY_WORDS.matcher(containsAny(lower, DAY_WORD_CUES) ? s : "");
        while (m.find()) {
            String w = SPACES.matcher(m.group("w").toLowerCase(Locale.ROOT)).replaceAll(" ");
            int shift = switch (w) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                case "the day before yesterday" -> -2;
                case "the day after tomorrow" -> 2;
                default -> 0;
            };
            out.add(new Candidate(m.start(), m.end(), shiftDays(shift), true, Kind.OTHER));
        }
        m = PERIOD_WORDS.matcher(containsAny(lower, List.of("year", "month", "week")) ? s : "");
        while (m.find()) {
            String which = m.group("which").toLowerCase(Locale.ROOT);
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (m.group("mod") != null && !which.equals("this")) {
                // "earlier last year": keep only "last year"
                out.add(new Candidate(m.start("which"), m.end(), period(which, unit), true, Kind.OTHER));
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), period(which, unit), true, Kind.OTHER));
        }
        m = RECENT_MONTHS.matcher(lower.contains("recent") ? s : "");
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), period("this", "year"), true, Kind.OTHER));
        }
        m = AGO.matcher(lower.contains("ago") ? s : "");
        while (m.find()) {
            String nText = SPACES.matcher(m.group("n").toLowerCase(Locale.ROOT)).replaceAll(" ");
            Integer n = nText.chars().allMatch(Character::isDigit) ? Integer.valueOf(nText)
                    : Lexicon.NUMBER_WORDS.getOrDefault(nText, VAGUE_AMOUNTS.get(nText));
            if (n == null) {
                continue;
            }
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            out.add(new Candidate(m.start(), m.end(), ago(n, unit), true, Kind.OTHER));
        }
    }

    private FuzzyDate shiftDays(int days) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        if (published.precision() != DatePrecision.DAY) {
            return coarsePublished();
        }
        return FuzzyDate.day(published.date().plusDays(days));
    }

    private FuzzyDate period(String which, String unit) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        LocalDate pub = published.date();
        int offset = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "year" -> FuzzyDate.year(pub.getYear() + offset);
            case "month" -> {
                if (published.precision() == DatePrecision.YEAR) {
                    yield FuzzyDate.year(pub.getYear());
                }
                LocalDate d = pub.withDayOfMonth(1).plusMonths(offset);
                yield FuzzyDate.month(d.getYear(), d.getMonthValue());
            }
            default -> { // week: only the month is precise enough
                if (published.precision() != DatePrecision.DAY) {
                    yield coarsePublished();
                }
                LocalDate d = pub.plusDays(7L * offset);
                yield FuzzyDate.month(d.getYear(), d.getMonthValue());
            }
        };
    }

    private FuzzyDate ago(int n, String unit) {
        if (!published.known()) {
            return FuzzyDate.UNKNOWN;
        }
        LocalDate pub = published.date();
        if (unit.startsWith("year")) {
            return FuzzyDate.year(pub.getYear() - n);
        }
        if (unit.startsWith("month")) {
            if (published.precision() == DatePrecision.YEAR) {
                return coarsePublished();
            }
            LocalDate d = pub.withDayOfMonth(1).minusMonths(n);
            return FuzzyDate.month(d.getYear(), d.getMonthValue());
        }
        if (published.precision() != DatePrecision.DAY) {
            return coarsePublished();
        }
        LocalDate d = unit.startsWith("week") ? pub.minusWeeks(n) : pub.minusDays(n);
        return FuzzyDate.month(d.getYear(), d.getMonthValue());
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /**
     * The month number of the {@code mon} group, or 0. Full names in Title or UPPER case; abbreviations
     * ("Sept.", "Dec") only when {@code abbreviationWithoutDot} or written with a dot.
     */
    private static int month(Matcher m, boolean abbreviationWithoutDot) {
        String word = m.group("mon");
        boolean dotted = m.group("dot") != null;
        boolean titleOrUpper = word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                || word.equals(word.toUpperCase(Locale.ROOT));
        if (!titleOrUpper) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Integer full = MONTHS.get(lower);
        if (full != null) {
            return full;
        }
        Integer abbreviation = MONTH_ABBREVIATIONS.get(lower);
        if (abbreviation != null && (dotted || abbreviationWithoutDot)) {
            return abbreviation;
        }
        return 0;
    }

    /** End of a match that ends in the month word: a full month name does not take a following period. */
    private static int monthEnd(Matcher m) {
        if (m.group("dot") != null && m.end("dot") == m.end()
                && MONTHS.containsKey(m.group("mon").toLowerCase(Locale.ROOT))) {
            return m.end("mon");
        }
        return m.end();
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean validYear(int year) {
        return year >= 1900 && year <= 2100;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
