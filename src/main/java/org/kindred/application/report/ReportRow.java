package org.kindred.application.report;

import java.util.Map;

/**
 * One line of a report as it may be shown: every count already through disclosure control ("*" for
 * 1-7, and for the counts hidden so those cannot be worked out), the rate and the means only where
 * their counts show. {@code rate} and {@code overall} carry the same figures as numbers, null when
 * hidden, for charts. {@code groupId} is set on a group's line only.
 */
public record ReportRow(String label, Kind kind, Long groupId, long sessions, String expected, String present,
                        String apologies, String absent, String unrecorded, String attendanceRate, String responses,
                        String overallMean, Map<String, String> means, Double rate, Double overall) {

    /** Means in the order of their statement codes, so that a line reads the same after being kept. */
    public ReportRow {
        means = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(means));
    }

    /** What a line sums up. */
    public enum Kind { GROUP, PROGRAMME, MONTH, TOTAL }

    /** The same figures under another label and kind: a month's total as a line of the months table. */
    public ReportRow as(String newLabel, Kind newKind) {
        return new ReportRow(newLabel, newKind, groupId, sessions, expected, present, apologies, absent, unrecorded,
                attendanceRate, responses, overallMean, means, rate, overall);
    }
}
