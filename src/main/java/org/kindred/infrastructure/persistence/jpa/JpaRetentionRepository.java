package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.kindred.domain.model.attendance.RetentionRepository;

/**
 * The retention deletes, as plain SQL. A group has ended when its last session has: the inner
 * derived table lets MySQL delete from a table whose rows the condition reads (error 1093 otherwise).
 */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    private static final String ENDED_GROUPS = "(SELECT g.id FROM (SELECT group_id AS id FROM session_occurrence "
            + "GROUP BY group_id HAVING MAX(ends_at) < ?1) g)";

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public int deleteAttendanceOfGroupsEndedBefore(Instant endedBefore) {
        return delete("DELETE FROM attendance_record WHERE group_id IN " + ENDED_GROUPS, endedBefore);
    }

    @Override
    public int deleteRespondedOfGroupsEndedBefore(Instant endedBefore) {
        return delete("DELETE FROM evaluation_responded WHERE occurrence_id IN (SELECT o.id FROM "
                        + "session_occurrence o WHERE o.group_id IN " + ENDED_GROUPS + ")", endedBefore);
    }

    @Override
    public int deleteHomeworkReportsOfGroupsEndedBefore(Instant endedBefore) {
        return delete("DELETE FROM homework_report WHERE group_id IN " + ENDED_GROUPS, endedBefore);
    }

    @Override
    public int deleteWellbeingRespondedOfGroupsEndedBefore(Instant endedBefore) {
        return delete("DELETE FROM wellbeing_responded WHERE group_id IN " + ENDED_GROUPS, endedBefore);
    }

    @Override
    public int deleteAcceptancesOfGroupsEndedBefore(Instant endedBefore) {
        return delete("DELETE FROM ground_rules_acceptance WHERE rules_version_id IN "
                        + "(SELECT v.id FROM ground_rules_version v WHERE v.group_id IN " + ENDED_GROUPS + ")", endedBefore);
    }

    /** Runs a DELETE whose ?1 is the cut-off: groups whose last session ended before it. */
    private int delete(String sql, Instant endedBefore) {
        return em.createNativeQuery(sql).setParameter(1, LocalDateTime.ofInstant(endedBefore, ZoneOffset.UTC))
                .executeUpdate();
    }
}
