package org.kindred.application.report;

import java.util.Map;

/**
 * One line of a report as it may be shown: every count already suppressed ("*" for 1-7, and for the
 * counts hidden so those cannot be worked out), the rate and the means only where their counts show.
 * {@code rate} and {@code overall} carry the same figures as numbers, null when hidden, for charts.
 */
public record ReportRow(String label, Kind kind, long sessions, String expected, String present, String apologies,
                        String absent, String unrecorded, String attendanceRate, String responses, String overallMean,
                        Map<String, String> means, Double rate, Double overall) {

    /** What a line sums up. */
    public enum Kind { GROUP, PROGRAMME, MONTH, TOTAL }
}
