package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kindred.domain.model.group.GroundRulesAcceptance;
import org.kindred.domain.model.group.GroundRulesLink;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.GroundRulesVersion;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.infrastructure.persistence.StatusCounts;

@ApplicationScoped
public class JpaGroundRulesRepository implements GroundRulesRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public Optional<GroundRulesVersion> current(long groupId) {
        return em.createNamedQuery("GroundRulesVersion.current", GroundRulesVersion.class)
                .setParameter("groupId", groupId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, GroundRulesVersion> current(Collection<Long> groupIds) {
        Map<Long, GroundRulesVersion> current = new HashMap<>();
        if (!groupIds.isEmpty()) {
            em.createNamedQuery("GroundRulesVersion.currentForGroups", GroundRulesVersion.class)
                    .setParameter("groupIds", groupIds).getResultList()
                    .forEach(v -> current.put(v.groupId(), v));
        }
        return current;
    }

    @Override
    public void add(GroundRulesVersion version) {
        em.persist(version);
        em.flush();
    }

    @Override
    public Set<Long> acceptedBy(long versionId) {
        return new HashSet<>(em.createNamedQuery("GroundRulesAcceptance.acceptedBy", Long.class)
                .setParameter("versionId", versionId).getResultList());
    }

    @Override
    public boolean hasAccepted(long versionId, long personId) {
        return em.createNamedQuery("GroundRulesAcceptance.countFor", Long.class)
                .setParameter("versionId", versionId).setParameter("personId", personId).getSingleResult() > 0;
    }

    @Override
    public Set<Long> acceptedOf(long personId, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.rulesVersionId from GroundRulesAcceptance a "
                        + "where a.personId = :personId and a.rulesVersionId in :versionIds", Long.class)
                .setParameter("personId", personId).setParameter("versionIds", versionIds).getResultList());
    }

    @Override
    public void add(GroundRulesAcceptance acceptance) {
        em.persist(acceptance);
    }

    @Override
    public void add(GroundRulesLink link) {
        em.persist(link);
    }

    @Override
    public Optional<GroundRulesLink> lockLink(String tokenHash) {
        return em.createNamedQuery("GroundRulesLink.findByTokenHash", GroundRulesLink.class)
                .setParameter("tokenHash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<GroundRulesVersion> version(long versionId) {
        return Optional.ofNullable(em.find(GroundRulesVersion.class, versionId));
    }

    @Override
    public Map<Long, Map<MembershipStatus, Long>> notAcceptingCurrent(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return StatusCounts.byGroup(em.createNamedQuery("GroundRulesAcceptance.notAcceptingCurrent", Object[].class)
                .setParameter("groupIds", groupIds).getResultList());
    }

    @Override
    public Optional<GroundRulesVersion> lockVersion(long versionId) {
        return Optional.ofNullable(em.find(GroundRulesVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void removeAcceptances(long groupId, long personId) {
        em.createNativeQuery("DELETE FROM ground_rules_acceptance WHERE person_id = ?1 AND rules_version_id IN "
                        + "(SELECT id FROM ground_rules_version WHERE group_id = ?2)")
                .setParameter(1, personId).setParameter(2, groupId).executeUpdate();
    }
}
