package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kindred.domain.model.report.ReportRepository;

/**
 * The report figures in plain SQL, one statement each, for all of an organisation's groups over a span
 * of time: the statement is the same for one group or for hundreds.
 */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<GroupLine> groups(long organisationId) {
        List<Object[]> rows = em.createNativeQuery("SELECT g.id, g.name, t.name FROM support_group g "
                        + "JOIN programme_template t ON t.id = g.template_id WHERE g.organisation_id = ?1 "
                        + "ORDER BY t.name, g.name, g.id")
                .setParameter(1, organisationId).getResultList();
        return rows.stream().map(r -> new GroupLine(id(r[0]), (String) r[1], (String) r[2])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SessionCounts> sessionCounts(long organisationId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.group_id, o.starts_at, c.expected, c.present, "
                        + "c.apologies, c.absent FROM attendance_count c JOIN session_occurrence o ON o.id = c.occurrence_id "
                        + "JOIN support_group g ON g.id = c.group_id WHERE g.organisation_id = ?1 "
                        + "AND o.starts_at >= ?2 AND o.starts_at < ?3 ORDER BY o.starts_at")
                .setParameter(1, organisationId).setParameter(2, utc(from)).setParameter(3, utc(to)).getResultList();
        return rows.stream().map(r -> new SessionCounts(id(r[0]), instant(r[1]), number(r[2]), number(r[3]),
                number(r[4]), number(r[5]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EvaluationTotals> evaluationTotals(long organisationId, LocalDate from, LocalDate to) {
        List<EvaluationTotals> totals = new ArrayList<>();
        List<Object[]> answers = em.createNativeQuery("SELECT r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), "
                        + "a.item_code, COUNT(*), SUM(a.score) FROM evaluation_answer a "
                        + "JOIN evaluation_response r ON r.id = a.response_id JOIN support_group g ON g.id = r.group_id "
                        + "WHERE g.organisation_id = ?1 AND r.answered_on >= ?2 AND r.answered_on < ?3 "
                        + "GROUP BY r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), a.item_code")
                .setParameter(1, organisationId).setParameter(2, from).setParameter(3, to).getResultList();
        answers.forEach(r -> totals.add(new EvaluationTotals(id(r[0]), YearMonth.of(number(r[1]), number(r[2])),
                (String) r[3], id(r[4]), id(r[5]))));
        List<Object[]> responses = em.createNativeQuery("SELECT r.group_id, YEAR(r.answered_on), MONTH(r.answered_on), "
                        + "COUNT(*), COUNT(r.overall), COALESCE(SUM(r.overall), 0) FROM evaluation_response r "
                        + "JOIN support_group g ON g.id = r.group_id "
                        + "WHERE g.organisation_id = ?1 AND r.answered_on >= ?2 AND r.answered_on < ?3 "
                        + "GROUP BY r.group_id, YEAR(r.answered_on), MONTH(r.answered_on)")
                .setParameter(1, organisationId).setParameter(2, from).setParameter(3, to).getResultList();
        responses.forEach(r -> {
            YearMonth month = YearMonth.of(number(r[1]), number(r[2]));
            totals.add(new EvaluationTotals(id(r[0]), month, "responses", id(r[3]), id(r[3])));
            totals.add(new EvaluationTotals(id(r[0]), month, "overall", id(r[4]), id(r[5])));
        });
        return totals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RoundAudience> roundAudiences(long organisationId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.starts_at, SUM(h.headcount) FROM round_headcount h "
                        + "JOIN session_occurrence o ON o.id = h.occurrence_id JOIN session_series s ON s.id = o.series_id "
                        + "WHERE s.organisation_id = ?1 AND s.kind = 'ROUND' AND o.starts_at >= ?2 AND o.starts_at < ?3 "
                        + "GROUP BY o.id, o.starts_at ORDER BY o.starts_at")
                .setParameter(1, organisationId).setParameter(2, utc(from)).setParameter(3, utc(to)).getResultList();
        return rows.stream().map(r -> new RoundAudience(instant(r[0]), id(r[1]))).toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** A DATETIME column holding UTC wall-clock time, as the JDBC driver hands it over. */
    private static Instant instant(Object value) {
        LocalDateTime time = value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }
}
