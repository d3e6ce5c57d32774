package org.kindred.infrastructure.persistence.jpa;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.kindred.application.report.MonthRelease;
import org.kindred.application.report.ReleaseStore;
import org.kindred.application.report.ReportRow;
import org.kindred.application.report.RoundRow;

/**
 * Released months in {@code report_release}, each month's lines and Rounds as JSON (JSON-B). A release
 * is written with INSERT IGNORE: if another request or server kept the month first, theirs stays, and
 * it holds the same figures, made from the same final counts.
 */
@ApplicationScoped
public class JpaReleaseStore implements ReleaseStore {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    private final Jsonb json = JsonbBuilder.create();

    /** What is kept of a release besides its organisation, month and time: public for JSON-B. */
    public record Body(List<ReportRow> rows, RoundRow rounds) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MonthRelease> released(long organisationId, YearMonth first, YearMonth last) {
        List<Object[]> rows = em.createNativeQuery("SELECT period, released_at, body FROM report_release "
                        + "WHERE organisation_id = ?1 AND period >= ?2 AND period <= ?3 ORDER BY period")
                .setParameter(1, organisationId).setParameter(2, first.toString()).setParameter(3, last.toString())
                .getResultList();
        return rows.stream().map(r -> {
            Body body = json.fromJson((String) r[2], Body.class);
            return new MonthRelease(YearMonth.parse(((String) r[0]).strip()), instant(r[1]), body.rows(), body.rounds());
        }).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> without(YearMonth month, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT o.id FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM "
                        + "report_release r WHERE r.organisation_id = o.id AND r.period = ?1) ORDER BY o.id")
                .setParameter(1, month.toString()).setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public MonthRelease keep(long organisationId, MonthRelease release) {
        em.createNativeQuery("INSERT IGNORE INTO report_release (organisation_id, period, released_at, body) "
                        + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, organisationId).setParameter(2, release.month().toString())
                .setParameter(3, LocalDateTime.ofInstant(release.releasedAt(), ZoneOffset.UTC))
                .setParameter(4, json.toJson(new Body(release.rows(), release.rounds()))).executeUpdate();
        return release;
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the bean is going
        }
    }

    private static Instant instant(Object value) {
        LocalDateTime time = value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }
}
