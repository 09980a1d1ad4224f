package io.github.diplograph.query;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows as the driver gives them (maps, lists, strings, longs) into the typed records of the query library. */
class RowMapperTest {

    @Test
    void mapsNestedRecordsListsAndWholeNumbers() {
        Map<String, Object> row = new HashMap<>();
        row.put("date", "2021-06");
        row.put("datePrecision", "MONTH");
        row.put("year", 2021L);
        row.put("place", null);
        row.put("type", "MEETING");
        row.put("participants", List.of(
                Map.of("name", "Ana Ruiz", "title", "President", "country", "CHL"),
                Map.of("name", "Tom Ash", "country", "NZL", "isPerson", true)));
        row.put("sources", List.of("a.txt", "b.txt"));
        row.put("unknownColumn", 42L);

        Records.Meeting m = RowMapper.toRecord(row, Records.Meeting.class);

        assertEquals(2021, m.year());
        assertNull(m.place());
        assertEquals(List.of(new Records.Participant("Ana Ruiz", "President", "CHL"),
                new Records.Participant("Tom Ash", null, "NZL")), m.participants());
        assertEquals(List.of("a.txt", "b.txt"), m.sources());
        assertEquals("2021-06", m.reportedDate().iso());
    }

    @Test
    void keepsNullsInsideListsAndLeavesMissingColumnsNull() {
        Map<String, Object> row = new HashMap<>();
        row.put("supporter", "Freedonia");
        row.put("sources", Arrays.asList("a.txt", null));

        Records.Supporter s = RowMapper.toRecord(row, Records.Supporter.class);

        assertEquals("Freedonia", s.supporter());
        assertEquals(Arrays.asList("a.txt", null), s.sources());
        assertNull(s.quote());
        assertNull(s.kind());
    }

    @Test
    void mapsLongsToLongComponents() {
        Records.DocumentMention d = RowMapper.toRecord(Map.of("document", "x.txt", "mentions", 7L), Records.DocumentMention.class);
        assertEquals(7L, d.mentions());
    }

    @Test
    void namesTheComponentWhenAValueHasTheWrongShape() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RowMapper.toRecord(Map.of("year", "2019"), Records.Meeting.class));
        assertTrue(e.getMessage().contains("Meeting.year") && e.getMessage().contains("a number"), e.getMessage());
    }
}
