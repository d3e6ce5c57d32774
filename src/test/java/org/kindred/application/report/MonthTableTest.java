package org.kindred.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;

class MonthTableTest {

    private final DisclosureControl control = new DisclosureControl(new OjAlgoRangeFinder());

    @Test
    void countsThatWouldRevealAHiddenOneAreHiddenAcrossRowsAndTotals() {
        MonthTable table = new MonthTable("All groups");
        table.group(1, "Nine", "Peer support", figures(9, 9, 0, 9), false);
        table.group(2, "Seven", "Peer support", figures(9, 7, 2, 7), false);
        MonthTable.Published published = table.publish(control);
        List<ReportRow> rows = published.rows();

        ReportRow nine = rows.get(0);
        ReportRow seven = rows.get(1);
        ReportRow all = rows.get(3);
        assertEquals(1L, nine.groupId());
        assertEquals(ReportRow.Kind.TOTAL, all.kind());
        assertEquals("*", seven.present(), "7: hidden");
        assertEquals("*", seven.apologies());
        assertEquals("*", seven.responses());
        assertEquals("*", nine.responses(), "else 16 - 9 gives the other group's 7 answers");
        assertEquals("*", nine.overallMean());
        assertTrue(!"9".equals(nine.present()) || "*".equals(all.present()), "else 16 - 9 gives the 7");
        assertTrue(control.auditor().exposed(published.publication(), published.disclosure()).isEmpty());
    }

    @Test
    void aSmallGroupMeetingTwiceIsHiddenThoughItsAttendancesAreMany() {
        MonthTable table = new MonthTable("All groups");
        table.group(1, "Five", "Balint", figures(10, 10, 0, 10), true);
        table.group(2, "Twelve", "Balint", figures(24, 20, 4, 20), false);
        table.group(3, "Eleven", "Balint", figures(22, 22, 0, 18), false);
        List<ReportRow> rows = table.publish(control).rows();
        assertEquals("*", rows.get(0).expected());
        assertEquals("*", rows.get(0).present());
        assertEquals("0", rows.get(0).apologies(), "a zero discloses nobody");
        assertEquals("*", rows.get(0).responses());
    }

    @Test
    void theMonthsRoundsShowTheirCountAndTheirAudienceAsDisclosureControlAllows() {
        MonthTable table = new MonthTable("All groups");
        table.rounds(1, 5);
        assertEquals("*", table.publish(control).rounds().audience());
        MonthTable bigger = new MonthTable("All groups");
        bigger.rounds(1, 40);
        bigger.rounds(1, 35);
        RoundRow rounds = bigger.publish(control).rounds();
        assertEquals(2, rounds.rounds());
        assertEquals("75", rounds.audience());
    }

    static Figures figures(int expected, int present, int apologies, int responses) {
        Figures f = new Figures();
        f.sessions = 1;
        f.expected = expected;
        f.present = present;
        f.apologies = apologies;
        f.responses = responses;
        f.scores.put("overall", new long[] {responses, 4L * responses});
        return f;
    }
}
