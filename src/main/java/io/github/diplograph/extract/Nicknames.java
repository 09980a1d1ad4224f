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
                        && CLOSE_QUOTES.contains(t.get(i + 3).text()) && isNameWord(t.get(i + 4))
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
                    String name = t.get(i).text() + " " + s.text().substring(t.get(i + 4).begin() - s.begin(),
                            t.get(last).end() - s.begin());
                    final int from = i;
                    final int to = last;
                    ms.removeIf(m -> (m.type() == Mention.Type.PERSON || m.type() == Mention.Type.TITLE)
                            && m.first() <= to && m.last() >= from);
                    ms.add(new Mention(Mention.Type.PERSON, s.index(), i, last, t.get(i).begin(), t.get(last).end(),
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
                    for (Mention m : ms) {
                        if (m.type() == Mention.Type.PERSON && m.last() == i && m.first() < m.last()
                                && !Names.key(m.text()).contains(Names.key(t.get(i + 2).text()))) {
                            found.put(Names.key(t.get(i + 2).text()), Names.key(m.text()));
                        }
                    }
                }
            }
            ms.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.type().ordinal()));
        }
        return found;
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
