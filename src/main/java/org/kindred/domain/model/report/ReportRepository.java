package org.kindred.domain.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The anonymous figures behind the reports, each read in one query for all of an organisation's groups
 * over a span of time, so a report costs the same number of statements however many groups and
 * sessions it covers.
 */
public interface ReportRepository {

    /** A group in a report: its id, name and the programme (template) it was set up from. */
    record GroupLine(long groupId, String name, String programme) {
    }

    /** One session's anonymous attendance counts, kept after the named marks are deleted. */
    record SessionCounts(long groupId, Instant startsAt, int expected, int present, int apologies, int absent) {
    }

    /**
     * The evaluation answers of one group in one month: for one statement (or {@code "overall"}, the
     * 1-5 rating, or {@code "responses"}, the number of forms), how many scores and their sum.
     */
    record EvaluationTotals(long groupId, YearMonth month, String item, long count, long sum) {
    }

    /** A Schwartz Round's audience: when, and how many came. */
    record RoundAudience(Instant startsAt, long headcount) {
    }

    /** The organisation's groups, by programme and name. */
    List<GroupLine> groups(long organisationId);

    /** Counts of the sessions that started in {@code [from, to)}. */
    List<SessionCounts> sessionCounts(long organisationId, Instant from, Instant to);

    /** Evaluation totals per month of the answers given on days in {@code [from, to)}. */
    List<EvaluationTotals> evaluationTotals(long organisationId, LocalDate from, LocalDate to);

    /** Audiences of the Rounds that started in {@code [from, to)}. */
    List<RoundAudience> roundAudiences(long organisationId, Instant from, Instant to);
}
