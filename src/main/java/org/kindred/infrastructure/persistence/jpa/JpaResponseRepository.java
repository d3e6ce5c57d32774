package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.kindred.domain.model.invitation.Answer;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.invitation.ResponseRepository;

/**
 * Answers, kept with plain SQL: an answer is a fact with no behaviour, and the upsert
 * ({@code INSERT ... ON DUPLICATE KEY UPDATE}, which H2 accepts in MySQL mode) makes two answers
 * arriving together end as one row: the one given last, by its own time (an emailed REPLY's
 * DTSTAMP), so a reply read late from the mailbox does not overwrite a newer answer by link.
 */
@ApplicationScoped
public class JpaResponseRepository implements ResponseRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void record(Answer answer, Instant answeredAt, Answer.Via via) {
        em.createNativeQuery("INSERT INTO calendar_response (person_id, series_id, occurrence_key, part_stat, "
                        + "answered_at, via) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE "
                        // answered_at last: MySQL assigns left to right, so the comparisons above it
                        // still see the stored time; H2 compares with the old row anyway
                        + "part_stat = CASE WHEN VALUES(answered_at) >= answered_at THEN VALUES(part_stat) ELSE part_stat END, "
                        + "via = CASE WHEN VALUES(answered_at) >= answered_at THEN VALUES(via) ELSE via END, "
                        + "answered_at = GREATEST(answered_at, VALUES(answered_at))")
                .setParameter(1, answer.personId())
                .setParameter(2, answer.seriesId())
                .setParameter(3, answer.occurrenceKey())
                .setParameter(4, answer.partStat().name())
                .setParameter(5, LocalDateTime.ofInstant(answeredAt, ZoneOffset.UTC))
                .setParameter(6, via.name())
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Answer> answers(Collection<Long> seriesIds) {
        if (seriesIds.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        seriesIds.forEach(id -> in.append(in.length() == 0 ? "" : ",").append(id.longValue()));
        List<Object[]> rows = em.createNativeQuery("SELECT person_id, series_id, occurrence_key, part_stat "
                + "FROM calendar_response WHERE series_id IN (" + in + ")").getResultList();
        return rows.stream().map(r -> new Answer(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), PartStat.valueOf((String) r[3]))).toList();
    }

    @Override
    public long repliedCount(long groupId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT r.person_id) FROM calendar_response r "
                        + "JOIN session_series s ON s.id = r.series_id WHERE s.group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }
}
