package org.kindred.application.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.domain.model.report.ReportRepository.EvaluationTotals;
import org.kindred.domain.model.report.ReportRepository.SessionCounts;

/** The anonymous totals of one line of a report, added up from sessions and evaluation answers. */
final class Figures {

    long sessions;
    long expected;
    long present;
    long apologies;
    long absent;
    long responses;
    /** Per statement, and for "overall": the number of scores and their sum. */
    final Map<String, long[]> scores = new LinkedHashMap<>();

    void add(SessionCounts counts) {
        sessions++;
        expected += counts.expected();
        present += counts.present();
        apologies += counts.apologies();
        absent += counts.absent();
    }

    void add(EvaluationTotals totals) {
        if ("responses".equals(totals.item())) {
            responses += totals.count();
        } else {
            long[] score = scores.computeIfAbsent(totals.item(), k -> new long[2]);
            score[0] += totals.count();
            score[1] += totals.sum();
        }
    }

    void add(Figures other) {
        sessions += other.sessions;
        expected += other.expected;
        present += other.present;
        apologies += other.apologies;
        absent += other.absent;
        responses += other.responses;
        other.scores.forEach((item, score) -> {
            long[] mine = scores.computeIfAbsent(item, k -> new long[2]);
            mine[0] += score[0];
            mine[1] += score[1];
        });
    }

    /** Members expected but not marked: the sheet was saved with some lines left blank. */
    long unrecorded() {
        return Math.max(0, expected - present - apologies - absent);
    }
}
