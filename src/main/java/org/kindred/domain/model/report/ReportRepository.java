package org.kindred.domain.model.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The anonymous figures behind the reports, each read in one query for a whole set of groups, so a
 * report costs the same number of statements however many groups and sessions it covers.
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

    List<GroupLine> groups(ReportScope scope);

    List<SessionCounts> sessionCounts(ReportScope scope);

    List<EvaluationTotals> evaluationTotals(ReportScope scope);

    List<RoundAudience> roundAudiences(long organisationId);
}
