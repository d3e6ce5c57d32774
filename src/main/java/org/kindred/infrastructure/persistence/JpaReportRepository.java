package org.kindred.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kindred.domain.model.report.ReportRepository;
import org.kindred.domain.model.report.ReportScope;

/**
 * The report figures in plain SQL, one statement each. The scope is a condition on the group, never
 * a list of ids, so the statement is the same for one group or for hundreds.
 */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<GroupLine> groups(ReportScope scope) {
        List<Object[]> rows = scoped("SELECT g.id, g.name, t.name FROM support_group g "
                + "JOIN programme_template t ON t.id = g.template_id WHERE ", "g.id", " ORDER BY t.name, g.name", scope)
                .getResultList();
        return rows.stream().map(r -> new GroupLine(id(r[0]), (String) r[1], (String) r[2])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SessionCounts> sessionCounts(ReportScope scope) {
        List<Object[]> rows = scoped("SELECT c.group_id, o.starts_at, c.expected, c.present, c.apologies, c.absent "
                + "FROM attendance_count c JOIN session_occurrence o ON o.id = c.occurrence_id "
                + "JOIN support_group g ON g.id = c.group_id WHERE ", "c.group_id", " ORDER BY o.starts_at", scope)
                .getResultList();
        return rows.stream().map(r -> new SessionCounts(id(r[0]), utc(r[1]), number(r[2]), number(r[3]),
                number(r[4]), number(r[5]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EvaluationTotals> evaluationTotals(ReportScope scope) {
        List<EvaluationTotals> totals = new ArrayList<>();
        List<Object[]> answers = scoped("SELECT r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), a.item_code, "
                + "COUNT(*), SUM(a.score) FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id "
                + "JOIN support_group g ON g.id = r.group_id WHERE ", "r.group_id",
                " GROUP BY r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), a.item_code", scope).getResultList();
        answers.forEach(r -> totals.add(new EvaluationTotals(id(r[0]), YearMonth.of(number(r[1]), number(r[2])),
                (String) r[3], id(r[4]), id(r[5]))));
        List<Object[]> responses = scoped("SELECT r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), COUNT(*), "
                + "COUNT(r.overall), COALESCE(SUM(r.overall), 0) FROM evaluation_response r "
                + "JOIN support_group g ON g.id = r.group_id WHERE ", "r.group_id",
                " GROUP BY r.group_id, YEAR(r.answered_on), MONTH(r.answered_on)", scope).getResultList();
        responses.forEach(r -> {
            YearMonth month = YearMonth.of(number(r[1]), number(r[2]));
            totals.add(new EvaluationTotals(id(r[0]), month, "responses", id(r[3]), id(r[3])));
            totals.add(new EvaluationTotals(id(r[0]), month, "overall", id(r[4]), id(r[5])));
        });
        return totals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RoundAudience> roundAudiences(long organisationId) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.starts_at, SUM(h.headcount) FROM round_headcount h "
                        + "JOIN session_occurrence o ON o.id = h.occurrence_id JOIN session_series s ON s.id = o.series_id "
                        + "WHERE s.organisation_id = ?1 AND s.kind = 'ROUND' GROUP BY o.id, o.starts_at ORDER BY o.starts_at")
                .setParameter(1, organisationId).getResultList();
        return rows.stream().map(r -> new RoundAudience(utc(r[0]), id(r[1]))).toList();
    }

    /** The statement limited to the scope's groups: {@code head + condition + tail}. */
    private Query scoped(String head, String groupColumn, String tail, ReportScope scope) {
        String condition = "g.organisation_id = ?1"
                + (scope.isOrganisation() ? "" : " AND " + groupColumn
                + " IN (SELECT l.group_id FROM group_leader l WHERE l.person_id = ?2)");
        Query query = em.createNativeQuery(head + condition + tail).setParameter(1, scope.organisationId());
        return scope.isOrganisation() ? query : query.setParameter(2, scope.leaderId());
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** A DATETIME column holding UTC wall-clock time, as the JDBC driver hands it over. */
    private static Instant utc(Object value) {
        LocalDateTime time = value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }
}
