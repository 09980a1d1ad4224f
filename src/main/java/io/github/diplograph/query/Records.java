package io.github.diplograph.query;

import java.util.List;

/** The typed answers of the query library. Field names are the stable JSON contract. */
public final class Records {

    private Records() {
    }

    public record Participant(String name, String title, String country) {
    }

    public record Meeting(String date, String datePrecision, Integer year, String place, String type,
                          List<Participant> participants, List<String> sources) {
    }

    public record OfficialRole(String title, String country, String organization) {
    }

    public record Official(String name, List<String> aliases, List<OfficialRole> roles) {
    }

    public record Agreement(String status, Integer count, String date, String datePrecision, Integer year,
                            List<String> topics, List<String> parties, List<String> sources, String quote) {
    }

    public record Supporter(String supporter, String kind, String relation, String supported, List<String> sources,
                            String quote) {
    }

    public record TimelineEntry(String person, String date, String datePrecision, Integer year, String type,
                                String role, String place, List<String> others, List<String> sources) {
    }

    public record DocumentMention(String document, String title, String source, String published, String entity,
                                  Long mentions) {
    }

    public record Tie(String tie, String date, String between, List<String> sources) {
    }

    /** A load, reload or watch run: RUNNING while it works (or if killed), then OK, FAILED, INTERRUPTED or INCOMPLETE. */
    public record Run(String id, String command, String source, String startedAt, String finishedAt, String status,
                      Integer added, Integer changed, Integer deleted, Integer unchanged, Integer failed, String message) {
    }
}
