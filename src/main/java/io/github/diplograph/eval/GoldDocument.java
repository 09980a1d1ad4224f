package io.github.diplograph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Hand-written expected facts of one document (src/test/resources/gold/&lt;set&gt;/&lt;document&gt;.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(String document, String published, List<Official> officials, List<Meeting> meetings,
                           List<Visit> visits, List<Meeting> calls, List<Agreement> agreements) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Official(String name, String country, String organization, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(List<String> participants, Integer year, String date, String place) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Visit(String visitor, String country, Integer year) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(List<String> parties, String status, Integer count, Integer year) {
    }

    public List<Official> officials() {
        return officials == null ? List.of() : officials;
    }

    public List<Meeting> meetings() {
        return meetings == null ? List.of() : meetings;
    }

    public List<Visit> visits() {
        return visits == null ? List.of() : visits;
    }

    public List<Meeting> calls() {
        return calls == null ? List.of() : calls;
    }

    public List<Agreement> agreements() {
        return agreements == null ? List.of() : agreements;
    }
}
