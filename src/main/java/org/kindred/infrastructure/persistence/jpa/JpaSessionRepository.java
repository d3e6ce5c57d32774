package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Series and occurrences. The lock methods are locking reads, which InnoDB serves from the latest
 * committed data without starting the transaction's snapshot; callers take them before anything else.
 */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(SessionSeries series) {
        em.persist(series);
        em.flush();
    }

    @Override
    public Optional<SessionSeries> find(long seriesId) {
        return Optional.ofNullable(em.find(SessionSeries.class, seriesId));
    }

    @Override
    public List<SessionSeries> ofGroup(long groupId) {
        return em.createNamedQuery("SessionSeries.findByGroup", SessionSeries.class)
                .setParameter("groupId", groupId).getResultList();
    }

    @Override
    public Optional<Occurrence> occurrence(long occurrenceId) {
        return Optional.ofNullable(em.find(Occurrence.class, occurrenceId));
    }

    @Override
    public List<Occurrence> occurrences(Collection<Long> occurrenceIds) {
        if (occurrenceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Occurrence o join fetch o.series where o.id in :ids", Occurrence.class)
                .setParameter("ids", occurrenceIds).getResultList();
    }

    @Override
    public Optional<Owner> lockOwnerOfOccurrence(long occurrenceId) {
        return owner(em.createNativeQuery("SELECT s.group_id, s.facilitator_id FROM session_occurrence o "
                + "JOIN session_series s ON s.id = o.series_id WHERE o.id = ?1 FOR UPDATE")
                .setParameter(1, occurrenceId).getResultList());
    }

    @Override
    public Optional<Owner> lockOwnerOfSeries(long seriesId) {
        return owner(em.createNativeQuery("SELECT group_id, facilitator_id FROM session_series WHERE id = ?1 FOR UPDATE")
                .setParameter(1, seriesId).getResultList());
    }

    private static Optional<Owner> owner(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Owner(((Number) columns[0]).longValue(),
                    columns[1] == null ? null : ((Number) columns[1]).longValue());
        });
    }

    @Override
    public List<Long> lockLeaders(long groupId) {
        return em.createNativeQuery("SELECT person_id FROM group_leader WHERE group_id = ?1 ORDER BY person_id FOR UPDATE")
                .setParameter(1, groupId).getResultStream().map(v -> ((Number) v).longValue()).toList();
    }

    @Override
    public void lockPeople(Collection<Long> personIds) {
        personIds.stream().distinct().sorted().forEach(id -> em
                .createNativeQuery("SELECT id FROM person WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList());
    }

    @Override
    public List<Occurrence> facilitatedBy(Collection<Long> personIds, Instant from, Instant until) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Occurrence.findBusyFacilitators", Occurrence.class)
                .setParameter("people", personIds).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Occurrence> upcomingLedBy(long personId, Instant from, Instant until) {
        return em.createNamedQuery("Occurrence.findUpcomingLedBy", Occurrence.class)
                .setParameter("personId", personId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Occurrence> upcomingForMember(long personId, Instant from, Instant until) {
        return em.createNamedQuery("Occurrence.findForMember", Occurrence.class)
                .setParameter("personId", personId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Occurrence> inOrganisation(long organisationId, Instant from, Instant until) {
        return em.createNamedQuery("Occurrence.findInOrganisation", Occurrence.class)
                .setParameter("organisationId", organisationId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<SessionSeries> findByUid(String uid) {
        return em.createQuery("select s from SessionSeries s where s.uid = :uid", SessionSeries.class)
                .setParameter("uid", uid).getResultStream().findFirst();
    }

    @Override
    public List<SessionSeries> ofGroups(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from SessionSeries s where s.groupId in :groupIds order by s.firstStart",
                SessionSeries.class).setParameter("groupIds", groupIds).getResultList();
    }

    @Override
    public List<SessionSeries> facilitatedBy(long personId) {
        return em.createQuery("select s from SessionSeries s where s.facilitatorId = :personId order by s.firstStart",
                SessionSeries.class).setParameter("personId", personId).getResultList();
    }

    @Override
    public int raiseSequence(SessionSeries series) {
        em.flush();
        em.createNativeQuery("UPDATE session_series SET sequence_no = GREATEST(sequence_no, COALESCE("
                        + "(SELECT MAX(o.sequence_no) FROM session_occurrence o WHERE o.series_id = ?1), 0)) + 1 "
                        + "WHERE id = ?1")
                .setParameter(1, series.id()).executeUpdate();
        em.refresh(series);
        return series.sequence();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Occurrence> lockDueForReminder(Instant from, Instant until, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT id FROM session_occurrence WHERE status = 'SCHEDULED' "
                        + "AND reminders_queued = FALSE AND starts_at >= ?1 AND starts_at < ?2 "
                        + "ORDER BY starts_at LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .getResultList();
        return ids.stream().map(id -> em.find(Occurrence.class, ((Number) id).longValue())).toList();
    }

    @Override
    public Optional<Long> lastScheduledGroupSession(long groupId) {
        return em.createQuery("select o.id from Occurrence o join o.series s where o.groupId = :groupId "
                        + "and s.kind = org.kindred.domain.model.session.SeriesKind.GROUP_SESSION "
                        + "and o.status = org.kindred.domain.model.session.OccurrenceStatus.SCHEDULED "
                        + "order by o.startsAt desc, o.id desc", Long.class)
                .setParameter("groupId", groupId).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public List<Occurrence> inRoom(long roomId, Instant from, Instant until) {
        return em.createQuery("select o from Occurrence o join fetch o.series where o.place.roomId = :roomId "
                        + "and o.startsAt >= :from and o.startsAt < :until order by o.startsAt", Occurrence.class)
                .setParameter("roomId", roomId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }
}
