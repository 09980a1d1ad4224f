package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name given with its nickname: {@code Joko "Jokowi" Widodo} and {@code Joko Widodo (Jokowi)}. Reporters then
 * use the nickname alone ("President Jokowi received …"); without this step the nickname is a second person
 * and, in the quoted form, NER splits the full name into two more.
 *
 * <p>Runs once over the whole article before persons are clustered: the quoted form becomes one person mention
 * spanning the name (its text without the nickname), and every nickname is remembered with the name it
 * belongs to, so that {@link PersonResolver} puts the nickname's mentions in that person's cluster.
 */
final class Nicknames {

    private static final Set<String> OPEN_QUOTES = Set.of("\"", "\u201c", "``", "'", "\u2018", "`");
    private static final Set<String> CLOSE_QUOTES = Set.of("\"", "\u201d", "''", "'", "\u2019");
    private static final Set<String> OPEN_PARENTHESES = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE_PARENTHESES = Set.of(")", "-RRB-");

    private final ReferenceData ref;

    Nicknames(ReferenceData ref) {
        this.ref = ref;
    }

    /** Finds the nicknames of the article: the name key of each nickname → the name key of its person. */
    Map<String, String> find(Analysis a) {
        Map<String, String> found = new HashMap<>();
        for (Sentence s : a.sentences) {
            List<Mention> ms = a.mentions.get(s.index());
            List<Token> t = s.tokens();
            for (int i = 0; i + 4 < t.size(); i++) {
                // First "Nick" Last …: the quoted word sits inside the name.
                if (isNameWord(t.get(i)) && OPEN_QUOTES.contains(t.get(i + 1).text()) && isNickname(t.get(i + 2))
                        && CLOSE_QUOTES.contains(t.get(i + 3).text()) && startsName(t, i + 4)
                        && !isTitleOrPlace(t.get(i))) {
                    int last = i + 4;
                    for (Mention m : ms) {
                        if (m.type() == Mention.Type.PERSON && m.first() == i + 4) {
                            last = m.last();
                        }
                    }
                    while (last + 1 < t.size() && isNameWord(t.get(last + 1)) && !isTitleOrPlace(t.get(last + 1))) {
                        last++;
                    }
                    // "Luiz Inácio 'Lula' da Silva": the given names before the quotes, titles aside.
                    int first = i;
                    while (first > 0 && isNameWord(t.get(first - 1)) && !isTitleOrPlace(t.get(first - 1))
                            && !PersonResolver.HONORIFICS.contains(t.get(first - 1).lower()) && i - first < 2) {
                        first--;
                    }
                    String name = s.text().substring(t.get(first).begin() - s.begin(), t.get(i).end() - s.begin())
                            + " " + s.text().substring(t.get(i + 4).begin() - s.begin(), t.get(last).end() - s.begin());
                    final int from = first;
                    final int to = last;
                    ms.removeIf(m -> (m.type() == Mention.Type.PERSON || m.type() == Mention.Type.TITLE)
                            && m.first() <= to && m.last() >= from);
                    ms.add(new Mention(Mention.Type.PERSON, s.index(), first, last, t.get(first).begin(), t.get(last).end(),
                            name, null, null));
                    found.put(Names.key(t.get(i + 2).text()), Names.key(name));
                    i = last;
                    continue;
                }
                // Full Name (Nick), Full Name 'Nick': the parenthesis or quotes right after a person's name of two
                // words or more ("Pushpa Kamal Dahal 'Prachanda'").
                boolean parenthesis = OPEN_PARENTHESES.contains(t.get(i + 1).text())
                        && CLOSE_PARENTHESES.contains(t.get(i + 3).text());
                boolean quotes = OPEN_QUOTES.contains(t.get(i + 1).text()) && CLOSE_QUOTES.contains(t.get(i + 3).text());
                if ((parenthesis || quotes) && isNickname(t.get(i + 2))) {
                    aliasOf(ms, i, t.get(i + 2), found);
                }
                // "Pushpa Kamal Dahal aka Prachanda", "X, also known as Y": the name the person goes by.
                int known = t.get(i + 1).lower().equals("aka") ? i + 2
                        : t.get(i + 1).text().equals(",") && t.get(i + 2).lower().equals("also")
                        && t.get(i + 3).lower().equals("known") && i + 5 < t.size() && t.get(i + 4).lower().equals("as") ? i + 5 : -1;
                if (known > 0 && isNickname(t.get(known))
                        && (known + 1 >= t.size() || !isNameWord(t.get(known + 1)))) {
                    aliasOf(ms, i, t.get(known), found);
                }
            }
            ms.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.type().ordinal()));
        }
        blends(a, found);
        return found;
    }

    /**
     * "Jokowi" for Joko Widodo, "AMLO" for Andrés Manuel López Obrador, "MBS" for Mohammed bin Salman: a one-word
     * name made of the start of the given name and of the surname, or of the initials of a name of three words or
     * more, is that person's, when the article names them in full.
     */
    private static void blends(Analysis a, Map<String, String> found) {
        Set<String> full = new java.util.LinkedHashSet<>();
        Map<String, String> single = new java.util.LinkedHashMap<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                if (m.type() != Mention.Type.PERSON) {
                    continue;
                }
                String key = Names.key(m.text());
                if (key.indexOf(' ') > 0) {
                    full.add(key);
                } else {
                    single.putIfAbsent(key, m.text());
                }
            }
        }
        single.forEach((nick, text) -> {
            if (nick.length() < 3 || found.containsKey(nick)) {
                return;
            }
            boolean capitals = text.equals(text.toUpperCase(java.util.Locale.ROOT));
            Set<String> names = new java.util.HashSet<>();
            for (String name : full) {
                String[] w = name.split(" ");
                if (!capitals && blendOf(nick, w[0], w[w.length - 1]) || capitals && initialsOf(nick, w)) {
                    names.add(name);
                }
            }
            if (names.size() == 1) {   // two persons it could stand for: neither
                found.put(nick, names.iterator().next());
            }
        });
    }

    /** "jokowi": the whole given name and the start of the surname. */
    private static boolean blendOf(String nick, String given, String surname) {
        String rest = nick.startsWith(given) ? nick.substring(given.length()) : "";
        return rest.length() >= 2 && surname.startsWith(rest) && !surname.equals(rest);
    }

    /** "mbs", "mbz", "amlo": the initials of the first three words or more of the name. */
    private static boolean initialsOf(String nick, String[] words) {
        if (nick.length() < 3 || nick.length() > words.length) {
            return false;
        }
        for (int k = 0; k < nick.length(); k++) {
            if (words[k].charAt(0) != nick.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The person's name of two words or more that ends at token {@code last} goes by {@code nickname} too. */
    private static void aliasOf(List<Mention> ms, int last, Token nickname, Map<String, String> found) {
        for (Mention m : ms) {
            if (m.type() == Mention.Type.PERSON && m.last() == last && m.first() < m.last()
                    && !Names.key(m.text()).contains(Names.key(nickname.text()))) {
                found.put(Names.key(nickname.text()), Names.key(m.text()));
            }
        }
    }

    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "di", "du", "del", "della",
            "van", "von", "der", "al", "el", "bin", "ibn", "la", "le");

    /** A name word, or a particle before one: "… 'Lula' da Silva". */
    private static boolean startsName(List<Token> t, int k) {
        return isNameWord(t.get(k)) || PARTICLES.contains(t.get(k).lower()) && k + 1 < t.size() && isNameWord(t.get(k + 1));
    }

    /** One capitalised word of letters that is no country, place, organization or title: "Jokowi", not "UN". */
    private boolean isNickname(Token token) {
        String x = token.text();
        return isNameWord(token) && x.length() >= 3 && !x.equals(x.toUpperCase(java.util.Locale.ROOT))
                && !isTitleOrPlace(token);
    }

    private static boolean isNameWord(Token token) {
        String x = token.text();
        return x.length() >= 2 && Character.isUpperCase(x.charAt(0)) && x.chars().allMatch(Character::isLetter);
    }

    private boolean isTitleOrPlace(Token token) {
        return ref.lookup(token.text()) != null || ref.title(token.text()) != null;
    }
}
