package io.github.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.diplograph.extract.DateResolver.DateMention;
import io.github.diplograph.model.DatePrecision;
import io.github.diplograph.model.FuzzyDate;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    /** A Wednesday. */
    private static final FuzzyDate WED_2024_02_21 = FuzzyDate.day(LocalDate.of(2024, 2, 21));
    private static final DateResolver R = new DateResolver(WED_2024_02_21);
    private static final DateResolver UNKNOWN = new DateResolver(FuzzyDate.UNKNOWN);

    private static DateMention only(DateResolver r, String sentence, boolean future) {
        List<DateMention> found = r.find(sentence, future);
        assertEquals(1, found.size(), () -> "expected one date in '" + sentence + "' but got " + found);
        DateMention m = found.get(0);
        assertEquals(sentence.substring(m.start(), m.end()), m.text(), "text must be the span");
        return m;
    }

    private static DateMention only(String sentence) {
        return only(R, sentence, false);
    }

    private static DateMention onlyFuture(String sentence) {
        return only(R, sentence, true);
    }

    private static FuzzyDate day(int y, int m, int d) {
        return FuzzyDate.day(LocalDate.of(y, m, d));
    }

    private static void none(String sentence) {
        List<DateMention> found = R.find(sentence, false);
        assertTrue(found.isEmpty(), () -> "expected no date in '" + sentence + "' but got " + found);
    }

    @Nested
    class ExplicitDates {

        @Test
        void monthDayYear() {
            DateMention m = only("They met on September 20, 2023 in New York.");
            assertEquals(day(2023, 9, 20), m.date());
            assertEquals("September 20, 2023", m.text());
            assertFalse(m.relative());
        }

        @Test
        void dayMonthYear() {
            DateMention m = only("They met on 20 September 2023 in New York.");
            assertEquals(day(2023, 9, 20), m.date());
            assertEquals("20 September 2023", m.text());
            assertFalse(m.relative());
        }

        @Test
        void abbreviatedMonthWithDot() {
            DateMention m = only("The accord was signed Sept. 20, 2023.");
            assertEquals(day(2023, 9, 20), m.date());
            assertEquals("Sept. 20, 2023", m.text());
        }

        @Test
        void isoDate() {
            DateMention m = only("Published 2023-09-20 by the ministry.");
            assertEquals(day(2023, 9, 20), m.date());
            assertEquals("2023-09-20", m.text());
            assertFalse(m.relative());
        }

        @Test
        void onMonthDayYear() {
            assertEquals(day(2021, 3, 3), only("The deal was signed on March 3, 2021.").date());
        }

        @Test
        void ordinalDay() {
            assertEquals(day(2022, 6, 1), only("The summit opened on June 1st, 2022.").date());
            assertEquals(day(2022, 6, 1), only("The summit opened on the 1st of June 2022.").date());
        }

        @Test
        void dayRangeTakesFirstDay() {
            assertEquals(day(2023, 9, 20), only("The assembly met September 20-21, 2023.").date());
        }

        @Test
        void monthYear() {
            DateMention m = only("Relations were restored in March 2021.");
            assertEquals(FuzzyDate.month(2021, 3), m.date());
            assertEquals(DatePrecision.MONTH, m.date().precision());
            assertFalse(m.relative());
        }

        @Test
        void monthOfYear() {
            DateMention m = only("Relations were restored in March of 2021.");
            assertEquals(FuzzyDate.month(2021, 3), m.date());
            assertEquals("March of 2021", m.text());
        }

        @Test
        void monthYearAsModifier() {
            assertEquals(FuzzyDate.month(2023, 2), only("They spoke after the February 2023 earthquakes.").date());
        }

        @Test
        void yearAfterPreposition() {
            assertEquals(FuzzyDate.year(2019), only("The two leaders first met in 2019.").date());
            assertEquals(FuzzyDate.year(2015), only("Sanctions have been in force since 2015.").date());
            assertEquals(FuzzyDate.year(2030), only("The plant should be running by 2030.").date());
            assertEquals(FuzzyDate.year(2018), only("Trade grew during 2018.").date());
            assertEquals(FuzzyDate.year(2020), only("Talks stalled until 2020.").date());
            assertFalse(only("The two leaders first met in 2019.").relative());
        }

        @Test
        void yearWithEarlyLateMid() {
            DateMention early = only("The pipeline opens in early 2025.");
            assertEquals(FuzzyDate.year(2025), early.date());
            assertEquals("early 2025", early.text());
            assertEquals(FuzzyDate.year(2019), only("Relations soured in late 2019.").date());
            assertEquals(FuzzyDate.year(2019), only("Relations soured by mid-2019.").date());
        }

        @Test
        void possessiveYear() {
            DateMention m = only("2019's election was disputed.");
            assertEquals(FuzzyDate.year(2019), m.date());
            assertEquals("2019", m.text());
        }

        @Test
        void yearRange() {
            List<DateMention> found = R.find("Trade doubled between 2015 and 2019.", false);
            assertEquals(List.of(FuzzyDate.year(2015), FuzzyDate.year(2019)),
                    found.stream().map(DateMention::date).toList());
        }

        @Test
        void numbersThatAreNotYears() {
            none("Russia has invested about $4 billion in the economy.");
            none("Some 2019 people attended the rally.");
            none("A total of 2000 troops were deployed.");
            none("The ship carried 1950 tonnes of wheat.");
            none("Prices rose by 2000 percent.");
            none("The fleet grew in the 1990s.");
        }

        @Test
        void explicitDateIgnoresFutureTense() {
            assertEquals(day(2023, 9, 20), onlyFuture("They will meet on September 20, 2023.").date());
        }

        @Test
        void invalidDatesAreIgnored() {
            none("Code 2023-13-45 was shown.");
        }
    }

    @Nested
    class DayWithoutYear {

        @Test
        void inPublicationYear() {
            DateMention m = only("The ministers met on February 12 in Geneva.");
            assertEquals(day(2024, 2, 12), m.date());
            assertTrue(m.relative());
        }

        @Test
        void abbreviationAndDayFirst() {
            assertEquals(day(2024, 2, 12), only("The ministers met on Feb. 12 in Geneva.").date());
            assertEquals(day(2024, 2, 12), only("The ministers met on 12 February in Geneva.").date());
            assertEquals(day(2024, 2, 12), only("The ministers met Feb 12 in Geneva.").date());
        }

        @Test
        void withinAWeekAfterPublicationStaysInYear() {
            assertEquals(day(2024, 2, 27), only("The statement is dated February 27.").date());
        }

        @Test
        void farAfterPublicationInPastTenseIsPreviousYear() {
            DateMention m = only("On September 20, FMs Lavrov and Gil met on the margins of the assembly.");
            assertEquals(day(2023, 9, 20), m.date());
            assertEquals("September 20", m.text());
        }

        @Test
        void futureTenseNextOccurrence() {
            assertEquals(day(2024, 9, 20), onlyFuture("They will meet on September 20.").date());
            assertEquals(day(2025, 1, 10), onlyFuture("He will be sworn in on Jan. 10.").date());
        }

        @Test
        void futureTenseLaterThisYear() {
            assertEquals(day(2024, 3, 1), onlyFuture("The summit will open on March 1.").date());
        }

        @Test
        void sameDayAsPublication() {
            DateMention m = new DateResolver(FuzzyDate.day(LocalDate.of(2019, 9, 25)))
                    .find("Today, September 25, Russia and Venezuela hold talks.", false).get(1);
            assertEquals(day(2019, 9, 25), m.date());
        }
    }

    @Nested
    class Weekdays {

        @Test
        void pastWeekdayIsMostRecentBeforePublication() {
            DateMention m = only("Maduro welcomed Lavrov in Caracas on Tuesday with open arms.");
            assertEquals(day(2024, 2, 20), m.date());
            assertEquals("Tuesday", m.text());
            assertTrue(m.relative());
        }

        @Test
        void sameWeekdayAsPublicationIsThatDay() {
            assertEquals(day(2024, 2, 21), only("The ministers met on Wednesday.").date());
        }

        @Test
        void earlierInTheWeek() {
            assertEquals(day(2024, 2, 15), only("He arrived on Thursday.").date());
            assertEquals(day(2024, 2, 18), only("Sunday's vote was calm.").date());
        }

        @Test
        void possessiveAndBare() {
            DateMention m = only("Tuesday's meeting lasted three hours.");
            assertEquals(day(2024, 2, 20), m.date());
            assertEquals("Tuesday", m.text());
            assertEquals(day(2024, 2, 19), only("Putin reiterated Monday that Russia backs dialogue.").date());
        }

        @Test
        void futureTenseIsNextAfterPublication() {
            assertEquals(day(2024, 2, 22), onlyFuture("The leaders will meet on Thursday.").date());
            assertEquals(day(2024, 2, 28), onlyFuture("The leaders will meet on Wednesday.").date());
            assertEquals(day(2024, 2, 27), onlyFuture("The leaders will meet on Tuesday.").date());
        }

        @Test
        void nextAndThisComing() {
            DateMention next = only("He said the convoy leaves next Tuesday.");
            assertEquals(day(2024, 2, 27), next.date());
            assertEquals("next Tuesday", next.text());
            assertEquals(day(2024, 2, 23), only("The vote is set for this coming Friday.").date());
        }

        @Test
        void lastWeekdayIsTheOneBefore() {
            DateMention m = only("The ministers last spoke last Tuesday.");
            assertEquals(day(2024, 2, 13), m.date());
            assertEquals("last Tuesday", m.text());
            assertEquals(day(2024, 2, 14), only("They met last Wednesday.").date());
        }

        @Test
        void namedDaysAreNotWeekdays() {
            none("Crowds gathered on Good Friday.");
            none("Candidates campaigned ahead of Super Tuesday.");
        }

        @Test
        void weekdayBeforeFullDateIsNotSeparate() {
            DateMention m = only("It happened on Tuesday, September 19, 2023.");
            assertEquals(day(2023, 9, 19), m.date());
        }

        @Test
        void weekdayWithPartOfDay() {
            assertEquals(day(2024, 2, 20), only("Bazoum has been held since Tuesday morning.").date());
        }

        @Test
        void lowercaseIsNotAWeekday() {
            none("It was a sunday kind of mood.");
        }
    }

    @Nested
    class RelativeWords {

        @Test
        void todayAndParts() {
            for (String s : List.of("The ministers met today.", "The ministers met this morning.",
                    "The ministers meet tonight.")) {
                DateMention m = only(s);
                assertEquals(WED_2024_02_21, m.date(), s);
                assertTrue(m.relative());
            }
        }

        @Test
        void yesterdayAndTomorrow() {
            assertEquals(day(2024, 2, 20), only("The ministers met yesterday.").date());
            assertEquals(day(2024, 2, 22), onlyFuture("The ministers meet tomorrow.").date());
        }

        @Test
        void years() {
            DateMention last = only("Last year, Lavrov also visited Venezuela.");
            assertEquals(FuzzyDate.year(2023), last.date());
            assertEquals("Last year", last.text());
            assertTrue(last.relative());
            assertEquals(FuzzyDate.year(2024), only("Trade grew this year.").date());
            assertEquals(FuzzyDate.year(2024), only("Trade grew earlier this year.").date());
            assertEquals("earlier this year", only("Trade grew earlier this year.").text());
            assertEquals(FuzzyDate.year(2025), onlyFuture("The talks resume next year.").date());
        }

        @Test
        void inRecentMonths() {
            DateMention m = only("Trade increased by 10 percent in recent months.");
            assertEquals(FuzzyDate.year(2024), m.date());
            assertEquals("in recent months", m.text());
        }

        @Test
        void recentlyAloneIsNotADate() {
            none("Trade increased recently.");
        }

        @Test
        void months() {
            assertEquals(FuzzyDate.month(2024, 1), only("He took office last month.").date());
            assertEquals(FuzzyDate.month(2024, 2), only("He took office this month.").date());
            assertEquals(FuzzyDate.month(2024, 2), only("He took office earlier this month.").date());
            assertEquals(FuzzyDate.month(2024, 3), onlyFuture("He takes office next month.").date());
        }

        @Test
        void monthBoundary() {
            DateResolver january = new DateResolver(FuzzyDate.day(LocalDate.of(2024, 1, 3)));
            assertEquals(FuzzyDate.month(2023, 12), only(january, "He took office last month.", false).date());
            assertEquals(FuzzyDate.month(2023, 12), only(january, "They met last week.", false).date());
        }

        @Test
        void weeksAndDaysAgoAreMonths() {
            assertEquals(FuzzyDate.month(2024, 2), only("They met last week.").date());
            assertEquals(FuzzyDate.month(2024, 2), only("They met a week ago.").date());
            assertEquals(FuzzyDate.month(2024, 2), only("A shipment arrived two weeks ago.").date());
            assertEquals(FuzzyDate.month(2024, 1), only("A shipment arrived 25 days ago.").date());
            assertEquals(FuzzyDate.month(2024, 1), only("A shipment arrived four weeks ago.").date());
            assertEquals("two weeks ago", only("A shipment arrived two weeks ago.").text());
        }

        @Test
        void overTheLastYearIsNotLastYear() {
            none("Ties improved over the last year.");
        }
    }

    @Nested
    class MonthWithoutDay {

        @Test
        void inMonthPastTense() {
            DateMention m = only("In April, the two countries signed 11 agreements.");
            assertEquals(FuzzyDate.month(2023, 4), m.date());
            assertEquals("April", m.text());
            assertTrue(m.relative());
        }

        @Test
        void inMonthFutureTense() {
            assertEquals(FuzzyDate.month(2024, 4),
                    onlyFuture("In April, a high-level working session will take place.").date());
        }

        @Test
        void publicationMonthCountsBothWays() {
            assertEquals(FuzzyDate.month(2024, 2), only("The ministers met in February.").date());
            assertEquals(FuzzyDate.month(2024, 2), onlyFuture("The ministers will meet in February.").date());
        }

        @Test
        void lastMonthNameIsStrictlyBefore() {
            DateMention m = only("They recalled their meeting last November.");
            assertEquals(FuzzyDate.month(2023, 11), m.date());
            assertEquals("last November", m.text());
            assertEquals(FuzzyDate.month(2023, 2), only("They met last February.").date());
            assertEquals(FuzzyDate.month(2024, 1), only("They met last January.").date());
        }

        @Test
        void nextMonthNameIsStrictlyAfter() {
            assertEquals(FuzzyDate.month(2025, 2), only("They meet next February.").date());
            assertEquals(FuzzyDate.month(2024, 6), only("They meet next June.").date());
        }

        @Test
        void earlyLateMid() {
            DateMention early = only("The talks began in early January.");
            assertEquals(FuzzyDate.month(2024, 1), early.date());
            assertEquals("early January", early.text());
            assertEquals(FuzzyDate.month(2024, 1), only("The talks began in late January.").date());
            assertEquals(FuzzyDate.month(2023, 3), only("The talks began in mid-March.").date());
            assertEquals(FuzzyDate.month(2023, 12), only("The talks began in early December.").date());
            assertEquals(FuzzyDate.month(2024, 12), onlyFuture("They could meet in early December.").date());
        }

        @Test
        void sinceAndBackIn() {
            assertEquals(FuzzyDate.month(2024, 1), only("Guaido declared himself president back in January.").date());
            assertEquals(FuzzyDate.month(2023, 10), only("Fighting has raged since October.").date());
        }

        @Test
        void monthRange() {
            List<DateMention> found = R.find("Exports rose from January to March.", false);
            assertEquals(List.of(FuzzyDate.month(2024, 1), FuzzyDate.month(2023, 3)),
                    found.stream().map(DateMention::date).toList());
        }

        @Test
        void mayNeedsDateContext() {
            none("He may visit Moscow soon.");
            none("May God bless our nations, he said.");
            none("Talks with Theresa May went well.");
            assertEquals(FuzzyDate.month(2023, 5), only("In May, the two sides met.").date());
            assertEquals(day(2023, 5, 13), only("The two sides met May 13.").date());
            assertEquals(FuzzyDate.month(2019, 5), only("The two sides met in May 2019.").date());
            assertEquals(FuzzyDate.month(2023, 5), only("They have met twice since May.").date());
        }

        @Test
        void marchAsVerbIsNotAMonth() {
            none("Protesters march to the embassy.");
            none("Thousands joined the March for peace.");
            assertEquals(FuzzyDate.month(2023, 3), only("The envoy visited in March.").date());
            assertEquals(day(2023, 3, 3), only("The envoy visited March 3.").date());
        }

        @Test
        void bareMonthNameIsNotADate() {
            none("April Ryan asked a question.");
            none("He met June Smith.");
        }

        @Test
        void abbreviationsWithDot() {
            assertEquals(FuzzyDate.month(2023, 12), only("The vote was held in Dec. as planned.").date());
            assertEquals(FuzzyDate.month(2023, 8), only("The vote was held in Aug. as planned.").date());
            none("He spoke to Jan about it.");
        }
    }

    @Nested
    class PublicationPrecision {

        @Test
        void unknownPublicationMakesRelativeUnknown() {
            for (String s : List.of("They met on Tuesday.", "They met today.", "They met last year.",
                    "They met in April.", "Trade grew in recent months.", "They met on September 20.",
                    "They met two weeks ago.", "They met last Tuesday.", "They met yesterday.",
                    "They met last month.", "They met last November.")) {
                DateMention m = only(UNKNOWN, s, false);
                assertEquals(FuzzyDate.UNKNOWN, m.date(), s);
                assertTrue(m.relative(), s);
            }
        }

        @Test
        void unknownPublicationStillResolvesExplicitDates() {
            DateMention m = only(UNKNOWN, "They met on September 20, 2023.", false);
            assertEquals(day(2023, 9, 20), m.date());
            assertFalse(m.relative());
            assertEquals(FuzzyDate.month(2021, 3), only(UNKNOWN, "They met in March 2021.", false).date());
            assertEquals(FuzzyDate.year(2019), only(UNKNOWN, "They met in 2019.", false).date());
        }

        @Test
        void nullPublicationIsUnknown() {
            assertEquals(FuzzyDate.UNKNOWN, only(new DateResolver(null), "They met today.", false).date());
        }

        @Test
        void monthPrecisionPublication() {
            DateResolver r = new DateResolver(FuzzyDate.month(2019, 9));
            assertEquals(FuzzyDate.month(2019, 9), only(r, "They met on Tuesday.", false).date());
            assertEquals(FuzzyDate.month(2019, 9), only(r, "They met yesterday.", false).date());
            assertEquals(FuzzyDate.month(2019, 8), only(r, "They met last month.", false).date());
            assertEquals(FuzzyDate.year(2018), only(r, "They met last year.", false).date());
            assertEquals(FuzzyDate.month(2018, 10), only(r, "They met in October.", false).date());
            assertEquals(day(2019, 9, 20), only(r, "They met on September 20.", false).date());
            assertEquals(day(2018, 11, 2), only(r, "They met on November 2.", false).date());
        }

        @Test
        void yearPrecisionPublication() {
            DateResolver r = new DateResolver(FuzzyDate.year(2019));
            assertEquals(FuzzyDate.year(2019), only(r, "They met on Tuesday.", false).date());
            assertEquals(FuzzyDate.year(2019), only(r, "They met last month.", false).date());
            assertEquals(FuzzyDate.year(2018), only(r, "They met last year.", false).date());
            assertEquals(FuzzyDate.month(2019, 4), only(r, "They met in April.", false).date());
        }
    }

    @Nested
    class Sentences {

        @Test
        void severalDatesLeftToRight() {
            String s = "Tusk, who visited Kyiv on January 22, 2024, briefed Scholz on Tuesday, a day after "
                    + "talks held last week.";
            List<DateMention> found = R.find(s, false);
            assertEquals(3, found.size(), found::toString);
            assertEquals(day(2024, 1, 22), found.get(0).date());
            assertEquals(day(2024, 2, 20), found.get(1).date());
            assertEquals(FuzzyDate.month(2024, 2), found.get(2).date());
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).end() <= found.get(i).start(), "ordered, not overlapping");
            }
            for (DateMention m : found) {
                assertEquals(s.substring(m.start(), m.end()), m.text());
            }
        }

        @Test
        void seedSentences() {
            DateResolver pub = new DateResolver(FuzzyDate.day(LocalDate.of(2019, 9, 25)));
            List<DateMention> found = pub.find(
                    "The Venezuelan leader arrived in Russia on Tuesday. On Wednesday, the Kremlin held talks.", false);
            assertEquals(List.of(day(2019, 9, 24), day(2019, 9, 25)), found.stream().map(DateMention::date).toList());

            DateResolver efe = new DateResolver(FuzzyDate.day(LocalDate.of(2019, 9, 26)));
            assertEquals(FuzzyDate.month(2019, 4),
                    only(efe, "In April, the two countries signed 11 agreements.", false).date());
            List<DateMention> both = efe.find(
                    "Wednesday was the first time the pair met since Guaido declared himself president back in January.",
                    false);
            assertEquals(List.of(day(2019, 9, 25), FuzzyDate.month(2019, 1)),
                    both.stream().map(DateMention::date).toList());
        }

        @Test
        void emptyAndNoDates() {
            assertTrue(R.find("", false).isEmpty());
            assertTrue(R.find(null, false).isEmpty());
            none("The ministers discussed integration processes in the Americas.");
        }

        @Test
        void neverUsesTheClock() {
            DateResolver old = new DateResolver(FuzzyDate.day(LocalDate.of(1999, 12, 30)));
            assertEquals(day(1999, 12, 29), only(old, "They met yesterday.", false).date());
            assertEquals(FuzzyDate.year(1998), only(old, "They met last year.", false).date());
        }
    }
}
