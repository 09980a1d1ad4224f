package io.github.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the parts of a scraped news text that are not the story: bylines, datelines, "Related News"
 * blocks, photo captions and credits, ownership and legal lines, tweet embeds, navigation menus and
 * repeated paragraphs. Removed characters become spaces and line breaks stay, so every offset into the
 * cleaned text is an offset into the original text.
 *
 * <p>The rules look at the shape of a line (prefix words, length, capitalisation, punctuation), never at
 * a particular outlet, so they apply to news from any country.
 */
public final class NoiseFilter {

    /** The cleaned text (same length as the input) and what was removed, in text order. */
    public record CleanText(String text, List<Region> removed) {
    }

    /** A removed span {@code [start, end)} of the original text and a short reason word. */
    public record Region(int start, int end, String reason) {
    }

    public static final String BYLINE = "byline";
    public static final String DATELINE = "dateline";
    public static final String RELATED = "related-links";
    public static final String CAPTION = "caption";
    public static final String OWNERSHIP = "ownership";
    public static final String TWEET = "tweet";
    public static final String NAVIGATION = "navigation";
    public static final String DUPLICATE = "duplicate";
    public static final String ADDRESS = "form-of-address";

    // ---------------------------------------------------------------------------------------------
    // Line patterns (matched against the line with leading whitespace stripped)

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?"
            + "|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?"
            + "|DEC(?:EMBER)?)\\.?";

    // Compiled once: these run on every line of every document.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern PARTICLED_NAME = Pattern.compile(
            "(?:al|el|ad|ar|as|an|ibn|bin|bint|abu|van|von|de|da|di|du|le|la|d')[-\u2019']?\\p{L}+");
    private static final Pattern JOINED_CAPITAL = Pattern.compile(".*[-\u2019']\\p{Lu}.*");
    private static final Pattern ENDS_WITH_PUNCTUATION = Pattern.compile(".*[.!?:;]$");
    private static final Pattern ENDS_LIKE_PROSE = Pattern.compile(".*[.!:;,\"\u201D\u2019']$");
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(".*\\b(?:\\p{Lu}|Jr|Sr|St|Inc|Ltd|Co)\\.$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern HAS_LOWER_CASE = Pattern.compile(".*\\p{Ll}.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)(?:photos?|image|picture|pic|file\\s+photo|file|credit|photo\\s+credit|video)\\s*(?:[:/]|\\bby\\b).*");
    private static final Pattern PHOTO_WORDS = Pattern.compile("(?i)file\\s+photo|file\\s+picture|representational\\s+image|photo");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(".*(?:\\b\\p{Lu}\\.|Jr\\.|Sr\\.|Inc\\.|Ltd\\.)$");

    /** "By Jane Doe", "BY JANE DOE and JOHN ROE, Reuters" — the name part is checked separately. */
    private static final Pattern BY_LINE = Pattern.compile("^(?:By|BY|by)\\s*:?\\s+(?<names>\\S.*?)\\s*$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?i:(?:written|reported|edited|compiled|produced|translated|prepared|filed)\\s+by\\b"
                    + "|(?:additional\\s+)?(?:reporting|writing|editing|research|translation)\\s+by\\b"
                    + "|(?:web\\s+|chief\\s+|managing\\s+|copy\\s+|news\\s+)?editors?\\s*:"
                    + "|(?:authors?|contributors?|correspondents?|reporters?|writers?)\\s*:)");
    /** "Published: 13 May 2024 10:30", "Updated on May 13, 2024": page metadata, short and with a number. */
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^(?i:published|updated|last\\s+updated|posted|first\\s+published|date)\\s*(?::|\\bon\\b|\\bat\\b)"
                    + "(?=.*\\d).*$");
    /** "(Reporting by …; Editing by …)" anywhere. */
    private static final Pattern CREDIT_SEGMENT = Pattern.compile(
            "\\((?i:(?:additional\\s+)?(?:reporting|writing|editing|compiled|written|edited|research)\\s+by)[^()]*\\)");

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'\u2019.\\-]*";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}'\u2019\\-]+";
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'\u2019\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019\\-]*){0,3})";
    private static final String DATE = "(?:,?\\s+(?:" + MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+" + MONTH
            + "(?:,?\\s+\\d{4})?))";
    private static final String AGENCY = "(?:\\s*\\((?<agency>[^()\\n]{1,40})\\))";
    private static final String SENTENCE_START = "(?=[\\p{Lu}\\p{N}\"\u201C'\u2018(])";
    private static final String SEPARATOR = "(?:\\s*(?:--|\u2014|\u2013|\\.-|\\.\u2014)|\\s+-|(?<=\\))-)";

    /** "BEIJING, May 13 (Xinhua) --", "NAIROBI, Kenya (AP) —", "WASHINGTON, D.C. –", "NEW DELHI:". */
    private static final Pattern CAPS_DATELINE = Pattern.compile(
            "^(?<city>" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,3})" + REGION + "?" + DATE + "?" + AGENCY + "?"
                    + "(?:" + SEPARATOR + "|(?<colon>:))[ \\t\\u00A0]+" + SENTENCE_START);
    /** "Beijing, May 13 (Xinhua) --", "Jakarta:": a Title-case place needs a date, an agency or a colon to count. */
    private static final Pattern TITLE_DATELINE = Pattern.compile(
            "^(?<city>" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,2})" + REGION + "?(?<date>" + DATE + ")?"
                    + AGENCY + "?(?:" + SEPARATOR + "|(?<colon>:))[ \\t\\u00A0]+" + SENTENCE_START);
    /** "Kathmandu, Nov 2 (IANS) Indian President …", "New Delhi [India], Nov 6 (ANI): …": a place, a date and an
     * agency need no dash. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?<city>" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,2}|" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,2})"
                    + "(?:\\s*\\[[^\\]\\n]{2,30}\\])?" + REGION + "?" + DATE + AGENCY + ":?[ \\t\\u00A0]+" + SENTENCE_START);
    /** "NEWSWIRE. Kenyan President …": an all-caps source name closed by a period. */
    private static final Pattern SOURCE_PREFIX = Pattern.compile(
            "^(?<src>\\p{Lu}[\\p{Lu}\\-&]{3,}(?:\\s+\\p{Lu}[\\p{Lu}\\-&]+){0,2})\\.\\s+(?=[\\p{Lu}\"\u201C])");

    private static final Pattern TEASER_LINE = Pattern.compile(
            "^(?i:read\\s+more|read\\s+next|read\\s+also|also\\s+read|see\\s+also|must\\s+read|also\\s+see"
                    + "|read\\s+the\\s+full|read\\s+full)\\b\\s*(?<sep>[:|\\-\u2013\u2014>\u00BB]?)(?<rest>.*)$"
                    + "|^(?i:watch|listen|related|also\\s+watch|video)\\s*[:|](?<rest2>.*)$");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?i:related(?:\\s+(?:news|readings?|stories|story|articles?|content|coverage|posts?|links|topics))?"
                    + "|more\\s+from\\s+(?:this|the)\\s+section|more\\s+from\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}"
                    + "|more\\s+(?:stories|news|on\\s+this(?:\\s+story)?)|you\\s+may\\s+also\\s+like"
                    + "|you\\s+might\\s+also\\s+like|you\\s+may\\s+also\\s+be\\s+interested\\s+in|most\\s+read"
                    + "|most\\s+popular|most\\s+viewed|trending(?:\\s+now|\\s+news|\\s+stories)?|top\\s+stories"
                    + "|latest\\s+news|recommended(?:\\s+stories)?|editor'?s\\s+picks?|further\\s+reading"
                    + "|in\\s+other\\s+news|popular\\s+stories)\\s*:?\\s*$");

    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^(?i:photo\\s*credits?|photos?|image\\s*(?:credits?|source)?|images|pictures?|pic|credits?|caption"
                    + "|pictured|file\\s+photo|source\\s+of\\s+image)\\s*:.*$"
                    + "|^(?i:file\\s+photo|photo\\s+by|photograph\\s+by|photos\\s+by|image\\s+by|picture\\s+by)\\b.*$"
                    // "Photo shows X with Y during his visit … .—File Photo": what a picture shows, not the story.
                    + "|^(?i:photo\\s+shows|picture\\s+shows|image\\s+shows|in\\s+this\\s+(?:file\\s+)?photo)\\b.*$"
                    + "|^.*[\\-\u2013\u2014]\\s*(?i:file\\s+photo|file\\s+picture)\\s*\\.?\\s*$");
    /** "(Reuters/Daniel Otieno)", "(AFP/Getty Images)", "(Photo: …)", "[Photo/Agencies]", "(File photo)". */
    private static final Pattern CREDIT_PAREN = Pattern.compile(
            "[(\\[]\\s*(?:(?i:photos?|image|picture|pic|file\\s+photo|file|credit|photo\\s+credit|video)"
                    + "\\s*(?:[:/]|\\bby\\b)[^()\\[\\]\\n]{0,80}"
                    + "|(?i:file\\s+photo|file\\s+picture|representational\\s+image|photo)"
                    + "|\\p{Lu}[\\p{L}.&'\\-]*(?:\\s+\\p{Lu}[\\p{L}.&'\\-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.&'\\-]*"
                    + "(?:\\s+\\p{L}[\\p{L}.&'\\-]*){0,4})\\s*[)\\]]");
    /** "(R)", "(2nd L)", "(L-R)", "(left)": positions of people in a photo. */
    private static final Pattern POSITION_MARKER = Pattern.compile(
            "\\((?:\\d(?:st|nd|rd|th)\\s+)?(?:[LRC]|L-R|R-L|left|right|cent(?:er|re)|front|back|from\\s+left"
                    + "|from\\s+right|\\d(?:st|nd|rd|th)\\s+(?:left|right))\\)");
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(
            "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})\\.?\\s*$");
    /** "REUTERS/Daniel Otieno", "AFP via Getty Images": a line that is only a credit. */
    private static final Pattern BARE_CREDIT_LINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.&'\\-]*(?:\\s+\\p{Lu}[\\p{L}.&'\\-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.&'\\-]*"
                    + "(?:\\s+\\p{Lu}[\\p{L}.&'\\-]*){0,3}|(?:\\p{Lu}\\p{L}*\\s+)?(?:via\\s+)?Getty\\s+Images)\\s*$");

    /** "… in Nairobi, Kenya May 13, 2024. REUTERS/Daniel Otieno": an agency in capitals, a slash, a name. */
    private static final Pattern TRAILING_CAPS_CREDIT = Pattern.compile(
            "(?<=\\s|^)\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?\\s*/\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}\\s*$");

    private static final Pattern OWNERSHIP_LINE = Pattern.compile(
            "^(?i:this\\s+(?:article|story|content|piece)\\s+(?:is|was|has\\s+been|first|originally"
                    + "|appeared)\\b.*\\b(?:owned|published|edited|generated|syndicated|appeared|produced|provided"
                    + "|republished|reproduced|licensed)\\b"
                    + "|disclaimer\\s*:|copyright\\s*(?:\\u00A9|\\(c\\)|\\d{4})|\\u00A9|\\(c\\)\\s*\\d{4}"
                    + "|all\\s+rights\\s+reserved|\\(?except\\s+for\\s+the\\s+headline"
                    + "|follow\\s+(?:us|@)|subscribe\\b|sign\\s+up\\b|click\\s+here|tap\\s+here"
                    + "|share\\s+(?:this|on|via)\\b|advertisement|sponsored(?:\\s+content)?|download\\s+(?:the|our)\\s+app"
                    + "|join\\s+our\\s+(?:whatsapp|telegram)|get\\s+the\\s+latest\\s+news|for\\s+more\\s+news"
                    + "|also\\s+follow\\s+us|source\\s*:)");
    private static final Pattern OWNERSHIP_ANYWHERE = Pattern.compile(
            "(?i:all\\s+rights\\s+reserved|copyright\\s*(?:\\u00A9|\\(c\\)|\\d{4})|\\u00A9\\s*\\d{4})");
    private static final Pattern OWNERSHIP_SEGMENT = Pattern.compile(
            "\\((?i:except\\s+for\\s+the\\s+headline|this\\s+(?:story|article|report|content)\\s+(?:has|was|is))"
                    + "[^()]*\\)");

    private static final Pattern TWEET_MARK = Pattern.compile(
            "pic\\.twitter\\.com|(?<![\\p{L}\\d.])t\\.co/|(?:twitter|x)\\.com/\\w+/status/");
    private static final Pattern TWEET_SIGNATURE = Pattern.compile(
            "(?:\u2014|\u2013|--)\\s*[^\\n]{0,80}\\(@\\w{1,15}\\)\\s*(?:" + MONTH + "\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+"
                    + MONTH + "\\s+\\d{4})\\s*$");
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*(?:\\||\u2022|\u00B7|\u00BB|\u203A|>)\\s*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.\\-]*");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)");
    private static final Set<String> NAME_CONNECTORS = Set.of(
            "and", "&", ",", "|", "-", "\u2013", "\u2014", "of", "in", "for", "at", "with", "de", "da", "van", "von",
            "der", "del", "la", "le", "bin", "al", "el", "y", "e", "/", ";");

    // ---------------------------------------------------------------------------------------------

    /** Blanks out text that is not the story, keeping every offset: removed characters become spaces, newlines stay. */
    public CleanText clean(String text) {
        if (text == null || text.isEmpty()) {
            return new CleanText(text == null ? "" : text, List.of());
        }
        List<int[]> lines = lines(text);
        String[] reason = new String[text.length()];

        boolean[] lineRemoved = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lineRemoved[i]) {
                continue;
            }
            int ls = lines.get(i)[0];
            int le = lines.get(i)[1];
            String raw = text.substring(ls, le);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int off = ls + indexOfFirstNonSpace(raw);
            String whole = wholeLineReason(line);
            if (whole != null) {
                mark(reason, ls, le, whole);
                lineRemoved[i] = true;
                if (whole.equals(TWEET) && startsWithSignature(line)) {
                    // the tweet's text sits on the line just above its "— Name (@handle) date" signature
                    if (i > 0 && !text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]).isBlank()
                            && words(text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1])) <= 70) {
                        mark(reason, lines.get(i - 1)[0], lines.get(i - 1)[1], TWEET);
                        lineRemoved[i - 1] = true;
                    }
                }
                if (whole.equals(RELATED) && opensBlock(line)) {
                    removeHeadlineBlock(text, lines, i, reason, lineRemoved);
                }
                continue;
            }
            if (i < 8 && placeAboveDate(text, lines, i, line)) {
                mark(reason, ls, le, DATELINE);
                lineRemoved[i] = true;
                continue;
            }
            removeDateline(line, off, reason);
            removeSegments(text, ls, le, reason);
        }
        removeDuplicates(text, lines, reason, lineRemoved);
        removeFormsOfAddress(text, reason);
        return build(text, reason);
    }

    // ---------------------------------------------------------------------------------------------
    // whole lines

    private String wholeLineReason(String line) {
        if (TWEET_MARK.matcher(line).find() || TWEET_SIGNATURE.matcher(line).find()) {
            return TWEET;
        }
        if (isNavigation(line)) {
            return NAVIGATION;
        }
        if (isByline(line)) {
            return BYLINE;
        }
        if (isTeaser(line) || RELATED_HEADING.matcher(line).matches()) {
            return RELATED;
        }
        if (isOwnership(line)) {
            return OWNERSHIP;
        }
        if (isCaption(line)) {
            return CAPTION;
        }
        return null;
    }

    private static boolean startsWithSignature(String line) {
        return line.startsWith("\u2014") || line.startsWith("\u2013") || line.startsWith("--");
    }

    static boolean isByline(String line) {
        if (CREDIT_LINE.matcher(line).lookingAt()) {
            return words(line) <= 30;
        }
        if (TIMESTAMP_LINE.matcher(line).matches()) {
            return words(line) <= 12;
        }
        if (line.startsWith("(") && CREDIT_SEGMENT.matcher(line).matches()) {
            return true;
        }
        Matcher m = BY_LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String names = m.group("names");
        if (names.endsWith(".") && !ENDS_WITH_INITIAL.matcher(names).matches()) {
            return false;
        }
        String[] tokens = SPACES.split(names.replace(",", " , ").replace(";", " ; ").trim());
        if (tokens.length == 0 || tokens.length > 16) {
            return false;
        }
        if (WEEKDAY.matcher(tokens[0]).matches() || !Character.isUpperCase(tokens[0].charAt(0))) {
            return false;
        }
        int nameWords = 0;
        for (String t : tokens) {
            if (NAME_CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (t.startsWith("@") || (Character.isUpperCase(t.codePointAt(0)) && !HAS_DIGIT.matcher(t).matches())
                    || PARTICLED_NAME.matcher(t).matches()
                    && JOINED_CAPITAL.matcher(t).matches()) {
                nameWords++;
                continue;
            }
            return false;
        }
        return nameWords >= 1;
    }

    private static boolean isTeaser(String line) {
        Matcher m = TEASER_LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        if (m.group("rest2") != null) {
            return true;
        }
        // a link is marked by a separator, capitals ("READ MORE"), a capitalised headline or nothing after it;
        // a sentence that merely starts with these words ("Read more about …" in lower case) stays
        String sep = m.group("sep");
        String rest = m.group("rest").strip();
        String prefix = line.substring(0, m.start("sep")).strip();
        return !sep.isEmpty() || rest.isEmpty() || Character.isUpperCase(rest.codePointAt(0))
                || prefix.equals(prefix.toUpperCase(Locale.ROOT));
    }

    private static boolean opensBlock(String line) {
        if (RELATED_HEADING.matcher(line).matches()) {
            return true;
        }
        Matcher m = TEASER_LINE.matcher(line);
        if (m.matches()) {
            String rest = m.group("rest") != null ? m.group("rest") : m.group("rest2");
            return rest == null || rest.isBlank();
        }
        return false;
    }

    private static boolean isOwnership(String line) {
        if (OWNERSHIP_LINE.matcher(line).lookingAt()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("subscribe") || lower.startsWith("sign up") || lower.startsWith("share")
                    || lower.startsWith("source") || lower.startsWith("follow")) {
                return words(line) <= 25;
            }
            if (lower.startsWith("advertisement") || lower.startsWith("sponsored")) {
                return words(line) <= 3;
            }
            return words(line) <= 80;
        }
        return OWNERSHIP_ANYWHERE.matcher(line).find() && words(line) <= 25;
    }

    private static boolean isCaption(String line) {
        if (CAPTION_LINE.matcher(line).matches() && words(line) <= 60) {
            return true;
        }
        if (BARE_CREDIT_LINE.matcher(line).matches()) {
            return true;
        }
        if (words(line) > 80) {
            return false;
        }
        // a line that ends with a photo credit and looks like a caption (people's positions marked, the photo's
        // date just before the credit, or only a few words); or marks positions and ends with the date
        boolean positions = POSITION_MARKER.matcher(line).find();
        Matcher credit = CREDIT_PAREN.matcher(line);
        int lastCreditStart = -1;
        while (credit.find()) {
            if (isCreditSegment(credit.group()) && line.substring(credit.end()).matches("[\\s.]*")) {
                lastCreditStart = credit.start();
            }
        }
        if (lastCreditStart < 0) {
            Matcher caps = TRAILING_CAPS_CREDIT.matcher(line);
            if (caps.find()) {
                lastCreditStart = caps.start();
            }
        }
        if (lastCreditStart >= 0) {
            String before = line.substring(0, lastCreditStart);
            return positions || ENDS_WITH_DATE.matcher(before).find() || words(before) <= 12;
        }
        return positions && ENDS_WITH_DATE.matcher(line).find();
    }

    private static boolean isNavigation(String line) {
        String[] items = NAV_SEPARATOR.split(line.strip());
        if (items.length < 2) {
            return false;
        }
        boolean home = items[0].equalsIgnoreCase("home") || items[0].isEmpty();
        if (items.length < 3 && !home) {
            return false;
        }
        int real = 0;
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            if (words(item) > 4 || !(Character.isUpperCase(item.codePointAt(0)) || Character.isDigit(item.codePointAt(0)))
                    || ENDS_WITH_PUNCTUATION.matcher(item).matches()) {
                return false;
            }
            real++;
        }
        return real >= 2;
    }

    /**
     * After a "Related News" heading or an empty "READ MORE:" line: the headlines that follow (short lines
     * without sentence-final punctuation). A blank line right after the heading is skipped; then, if the
     * headlines are separated by blank lines, the block continues across them; a normal paragraph ends it.
     */
    private void removeHeadlineBlock(String text, List<int[]> lines, int heading, String[] reason, boolean[] removed) {
        int j = heading + 1;
        boolean spaced = false;
        while (j < lines.size() && isBlank(text, lines.get(j))) {
            spaced = true;
            j++;
        }
        for (; j < lines.size(); j++) {
            int[] l = lines.get(j);
            if (isBlank(text, l)) {
                if (!spaced) {
                    return;
                }
                continue;
            }
            String line = text.substring(l[0], l[1]).strip();
            if (!isHeadline(line)) {
                return;
            }
            mark(reason, l[0], l[1], RELATED);
            removed[j] = true;
        }
    }

    static boolean isHeadline(String line) {
        int n = words(line);
        if (n == 0 || n >= 20) {
            return false;
        }
        if (ENDS_LIKE_PROSE.matcher(line).matches() && !ENDS_WITH_ABBREVIATION.matcher(line).matches()) {
            return false;
        }
        return !wordsAllLowerStart(line);
    }

    private static boolean wordsAllLowerStart(String line) {
        Matcher m = WORD.matcher(line);
        return m.find() && Character.isLowerCase(m.group().codePointAt(0));
    }

    /** A place's name alone on a line. */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^(?:" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,2}|" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,2})$");
    /** A date alone on a line: "24 August 2016", "August 24, 2016", "Wednesday, 24 August 2016". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:" + WEEKDAY.pattern() + ",?)?" + DATE.replace(",?\\s+", ",?\\s*") + "$");

    /**
     * "Amman" on one line and "24 August 2016" on the next, above the story: a web page's dateline. (Whether
     * the place is a known city is for the reader of the dateline to decide.)
     */
    private static boolean placeAboveDate(String text, List<int[]> lines, int i, String line) {
        if (!PLACE_LINE.matcher(line).matches()) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            String next = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            if (!next.isEmpty()) {
                return DATE_LINE.matcher(next).matches();
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // parts of lines

    private static void removeDateline(String line, int off, String[] reason) {
        Matcher m = CAPS_DATELINE.matcher(line);
        if (m.lookingAt() && validCapsCity(m.group("city")) && m.end() < line.length()) {
            if (m.group("colon") == null || NON_LETTERS.matcher(m.group("city")).replaceAll("").length() >= 4) {
                mark(reason, off, off + m.end(), DATELINE);
                return;
            }
        }
        m = TITLE_DATELINE.matcher(line);
        // "Jakarta: President …" (a paper's own style): the colon is enough at the start of the story's first line.
        if (m.lookingAt() && (m.group("date") != null || m.group("agency") != null || m.group("colon") != null)
                && m.end() < line.length()) {
            mark(reason, off, off + m.end(), DATELINE);
            return;
        }
        m = AGENCY_DATELINE.matcher(line);
        if (m.lookingAt() && m.end() < line.length()) {
            mark(reason, off, off + m.end(), DATELINE);
            return;
        }
        m = SOURCE_PREFIX.matcher(line);
        if (m.lookingAt()) {
            mark(reason, off, off + m.end(), DATELINE);
        }
    }

    private static boolean validCapsCity(String city) {
        String letters = NON_LETTERS.matcher(city).replaceAll("");
        return letters.length() >= 3 && !HAS_LOWER_CASE.matcher(city).matches();
    }

    private static void removeSegments(String text, int ls, int le, String[] reason) {
        String line = text.substring(ls, le);
        Matcher m = CREDIT_SEGMENT.matcher(line);
        while (m.find()) {
            mark(reason, ls + m.start(), ls + m.end(), BYLINE);
        }
        m = OWNERSHIP_SEGMENT.matcher(line);
        while (m.find()) {
            mark(reason, ls + m.start(), ls + m.end(), OWNERSHIP);
        }
        m = CREDIT_PAREN.matcher(line);
        while (m.find()) {
            if (isCreditSegment(m.group())) {
                mark(reason, ls + m.start(), ls + m.end(), CAPTION);
            }
        }
    }

    /** Keeps "(AU/ECOWAS)"-like story text: an agency/name credit needs a multi-word part or a photo word. */
    private static boolean isCreditSegment(String seg) {
        String inner = seg.substring(1, seg.length() - 1).strip();
        if (PHOTO_CREDIT.matcher(inner).matches() || PHOTO_WORDS.matcher(inner).matches()) {
            return true;
        }
        String[] parts = SLASH.split(inner, 2);
        if (parts.length < 2) {
            return false;
        }
        String lower = inner.toLowerCase(Locale.ROOT);
        return parts[0].contains(" ") || parts[1].contains(" ") || lower.contains("photo") || lower.contains("getty")
                || lower.contains("images") || lower.contains("pool") || lower.contains("agencies");
    }

    // ---------------------------------------------------------------------------------------------
    // duplicates

    private static void removeDuplicates(String text, List<int[]> lines, String[] reason, boolean[] removed) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (removed[i]) {
                continue;
            }
            int[] l = lines.get(i);
            StringBuilder kept = new StringBuilder();
            for (int k = l[0]; k < l[1]; k++) {
                kept.append(reason[k] == null ? text.charAt(k) : ' ');
            }
            String norm = normalise(kept.toString());
            if (words(norm) < 8) {
                continue;
            }
            if (!seen.add(norm)) {
                mark(reason, l[0], l[1], DUPLICATE);
                removed[i] = true;
            }
        }
    }

    private static String normalise(String s) {
        String t = s.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u201F', '"')
                .replace('\u2033', '"').replace('\u00AB', '"').replace('\u00BB', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u201B', '\'')
                .replace('\u2032', '\'').replace("''", "\"").replace('\u00A0', ' ');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    // ---------------------------------------------------------------------------------------------
    // plumbing

    /** [start, end) of every line, without its line terminator. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    private static boolean isBlank(String text, int[] line) {
        return text.substring(line[0], line[1]).isBlank();
    }

    private static int indexOfFirstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * "HE Sheikh X", "H.E. Dr. Y", "HH Sheikh Z", "HRH Prince W": the Gulf and Commonwealth press's
     * abbreviated forms of address (His Excellency, His Highness, His Royal Highness) before a name. The
     * tagger reads "HE Sheikh" as a name of its own; the title before it then goes to the wrong person.
     */
    private static final Pattern FORM_OF_ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:H\\.\\s?E\\.|HE|H\\.\\s?H\\.|HH|HRH|H\\.R\\.H\\.)(?=\\s+\\p{Lu})");

    private static void removeFormsOfAddress(String text, String[] reason) {
        Matcher m = FORM_OF_ADDRESS.matcher(text);
        while (m.find()) {
            mark(reason, m.start(), m.end(), ADDRESS);
        }
    }

    private static void mark(String[] reason, int start, int end, String why) {
        for (int i = start; i < end; i++) {
            if (reason[i] == null) {
                reason[i] = why;
            }
        }
    }

    private static CleanText build(String text, String[] reason) {
        StringBuilder out = new StringBuilder(text.length());
        List<Region> regions = new ArrayList<>();
        int runStart = -1;
        String runReason = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean lineBreak = c == '\n' || c == '\r';
            String r = (i < text.length() && !lineBreak) ? reason[i] : null;
            if (runReason != null && !runReason.equals(r)) {
                regions.add(new Region(runStart, i, runReason));
                runReason = null;
            }
            if (r != null && runReason == null) {
                runStart = i;
                runReason = r;
            }
            if (i < text.length()) {
                out.append(r != null ? ' ' : c);
            }
        }
        return new CleanText(out.toString(), List.copyOf(regions));
    }
}
