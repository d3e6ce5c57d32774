package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.exercise.HomeworkReport;
import org.kindred.domain.model.exercise.SessionPlan;
import org.kindred.domain.model.exercise.SessionPlanRepository;
import org.kindred.domain.model.session.Occurrence;

@ApplicationScoped
public class JpaSessionPlanRepository implements SessionPlanRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public Optional<SessionPlan> ofOccurrence(long occurrenceId) {
        return em.createNamedQuery("SessionPlan.findByOccurrence", SessionPlan.class)
                .setParameter("occurrenceId", occurrenceId).getResultStream().findFirst();
    }

    @Override
    public List<SessionPlan> ofOccurrences(Collection<Long> occurrenceIds) {
        if (occurrenceIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("SessionPlan.findByOccurrences", SessionPlan.class)
                .setParameter("occurrenceIds", occurrenceIds).getResultList();
    }

    @Override
    public void add(SessionPlan plan) {
        em.persist(plan);
        em.flush(); // a second first change of the same occurrence fails here, where the caller can say so
    }

    @Override
    public List<Occurrence> heldSessions(long groupId, Instant now, int limit) {
        return em.createQuery("select o from Occurrence o join fetch o.series s where o.groupId = :groupId "
                        + "and s.kind = org.kindred.domain.model.session.SeriesKind.GROUP_SESSION "
                        + "and o.status = org.kindred.domain.model.session.OccurrenceStatus.SCHEDULED "
                        + "and o.startsAt <= :now order by o.startsAt desc", Occurrence.class)
                .setParameter("groupId", groupId).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<HomeworkReport> report(long occurrenceId, long personId) {
        return Optional.ofNullable(em.find(HomeworkReport.class, new HomeworkReport.Key(occurrenceId, personId)));
    }

    @Override
    public List<HomeworkReport> reportsOf(long personId, Collection<Long> occurrenceIds) {
        if (occurrenceIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("HomeworkReport.findMine", HomeworkReport.class)
                .setParameter("personId", personId).setParameter("occurrenceIds", occurrenceIds).getResultList();
    }

    @Override
    public void add(HomeworkReport report) {
        em.persist(report);
    }

    @Override
    public long doneCount(long occurrenceId) {
        return em.createNamedQuery("HomeworkReport.countDone", Long.class)
                .setParameter("occurrenceId", occurrenceId).getSingleResult();
    }

    @Override
    public int forgetReports(long groupId) {
        return em.createNamedQuery("HomeworkReport.deleteByGroup").setParameter("groupId", groupId).executeUpdate();
    }
}
