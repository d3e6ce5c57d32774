package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.domain.model.attendance.AttendanceRecord;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;

/** Attendance marks as entities; the counts, headcounts and retention as plain SQL. */
@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public List<AttendanceRecord> ofOccurrence(long occurrenceId) {
        return em.createQuery("select a from AttendanceRecord a where a.occurrenceId = :id", AttendanceRecord.class)
                .setParameter("id", occurrenceId).getResultList();
    }

    @Override
    public List<AttendanceRecord> ofGroup(long groupId) {
        return em.createQuery("select a from AttendanceRecord a where a.groupId = :id order by a.occurrenceId",
                AttendanceRecord.class).setParameter("id", groupId).getResultList();
    }

    @Override
    public List<AttendanceRecord> ofPerson(long personId) {
        return em.createQuery("select a from AttendanceRecord a where a.personId = :id order by a.occurrenceId",
                AttendanceRecord.class).setParameter("id", personId).getResultList();
    }

    @Override
    public Optional<AttendanceRecord> find(long occurrenceId, long personId) {
        return em.createQuery("select a from AttendanceRecord a where a.occurrenceId = :o and a.personId = :p",
                AttendanceRecord.class).setParameter("o", occurrenceId).setParameter("p", personId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(AttendanceRecord record) {
        em.persist(record);
    }

    @Override
    public void saveCounts(long occurrenceId, long groupId, int expected, int present, int apologies, int absent) {
        em.createNativeQuery("DELETE FROM attendance_count WHERE occurrence_id = ?1").setParameter(1, occurrenceId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO attendance_count (occurrence_id, group_id, expected, present, apologies, "
                        + "absent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, occurrenceId).setParameter(2, groupId).setParameter(3, expected)
                .setParameter(4, present).setParameter(5, apologies).setParameter(6, absent).executeUpdate();
    }

    @Override
    public void saveHeadcount(long occurrenceId, Map<String, Integer> byStaffGroup) {
        em.createNativeQuery("DELETE FROM round_headcount WHERE occurrence_id = ?1").setParameter(1, occurrenceId)
                .executeUpdate();
        byStaffGroup.forEach((staffGroup, count) -> em.createNativeQuery(
                        "INSERT INTO round_headcount (occurrence_id, staff_group, headcount) VALUES (?1, ?2, ?3)")
                .setParameter(1, occurrenceId).setParameter(2, staffGroup).setParameter(3, count).executeUpdate());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> headcount(long occurrenceId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT staff_group, headcount FROM round_headcount "
                + "WHERE occurrence_id = ?1 ORDER BY staff_group").setParameter(1, occurrenceId).getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Map<String, Integer>> headcounts(Collection<Long> occurrenceIds) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        if (occurrenceIds.isEmpty()) {
            return counts;
        }
        StringBuilder in = new StringBuilder();
        occurrenceIds.forEach(id -> in.append(in.length() == 0 ? "" : ",").append(id.longValue()));
        List<Object[]> rows = em.createNativeQuery("SELECT occurrence_id, staff_group, headcount FROM round_headcount "
                + "WHERE occurrence_id IN (" + in + ") ORDER BY occurrence_id, staff_group").getResultList();
        rows.forEach(r -> counts.computeIfAbsent(((Number) r[0]).longValue(), id -> new LinkedHashMap<>())
                .put((String) r[1], ((Number) r[2]).intValue()));
        return counts;
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> audit(long organisationId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.organisationId = :org order by e.id desc",
                AuditEntry.class).setParameter("org", organisationId).setMaxResults(limit).getResultList();
    }
}
