package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.domain.model.evaluation.EvaluationAnswers;
import org.kindred.domain.model.evaluation.EvaluationItem;
import org.kindred.domain.model.evaluation.EvaluationResponse;
import org.kindred.domain.model.evaluation.EvaluationRepository;

/**
 * Evaluation in plain SQL. The responded-flag is written with INSERT IGNORE, so two submissions at
 * once still leave one flag and one set of answers (the loser is refused before writing any); the
 * day-after mailing marker likewise, so two runs of the job queue one set of emails.
 */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    private volatile List<EvaluationItem> items;

    /**
     * Read once: the statements are reference data that only a migration changes, and migrations run at
     * start-up before any request. Saves the report page and every evaluation form a statement.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<EvaluationItem> items() {
        List<EvaluationItem> read = items;
        if (read == null) {
            List<Object[]> rows = em.createNativeQuery("SELECT code, statement FROM evaluation_item ORDER BY position")
                    .getResultList();
            read = rows.stream().map(r -> new EvaluationItem((String) r[0], (String) r[1])).toList();
            items = read;
        }
        return read;
    }

    @Override
    public boolean markResponded(long occurrenceId, long personId) {
        return em.createNativeQuery("INSERT IGNORE INTO evaluation_responded (occurrence_id, person_id) VALUES (?1, ?2)")
                .setParameter(1, occurrenceId).setParameter(2, personId).executeUpdate() == 1;
    }

    @Override
    public boolean hasResponded(long occurrenceId, long personId) {
        return !em.createNativeQuery("SELECT person_id FROM evaluation_responded WHERE occurrence_id = ?1 AND person_id = ?2")
                .setParameter(1, occurrenceId).setParameter(2, personId).getResultList().isEmpty();
    }

    @Override
    public void addAnswers(long occurrenceId, long groupId, LocalDate day, EvaluationAnswers answers) {
        em.persist(new EvaluationResponse(occurrenceId, groupId, day, answers));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, long[]> totals(long occurrenceId) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT a.item_code, COUNT(*), SUM(a.score) FROM evaluation_answer a "
                + "JOIN evaluation_response r ON r.id = a.response_id WHERE r.occurrence_id = ?1 GROUP BY a.item_code")
                .setParameter(1, occurrenceId).getResultList();
        rows.forEach(r -> totals.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        Object[] overall = (Object[]) em.createNativeQuery("SELECT COUNT(overall), COALESCE(SUM(overall), 0) "
                + "FROM evaluation_response WHERE occurrence_id = ?1").setParameter(1, occurrenceId).getSingleResult();
        totals.put("overall", new long[] {((Number) overall[0]).longValue(), ((Number) overall[1]).longValue()});
        return totals;
    }

    @Override
    public long responses(long occurrenceId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM evaluation_response WHERE occurrence_id = ?1")
                .setParameter(1, occurrenceId).getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Long> respondents(long occurrenceId) {
        List<Object> ids = em.createNativeQuery("SELECT person_id FROM evaluation_responded WHERE occurrence_id = ?1")
                .setParameter(1, occurrenceId).getResultList();
        Set<Long> people = new HashSet<>();
        ids.forEach(id -> people.add(((Number) id).longValue()));
        return people;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> endedWithoutMailing(Instant from, Instant until, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT o.id FROM session_occurrence o "
                        + "JOIN session_series s ON s.id = o.series_id WHERE s.kind = 'GROUP_SESSION' "
                        + "AND o.status = 'SCHEDULED' AND o.ends_at >= ?1 AND o.ends_at < ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM evaluation_mailing m WHERE m.occurrence_id = o.id) "
                        + "ORDER BY o.id LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public boolean claimMailing(long occurrenceId) {
        return em.createNativeQuery("INSERT IGNORE INTO evaluation_mailing (occurrence_id) VALUES (?1)")
                .setParameter(1, occurrenceId).executeUpdate() == 1;
    }
}
