package io.github.diplograph.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * National news outlets ({@code reference/news-outlets.tsv}): papers, broadcasters and agencies that name
 * their own country's officials without a nationality — "Prime Minister Narendra Modi" in an Indian paper,
 * "President William Ruto" on a Kenyan site. An article they publish has that country as its home, as a
 * government's release has the government's. International wires, which qualify every leader, are not listed.
 */
final class NewsOutlets {

    private static final NewsOutlets SHARED = new NewsOutlets();

    /** Every outlet's names, longest first, so that "The Guardian Nigeria" wins over "The Guardian". */
    private final Pattern names;
    /** Acronyms ("PTI", "KUNA") match in capitals only: "map" or "ena" inside a sentence are no outlet. */
    private final Pattern acronyms;
    private final Map<String, String> countryOfName = new HashMap<>();
    private final Map<String, String> countryOfDomain = new HashMap<>();

    private NewsOutlets() {
        List<String> words = new ArrayList<>();
        List<String> capitals = new ArrayList<>();
        ReferenceData.read("news-outlets.tsv", f -> {
            List<String> surfaces = new ArrayList<>(List.of(f[0]));
            if (!f[1].isBlank()) {
                surfaces.addAll(List.of(f[1].split("\\|")));
            }
            for (String s : surfaces) {
                if (s.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
                    countryOfDomain.put(s, f[2]);
                }
                countryOfName.put(s.toLowerCase(Locale.ROOT), f[2]);
                (s.matches("\\p{Lu}{2,5}") ? capitals : words).add(s);
            }
        });
        names = alternation(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        acronyms = alternation(capitals, 0);
    }

    static NewsOutlets get() {
        return SHARED;
    }

    /** Is this the whole name of a listed outlet ("Kazinform", "The Hindu")? */
    boolean isName(String surface) {
        return countryOfName.containsKey(surface.toLowerCase(Locale.ROOT)) && !surface.contains(".")
                && surface.chars().anyMatch(Character::isLowerCase);
    }

    private static Pattern alternation(List<String> surfaces, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + surfaces.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])", flags);
    }

    /**
     * The country of the national outlet a document's source names first ("Capital FM (Nairobi) via
     * allAfrica" is Kenyan), else of its address's site, else of the site's country-code domain; null when
     * none of these is a country's.
     */
    String country(String source, String url) {
        if (source != null) {
            Matcher word = names.matcher(source);
            Matcher acronym = acronyms.matcher(source);
            int wordAt = word.find() ? word.start() : Integer.MAX_VALUE;
            int acronymAt = acronym.find() ? acronym.start() : Integer.MAX_VALUE;
            if (wordAt != Integer.MAX_VALUE || acronymAt != Integer.MAX_VALUE) {
                String found = wordAt <= acronymAt ? word.group(1) : acronym.group(1);
                String country = countryOfName.get(found.toLowerCase(Locale.ROOT));
                // "Daily Times" at dailytimes.ng is not the Pakistani paper of that name: a site under
                // another country's domain is a namesake, so the name tells nothing.
                String domainCountry = countryOfTopLevelDomain(host(url));
                return domainCountry == null || domainCountry.equals(country) ? country : null;
            }
        }
        String host = host(url);
        for (String site = host; site != null && site.contains("."); site = site.substring(site.indexOf('.') + 1)) {
            String country = countryOfDomain.get(site);
            if (country != null) {
                return country;
            }
        }
        // An unlisted site under a country's own domain ("odt.co.nz", "dailypost.vu") is that country's: such
        // papers, like the listed ones, name their own officials without a nationality.
        return countryOfTopLevelDomain(host);
    }

    /** Country-code domains sites of any country use ("ly" of bit.ly, "tv", "fm", "io", …): no country. */
    private static final java.util.Set<String> GENERIC_COUNTRY_DOMAINS = java.util.Set.of("co", "tv", "fm", "io", "me",
            "ly", "ai", "ws", "cc", "to", "nu", "gg", "la", "am", "im", "vc", "st", "sh", "ac");

    /** The country of a host's country-code top-level domain ("dailytimes.ng": NGA), or null. */
    static String countryOfTopLevelDomain(String host) {
        if (host == null || host.lastIndexOf('.') < 0) {
            return null;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (tld.length() != 2 || GENERIC_COUNTRY_DOMAINS.contains(tld)) {
            return null;
        }
        String code = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
        if (!java.util.Arrays.asList(Locale.getISOCountries()).contains(code)) {
            return null;
        }
        return new Locale("", code).getISO3Country();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
