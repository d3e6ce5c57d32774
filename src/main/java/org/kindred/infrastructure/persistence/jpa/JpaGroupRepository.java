package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.LeaderRole;
import org.kindred.domain.model.group.LedGroup;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.FacilitatorProfile;
import org.kindred.domain.model.programme.ProgrammeTemplate;

@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {

    /** Seats are inserted in batches of this many rows per statement. */
    private static final int SEAT_BATCH = 100;

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public List<ProgrammeTemplate> templates(long organisationId) {
        return em.createNamedQuery("ProgrammeTemplate.findVisibleTo", ProgrammeTemplate.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public Optional<ProgrammeTemplate> template(String code, long organisationId) {
        return em.createNamedQuery("ProgrammeTemplate.findByCode", ProgrammeTemplate.class)
                .setParameter("code", code).setParameter("organisationId", organisationId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean codeTaken(String code) {
        return !em.createQuery("select t.id from ProgrammeTemplate t where t.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
    }

    @Override
    public void add(ProgrammeTemplate template) {
        em.persist(template);
        em.flush();
    }

    @Override
    public void add(SupportGroup group) {
        em.persist(group);
        em.flush();
        for (int first = 1; first <= group.maxMembers(); first += SEAT_BATCH) {
            int last = Math.min(group.maxMembers(), first + SEAT_BATCH - 1);
            StringBuilder sql = new StringBuilder("INSERT INTO group_seat (group_id, seat_no) VALUES ");
            for (int seat = first; seat <= last; seat++) {
                sql.append(seat == first ? "" : ", ").append("(?1, ").append(seat).append(')');
            }
            em.createNativeQuery(sql.toString()).setParameter(1, group.id()).executeUpdate();
        }
    }

    @Override
    public Optional<SupportGroup> find(long groupId) {
        return Optional.ofNullable(em.find(SupportGroup.class, groupId));
    }

    @Override
    public Optional<SupportGroup> findLedBy(long groupId, long personId) {
        return em.createNamedQuery("SupportGroup.findIfLedBy", SupportGroup.class)
                .setParameter("groupId", groupId).setParameter("personId", personId).getResultStream().findFirst();
    }

    @Override
    public List<SupportGroup> inOrganisation(long organisationId) {
        return em.createNamedQuery("SupportGroup.findByOrganisation", SupportGroup.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<SupportGroup> ledBy(long personId) {
        return em.createNamedQuery("SupportGroup.findLedBy", SupportGroup.class)
                .setParameter("personId", personId).getResultList();
    }

    @Override
    public List<LedGroup> ledWithRoles(long personId) {
        return em.createNamedQuery("SupportGroup.findLedWithRoles", Object[].class)
                .setParameter("personId", personId).getResultStream()
                .map(row -> new LedGroup((SupportGroup) row[0], (LeaderRole) row[1],
                        row[2] == null ? 0 : ((Number) row[2]).intValue()))
                .toList();
    }

    @Override
    public List<SupportGroup> joinedBy(long personId) {
        return em.createNamedQuery("SupportGroup.findJoinedBy", SupportGroup.class)
                .setParameter("personId", personId).getResultList();
    }

    @Override
    public List<SupportGroup> openTo(long organisationId, long personId) {
        return em.createNamedQuery("SupportGroup.findOpenFor", SupportGroup.class)
                .setParameter("organisationId", organisationId).setParameter("personId", personId).getResultList();
    }

    @Override
    public List<GroupLeader> leaders(long groupId) {
        return em.createNamedQuery("GroupLeader.findByGroup", GroupLeader.class)
                .setParameter("groupId", groupId).getResultList();
    }

    @Override
    public List<GroupLeader> leaders(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("GroupLeader.findByGroups", GroupLeader.class)
                .setParameter("groupIds", groupIds).getResultList();
    }

    @Override
    public void add(GroupLeader leader) {
        em.persist(leader);
    }

    @Override
    public void remove(List<GroupLeader> leaders) {
        leaders.forEach(em::remove);
        em.flush();
    }

    @Override
    public long groupsLedBy(long personId) {
        return em.createNamedQuery("GroupLeader.countByPerson", Long.class)
                .setParameter("personId", personId).getSingleResult();
    }

    @Override
    public Optional<FacilitatorProfile> profile(long personId) {
        return Optional.ofNullable(em.find(FacilitatorProfile.class, personId));
    }

    @Override
    public Map<Long, FacilitatorProfile> profiles(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from FacilitatorProfile p where p.personId in :ids", FacilitatorProfile.class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(FacilitatorProfile::personId, Function.identity()));
    }

    @Override
    public Map<Long, Long> groupsLedBy(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.personId, count(l) from GroupLeader l where l.personId in :ids "
                        + "group by l.personId", Object[].class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public void add(FacilitatorProfile profile) {
        em.persist(profile);
    }
}
