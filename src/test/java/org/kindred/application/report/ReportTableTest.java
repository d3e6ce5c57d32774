package org.kindred.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void countsThatWouldRevealAHiddenOneAreHiddenAcrossRowsAndTotals() {
        Reports.Table table = new Reports.Table();
        Reports.Table.Node total = table.node("All groups", ReportRow.Kind.TOTAL, null);
        Reports.Table.Node programme = table.node("Peer support", ReportRow.Kind.PROGRAMME, total);
        table.node("Nine", ReportRow.Kind.GROUP, programme).add(figures(9, 9, 0, 9));
        table.node("Seven", ReportRow.Kind.GROUP, programme).add(figures(9, 7, 2, 7));
        List<ReportRow> rows = table.rows(total);
        
        ReportRow nine = rows.get(0);
        ReportRow seven = rows.get(1);
        ReportRow all = rows.get(3);
        assertEquals("*", seven.present(), "7: hidden");
        assertEquals("*", seven.apologies());
        assertEquals("*", all.present(), "else 18 - 16 gives the 2 apologies");
        assertEquals("9", nine.present(), "safe once the totals' present counts are hidden");
        assertEquals("*", seven.responses());
        assertEquals("*", nine.responses(), "else 16 - 9 gives the other group's 7 answers");
        assertEquals("*", nine.overallMean());
        assertEquals("16", all.responses());
        assertEquals("4.0", all.overallMean());
    }

    private static Figures figures(int expected, int present, int apologies, int responses) {
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
