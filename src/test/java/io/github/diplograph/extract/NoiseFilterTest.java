package io.github.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.diplograph.extract.NoiseFilter.CleanText;
import io.github.diplograph.extract.NoiseFilter.Region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoiseFilterTest {

    private static final NoiseFilter FILTER = new NoiseFilter();

    private static final String STORY = "Ugandan President Yoweri Museveni on Monday held talks with his Kenyan "
            + "counterpart William Ruto at State House in Nairobi.";
    private static final String STORY2 = "The two sides signed four agreements on trade, energy and transport, "
            + "according to a statement.";

    /** Cleans and checks the offset contract: same length, newlines kept, kept characters identical. */
    private static CleanText clean(String text) {
        CleanText c = FILTER.clean(text);
        assertOffsetsKept(text, c);
        return c;
    }

    static void assertOffsetsKept(String text, CleanText c) {
        String out = c.text();
        assertEquals(text.length(), out.length(), "cleaned text keeps every offset");
        boolean[] removed = new boolean[text.length()];
        int previousEnd = 0;
        for (Region r : c.removed()) {
            assertTrue(r.start() >= previousEnd && r.start() < r.end() && r.end() <= text.length(),
                    () -> "regions in order and inside the text: " + r);
            previousEnd = r.end();
            assertFalse(r.reason().isBlank());
            for (int i = r.start(); i < r.end(); i++) {
                removed[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char o = text.charAt(i);
            if (o == '\n' || o == '\r') {
                assertEquals(o, out.charAt(i), "line breaks stay");
                assertFalse(removed[i], "line breaks are never inside a removed region");
            } else if (removed[i]) {
                assertEquals(' ', out.charAt(i), "removed characters become spaces");
            } else {
                assertEquals(o, out.charAt(i), "kept characters are identical at offset " + i);
            }
        }
    }

    private static String removedText(String text, CleanText c, String reason) {
        StringBuilder sb = new StringBuilder();
        for (Region r : c.removed()) {
            if (r.reason().equals(reason)) {
                sb.append(text, r.start(), r.end()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void assertLineRemoved(String line, String reason) {
        String text = STORY + "\n\n" + line + "\n\n" + STORY2 + "\n";
        CleanText c = clean(text);
        assertTrue(c.text().contains(STORY), "story kept");
        assertTrue(c.text().contains(STORY2), "story kept");
        assertFalse(c.text().contains(line.strip()), () -> "should be removed: " + line);
        assertTrue(c.text().substring(STORY.length(), text.length() - STORY2.length() - 1).isBlank(),
                () -> "whole line should be blank: " + line + " -> " + c.text());
        assertTrue(removedText(text, c, reason).contains(line.strip()),
                () -> "reason " + reason + " for " + line + ", got " + c.removed());
    }

    private static void assertKept(String text) {
        CleanText c = clean(text);
        assertEquals(text, c.text(), "nothing should be removed");
        assertTrue(c.removed().isEmpty());
    }

    @Nested
    class Bylines {

        @Test
        void byNames() {
            assertLineRemoved("By Jane Doe", "byline");
            assertLineRemoved("By Jane Doe and John Roe", "byline");
            assertLineRemoved("BY JANE DOE, Reuters", "byline");
            assertLineRemoved("By The Associated Press", "byline");
            assertLineRemoved("By Ahmed bin Rashid al-Mansouri", "byline");
        }

        @Test
        void creditLines() {
            assertLineRemoved("Written by: Rick Martin", "byline");
            assertLineRemoved("Reporting by Jane Doe; Editing by John Roe", "byline");
            assertLineRemoved("(Reporting by Jane Doe in Nairobi; Editing by John Roe)", "byline");
            assertLineRemoved("Edited by Liu Xin", "byline");
            assertLineRemoved("Web editor: Zhang Kaiwei, Liu Xin", "byline");
            assertLineRemoved("Editor: Maria Silva", "byline");
            assertLineRemoved("Compiled by Staff Reporter", "byline");
            assertLineRemoved("Additional reporting by Ana Lopez", "byline");
            assertLineRemoved("Published: 13 May 2024, 10:30 IST", "byline");
        }

        @Test
        void reportingSegmentAtEndOfParagraph() {
            String text = STORY + " (Reporting by Jane Doe; Editing by John Roe)\n";
            CleanText c = clean(text);
            assertTrue(c.text().startsWith(STORY));
            assertFalse(c.text().contains("Reporting by"));
        }

        @Test
        void sentencesStartingWithByStay() {
            assertKept("By Tuesday, the two sides had agreed on a text.\n");
            assertKept("By the end of the visit, Ruto and Museveni had signed four deals.\n");
            assertKept("By signing the accord, Kenya joins the pipeline project.\n");
        }
    }

    @Nested
    class Datelines {

        private void assertDateline(String prefix, String sentence) {
            String text = prefix + sentence + "\n";
            CleanText c = clean(text);
            assertEquals(" ".repeat(prefix.length()) + sentence + "\n", c.text(), "only the prefix goes");
            assertEquals("dateline", c.removed().get(0).reason());
        }

        @Test
        void agencyDatelines() {
            assertDateline("BEIJING, May 13 (Xinhua) -- ", STORY);
            assertDateline("NAIROBI, Kenya (AP) \u2014 ", STORY);
            assertDateline("MOSCOW (Reuters) - ", STORY);
            assertDateline("WASHINGTON, D.C. \u2013 ", STORY);
            assertDateline("Moscow, Sep 26 (EFE).- ", STORY);
        }

        @Test
        void cityAndDateDatelines() {
            assertDateline("TOKYO, April 14 -- ", STORY);
            assertDateline("JAKARTA, Sept 6 -- ", STORY);
            assertDateline("BERLIN, January 26, 2024 -- ", STORY);
            assertDateline("ADDIS ABABA, Feb 19 -- ", STORY);
            assertDateline("SUVA -- ", STORY);
            assertDateline("NEW DELHI: ", STORY);
        }

        @Test
        void sourcePrefix() {
            assertDateline("OREANDA-NEWS. ", STORY);
        }

        @Test
        void datelineOnLaterLine() {
            String text = "Kenya, Uganda sign four agreements\n\nBy Jane Doe\n\nNAIROBI, May 13 (Xinhua) -- " + STORY
                    + "\n";
            CleanText c = clean(text);
            assertTrue(c.text().startsWith("Kenya, Uganda sign four agreements\n"), "headline kept");
            assertTrue(c.text().contains(STORY));
            assertFalse(c.text().contains("Xinhua"));
            assertFalse(c.text().contains("Jane Doe"));
        }

        @Test
        void ordinarySentencesStay() {
            assertKept("Moscow, Beijing and Tehran have criticised the sanctions.\n");
            assertKept("US-China talks resumed in Geneva.\n");
            assertKept("A senior official said the talks - which lasted three hours - were frank.\n");
            assertKept("Kenya, Uganda sign four agreements as Museveni visits Nairobi\n");
        }
    }

    @Nested
    class RelatedLinks {

        @Test
        void teaserLines() {
            assertLineRemoved("READ MORE: Will Smith, National Geographic Help Discover New Giant Anaconda Species",
                    "related-links");
            assertLineRemoved("READ NEXT: Donald Trump Does Not Condemn Vladimir Putin", "related-links");
            assertLineRemoved("Read also: Kenya and Uganda sign deals", "related-links");
            assertLineRemoved("Also read | Ethiopia and Somalia row over port", "related-links");
            assertLineRemoved("WATCH: Russian FM visits Caracas - Associated Press", "related-links");
            assertLineRemoved("LISTEN: The week in diplomacy", "related-links");
            assertLineRemoved("SEE ALSO: Ruto meets Museveni", "related-links");
            assertLineRemoved("RELATED: Ruto meets Museveni", "related-links");
            assertLineRemoved("Related: Ruto meets Museveni", "related-links");
        }

        @Test
        void headingWithHeadlineBlock() {
            String text = STORY + "\n\nRelated News:\n"
                    + "Tanzania's President Samia Suluhu Hassan receives Burundian counterpart in Dodoma\n"
                    + "Ethiopian PM Abiy Ahmed meets Somali President Hassan Sheikh Mohamud in Addis Ababa\n"
                    + "Rwanda's Kagame calls for unity at Kigali genocide commemoration\n\n" + STORY2 + "\n";
            CleanText c = clean(text);
            assertTrue(c.text().contains(STORY));
            assertTrue(c.text().contains(STORY2));
            assertFalse(c.text().contains("Dodoma"));
            assertFalse(c.text().contains("Abiy"));
            assertFalse(c.text().contains("Kagame"));
            assertFalse(c.text().contains("Related News"));
        }

        @Test
        void otherHeadings() {
            for (String heading : List.of("Related readings", "Related stories", "Related Articles",
                    "More From This Section", "You may also like", "Most Read", "Trending")) {
                String text = STORY + "\n" + heading + "\nEthiopian PM Abiy Ahmed meets Somali President in Addis Ababa\n"
                        + "Rwanda's Kagame calls for unity\n\n" + STORY2 + "\n";
                CleanText c = clean(text);
                assertFalse(c.text().contains(heading), heading);
                assertFalse(c.text().contains("Abiy"), heading);
                assertFalse(c.text().contains("Kagame"), heading);
                assertTrue(c.text().contains(STORY2), heading);
                assertTrue(c.text().contains(STORY), heading);
            }
        }

        @Test
        void blankSeparatedHeadlinesAfterHeading() {
            String text = "Related Articles\n\nEthiopian PM Abiy Ahmed meets Somali President\n\n"
                    + "Rwanda's Kagame calls for unity\n\n" + STORY + "\n";
            CleanText c = clean(text);
            assertFalse(c.text().contains("Abiy"));
            assertFalse(c.text().contains("Kagame"));
            assertTrue(c.text().contains(STORY));
        }

        @Test
        void blockStopsAtNormalParagraph() {
            String paragraph = "Last week, Venezuelan President Nicolas Maduro said that Russia would send medicine "
                    + "to Venezuela, amid reports of strengthening ties between Caracas and Moscow.";
            String text = STORY + "\nMore From This Section\n" + paragraph + "\n" + STORY2 + "\n";
            CleanText c = clean(text);
            assertTrue(c.text().contains(paragraph));
            assertTrue(c.text().contains(STORY2));
            assertFalse(c.text().contains("More From This Section"));
        }

        @Test
        void teaserWithHeadlineDoesNotEatSubheading() {
            String text = STORY + "\n\nREAD MORE: Giant Anaconda Species Discovered\n\n"
                    + "Discussions Ongoing Between Venezuela and Russia\n\n" + STORY2 + "\n";
            CleanText c = clean(text);
            assertTrue(c.text().contains("Discussions Ongoing Between Venezuela and Russia"));
            assertFalse(c.text().contains("Anaconda"));
        }

        @Test
        void emptyTeaserOpensBlock() {
            String text = STORY + "\nREAD MORE:\nEthiopian PM Abiy Ahmed meets Somali President\n\n" + STORY2 + "\n";
            CleanText c = clean(text);
            assertFalse(c.text().contains("Abiy"));
            assertTrue(c.text().contains(STORY2));
        }

        @Test
        void storySentencesWithTheseWordsStay() {
            assertKept("Related talks on the border dispute will be held in Nairobi next month.\n");
            assertKept("Read more carefully, the statement commits both sides to a ceasefire.\n");
            assertKept("Trending upward, trade between the two countries reached $3 billion.\n");
        }
    }

    @Nested
    class Captions {

        @Test
        void creditSegments() {
            for (String credit : List.of("(Reuters/Daniel Otieno)", "(AFP/Getty Images)", "(Photo: Xinhua)",
                    "[Photo/Agencies]", "(Xinhua/Li Xin)", "(AP Photo/Jane Doe)", "(File photo)")) {
                String text = STORY + " " + credit + "\n";
                CleanText c = clean(text);
                assertTrue(c.text().startsWith(STORY), credit);
                assertFalse(c.text().contains(credit), credit);
                assertTrue(removedText(text, c, "caption").contains(credit), credit);
            }
        }

        @Test
        void captionLines() {
            assertLineRemoved("Photo Credit: Presidency of Kenya", "caption");
            assertLineRemoved("Photo: Reuters", "caption");
            assertLineRemoved("Image: State House Kenya", "caption");
            assertLineRemoved("File photo of the Kenyan parliament building in Nairobi", "caption");
            assertLineRemoved("REUTERS/Daniel Otieno", "caption");
        }

        @Test
        void captionEndingWithCreditIsRemovedWhole() {
            assertLineRemoved("Kenyan President William Ruto (R) shakes hands with Ugandan President Yoweri Museveni "
                    + "at State House, Nairobi, Kenya, May 13, 2024. (Reuters/Daniel Otieno)", "caption");
            assertLineRemoved("Chinese President Xi Jinping (R) holds talks with Lao President Thongloun Sisoulith in "
                    + "Beijing, capital of China, Oct. 19, 2023.", "caption");
        }

        @Test
        void slashedAcronymsInStoryStay() {
            assertKept("The AU/ECOWAS mediation team arrived in Niamey on Sunday.\n");
            assertKept("Leaders of the Economic Community of West African States (ECOWAS/CEDEAO) met in Abuja.\n");
        }

        @Test
        void longStoryParagraphKeepsTextWhenCreditIsEmbedded() {
            String text = STORY + " " + STORY2 + " Ruto said the talks were productive and that more agreements "
                    + "would follow in the coming months. (Photo: Xinhua)\n";
            CleanText c = clean(text);
            assertTrue(c.text().contains(STORY));
            assertFalse(c.text().contains("(Photo: Xinhua)"));
        }
    }

    @Nested
    class Ownership {

        @Test
        void legalAndEditorialLines() {
            assertLineRemoved("This article is owned by Latin Post.", "ownership");
            assertLineRemoved("Disclaimer: No Business Standard Journalist was involved in creation of this content",
                    "ownership");
            assertLineRemoved("Copyright 2024 Reuters. All rights reserved.", "ownership");
            assertLineRemoved("\u00A9 2024 The Nation Media Group", "ownership");
            assertLineRemoved("All rights reserved", "ownership");
            assertLineRemoved("(Except for the headline, this story has not been edited by NDTV staff and is "
                    + "published from a syndicated feed.)", "ownership");
            assertLineRemoved("Follow us on Twitter and Facebook", "ownership");
            assertLineRemoved("Subscribe to our newsletter", "ownership");
            assertLineRemoved("Click here to read the full statement", "ownership");
            assertLineRemoved("Share this article", "ownership");
            assertLineRemoved("Advertisement", "ownership");
        }

        @Test
        void editorialSegmentAtEndOfParagraph() {
            String text = STORY + " (This story has not been edited by our staff and is auto-generated from a "
                    + "syndicated feed.)\n";
            CleanText c = clean(text);
            assertTrue(c.text().startsWith(STORY));
            assertFalse(c.text().contains("syndicated"));
        }

        @Test
        void storySentencesStay() {
            assertKept("Copyright disputes between the two countries have dragged on for years, officials said.\n");
            assertKept("This report by the UN was published on Tuesday and describes the famine in detail.\n");
            assertKept("Share prices in Nairobi rose after the agreements were signed.\n");
        }
    }

    @Nested
    class Tweets {

        @Test
        void tweetWithPicLink() {
            assertLineRemoved("On September 20, FMs Sergey #Lavrov & @yvangil met on the margins of #UNGA78. "
                    + "https://t.co/bTu3rlCcOp pic.twitter.com/kx56cfiINF \u2014 MFA Russia (@mfa_russia) "
                    + "September 20, 2023", "tweet");
        }

        @Test
        void tweetWithShortLinkOnly() {
            assertLineRemoved("Productive talks with my brother today https://t.co/x7Qm2Lk", "tweet");
        }

        @Test
        void signatureOnlyEmbed() {
            assertLineRemoved("Productive talks with my brother on energy and trade. \u2014 William Ruto "
                    + "(@WilliamsRuto) May 13, 2024", "tweet");
            assertLineRemoved("Kenya and Uganda are one people. -- William Ruto (@WilliamsRuto) May 13, 2024",
                    "tweet");
        }

        @Test
        void signatureOnItsOwnLineTakesTheTweetAbove() {
            String text = STORY + "\n\nKenya and Uganda are one people. #KenyaUganda\n"
                    + "\u2014 William Ruto (@WilliamsRuto) May 13, 2024\n\n" + STORY2 + "\n";
            CleanText c = clean(text);
            assertFalse(c.text().contains("one people"));
            assertFalse(c.text().contains("@WilliamsRuto"));
            assertTrue(c.text().contains(STORY));
            assertTrue(c.text().contains(STORY2));
        }

        @Test
        void reportedTweetsStay() {
            assertKept("Gil tweeted that \"Venezuela and Russia will always be important allies\".\n");
            assertKept("Ruto wrote on X (@WilliamsRuto) that the talks were productive.\n");
        }
    }

    @Nested
    class Navigation {

        @Test
        void menus() {
            assertLineRemoved("Home | World | Politics | Sports", "navigation");
            assertLineRemoved("Home \u2022 Africa \u2022 East Africa \u2022 Kenya", "navigation");
            assertLineRemoved("News | Business | Opinion | Life & Style", "navigation");
            assertLineRemoved("Home > World > Africa", "navigation");
        }

        @Test
        void sentencesWithBarsStay() {
            assertKept("The ministers met in Nairobi | officials said the talks were frank and productive.\n");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void repeatedParagraphRemovedOnce() {
            String text = STORY + "\n\n" + STORY2 + "\n\n" + STORY + "\n";
            CleanText c = clean(text);
            assertEquals(c.text().indexOf(STORY), c.text().lastIndexOf(STORY), "second copy removed");
            assertEquals(0, c.text().indexOf(STORY), "first copy kept");
            assertTrue(removedText(text, c, "duplicate").contains(STORY));
        }

        @Test
        void normalisesWhitespaceAndQuotes() {
            String first = "\u201CWe have agreed that no one should stand in the way of trade,\u201D Ruto said.";
            String second = "  \"We have agreed that no one  should stand in the way of trade,\" Ruto said.";
            CleanText c = clean(first + "\n" + STORY + "\n" + second + "\n");
            assertTrue(c.text().contains(first));
            assertFalse(c.text().contains("\"We have agreed"));
        }

        @Test
        void shortRepeatsStay() {
            String text = "He said yes.\n" + STORY + "\nHe said yes.\n";
            assertKept(text);
        }

        @Test
        void similarButDifferentParagraphsStay() {
            String a = "In April, a working session will take place. We will sign over 20 documents,\" TASS quoted "
                    + "Maduro as saying.";
            String b = "Maduro asserted, \"In April, a working session will take place. We will sign over 20 "
                    + "documents.\"";
            assertKept(a + "\n" + b + "\n");
        }
    }

    @Nested
    class Plumbing {

        @Test
        void emptyAndNull() {
            assertEquals("", FILTER.clean("").text());
            assertEquals("", FILTER.clean(null).text());
            assertTrue(FILTER.clean("").removed().isEmpty());
        }

        @Test
        void windowsLineEndings() {
            String text = "By Jane Doe\r\n\r\n" + STORY + "\r\nREAD MORE: Other story\r\n" + STORY2 + "\r\n";
            CleanText c = clean(text);
            assertTrue(c.text().contains(STORY + "\r\n"));
            assertTrue(c.text().contains(STORY2 + "\r\n"));
            assertFalse(c.text().contains("Jane Doe"));
            assertFalse(c.text().contains("Other story"));
        }

        @Test
        void plainStoryUntouched() {
            assertKept(STORY + "\n\n\"We will trade more and quarrel less,\" Museveni said.\n\n" + STORY2);
        }

        @Test
        void sampleArticleEndToEnd() {
            String text = String.join("\n",
                    "Kenya, Uganda sign four agreements as Museveni visits Nairobi", "", "By Jane Doe", "",
                    "NAIROBI, May 13 (Xinhua) -- " + STORY, "",
                    "Kenyan President William Ruto (R) shakes hands with Ugandan President Yoweri Museveni at State "
                            + "House, Nairobi, Kenya, May 13, 2024. (Reuters/Daniel Otieno)", "",
                    STORY2, "",
                    "Productive talks with my brother H.E. @KagutaMuseveni. #KenyaUganda pic.twitter.com/x7Qm2Lk "
                            + "\u2014 William Samoei Ruto, PhD (@WilliamsRuto) May 13, 2024", "",
                    STORY2, "", "Related News:", "Rwanda's Kagame calls for unity at Kigali commemoration", "",
                    "Web editor: Zhang Kaiwei, Liu Xin", "");
            CleanText c = clean(text);
            String out = c.text();
            assertTrue(out.startsWith("Kenya, Uganda sign four agreements as Museveni visits Nairobi"));
            assertTrue(out.contains(STORY));
            assertEquals(out.indexOf(STORY2), out.lastIndexOf(STORY2));
            for (String gone : List.of("Jane Doe", "Xinhua", "shakes hands", "pic.twitter", "Kagame",
                    "Related News", "Zhang Kaiwei")) {
                assertFalse(out.contains(gone), gone);
            }
            List<String> reasons = c.removed().stream().map(Region::reason).distinct().toList();
            assertTrue(reasons.containsAll(List.of("byline", "dateline", "caption", "tweet", "duplicate",
                    "related-links")), reasons::toString);
        }
    }

    @Nested
    class Seeds {

        private List<Path> seeds() throws IOException {
            Path dir = Path.of("seeds");
            assertTrue(Files.isDirectory(dir), "run from the project root: " + dir.toAbsolutePath());
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                assertFalse(txt.isEmpty());
                return txt;
            }
        }

        @Test
        void generalPropertiesHoldOnEverySeed() throws IOException {
            for (Path p : seeds()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                CleanText c = clean(text);
                for (String line : c.text().split("\\R")) {
                    String l = line.strip();
                    String where = p.getFileName() + ": " + l;
                    assertFalse(l.toUpperCase().startsWith("READ MORE"), where);
                    assertFalse(l.toUpperCase().startsWith("READ NEXT"), where);
                    assertFalse(l.startsWith("WATCH:"), where);
                    assertFalse(l.startsWith("Written by"), where);
                    assertFalse(l.startsWith("Disclaimer:"), where);
                    assertFalse(l.startsWith("This article is owned by"), where);
                    assertFalse(l.startsWith("More From This Section"), where);
                    assertFalse(l.startsWith("OREANDA-NEWS"), where);
                    assertFalse(l.contains("pic.twitter.com"), where);
                    assertFalse(l.contains("t.co/"), where);
                }
                // most of each article is story and survives
                long kept = c.text().chars().filter(ch -> !Character.isWhitespace(ch)).count();
                long all = text.chars().filter(ch -> !Character.isWhitespace(ch)).count();
                assertTrue(kept > all * 0.7, p + " kept " + kept + " of " + all);
            }
        }

        @Test
        void storySentencesSurvive() throws IOException {
            List<String> sentences = List.of(
                    "Venezuelan President Nicolas Maduro welcomed Russian Foreign Minister Sergei Lavrov in Caracas on "
                            + "Tuesday",
                    "Lavrov met with his Venezuelan counterpart Yvan Gil",
                    "Last year, Lavrov also visited Venezuela",
                    "Discussions Ongoing Between Venezuela and Russia Over Various Matters",
                    "He met President Miguel Diaz-Canel Bermudez there during his visit.",
                    "Venezuelan President Nicolas Maduro is convinced that his visit to Russia contributes",
                    "The Venezuelan leader arrived in Russia on Tuesday.",
                    "Today, September 25, Russia is negotiating Putin and Maduro.",
                    "Russia and Venezuela will sign around 20 agreements on cooperation",
                    "Last week, Venezuelan President Nicolas Maduro said that Russia would send medicine",
                    "Moscow, Russian President Vladimir Putin reiterated his support",
                    "In April, the two countries signed 11 agreements.",
                    "held a meeting on Wednesday in the framework of the 78th regular session of the UN General Assembly",
                    "Gil tweeted that \"Venezuela and Russia will always be important allies",
                    "It also recognized Venezuela's role in promoting rapprochement");
            StringBuilder all = new StringBuilder();
            for (Path p : seeds()) {
                all.append(FILTER.clean(Files.readString(p, StandardCharsets.UTF_8)).text()).append('\n');
            }
            String cleaned = all.toString();
            for (String s : sentences) {
                assertTrue(cleaned.contains(s), "story sentence lost: " + s);
            }
        }
    }
}
