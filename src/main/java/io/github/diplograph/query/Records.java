package io.github.diplograph.query;

import io.github.diplograph.model.FuzzyDate;

import java.util.List;

/**
 * The typed answers of the query library. Field names are the stable JSON contract, so dates stay ISO
 * text at their precision there ({@code 2019-09-25}, {@code 2024-02}, {@code 2023}); Java callers read
 * them typed through {@code reportedDate()} / {@code publishedDate()}: a {@link FuzzyDate}, the date with
 * its precision ({@link FuzzyDate#UNKNOWN} when no date is known).
 */
public final class Records {

    private Records() {
    }

    public record Participant(String name, String title, String country) {
    }

    public record Meeting(String date, String datePrecision, Integer year, String place, String type,
                          List<Participant> participants, List<String> sources) {

        /** The date with its precision (the text of {@code date} parsed; {@code datePrecision} says the same). */
        public FuzzyDate reportedDate() {
            return FuzzyDate.parse(date);
        }
    }

    public record OfficialRole(String title, String country, String organization) {
    }

    public record Official(String name, List<String> aliases, List<OfficialRole> roles) {
    }

    public record Agreement(String status, Integer count, String date, String datePrecision, Integer year,
                            List<String> topics, List<String> parties, List<String> sources, String quote) {

        public FuzzyDate reportedDate() {
            return FuzzyDate.parse(date);
        }
    }

    public record Supporter(String supporter, String kind, String relation, String supported, List<String> sources,
                            String quote) {
    }

    public record TimelineEntry(String person, String date, String datePrecision, Integer year, String type,
                                String role, String place, List<String> others, List<String> sources) {

        public FuzzyDate reportedDate() {
            return FuzzyDate.parse(date);
        }
    }

    public record DocumentMention(String document, String title, String source, String published, String entity,
                                  Long mentions) {

        /** The document's publication date with its precision. */
        public FuzzyDate publishedDate() {
            return FuzzyDate.parse(published);
        }
    }

    public record Tie(String tie, String date, String between, List<String> sources) {

        /** The event's or agreement's date with its precision; {@link FuzzyDate#UNKNOWN} for a standing relation. */
        public FuzzyDate reportedDate() {
            return FuzzyDate.parse(date);
        }
    }

    /** A load, reload or watch run: RUNNING while it works (or if killed), then OK, FAILED, INTERRUPTED or INCOMPLETE. */
    public record Run(String id, String command, String source, String startedAt, String finishedAt, String status,
                      Integer added, Integer changed, Integer deleted, Integer unchanged, Integer failed, String message) {
    }
}
