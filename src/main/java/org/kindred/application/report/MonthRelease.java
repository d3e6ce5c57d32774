package org.kindred.application.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of an organisation's report as released: its lines (groups, programmes, all groups) and
 * its Schwartz Rounds, already through disclosure control. Written once, when the month's figures can
 * no longer change, and read as stored ever after, so that comparing the report over time shows
 * nothing that one release does not.
 */
public record MonthRelease(YearMonth month, Instant releasedAt, List<ReportRow> rows, RoundRow rounds) {

    /** The "All groups" line. */
    public ReportRow total() {
        return rows.get(rows.size() - 1);
    }
}
