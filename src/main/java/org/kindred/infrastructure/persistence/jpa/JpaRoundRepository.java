package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.round.RoundRepository;
import org.kindred.domain.model.round.SchwartzRound;

/** Schwartz Rounds and their panels. */
@ApplicationScoped
public class JpaRoundRepository implements RoundRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(SchwartzRound round) {
        em.persist(round);
        em.flush();
    }

    @Override
    public Optional<SchwartzRound> find(long roundId) {
        return Optional.ofNullable(em.find(SchwartzRound.class, roundId));
    }

    @Override
    public Optional<SchwartzRound> lock(long roundId) {
        return Optional.ofNullable(em.find(SchwartzRound.class, roundId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<SchwartzRound> inOrganisation(long organisationId) {
        return em.createNamedQuery("SchwartzRound.findByOrganisation", SchwartzRound.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<SchwartzRound> withPanellist(long personId) {
        return em.createNamedQuery("SchwartzRound.findByPanellist", SchwartzRound.class)
                .setParameter("personId", personId).getResultList();
    }

    @Override
    public Optional<SchwartzRound> findBySeries(long seriesId) {
        return em.createQuery("select r from SchwartzRound r where r.roundSeriesId = :id "
                        + "or r.preparationSeriesId = :id or r.debriefSeriesId = :id", SchwartzRound.class)
                .setParameter("id", seriesId).getResultStream().findFirst();
    }
}
