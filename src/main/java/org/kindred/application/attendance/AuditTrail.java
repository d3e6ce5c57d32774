package org.kindred.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kindred.application.access.Caller;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;

/**
 * Writes the audit log of named attendance. An allowed access is logged in the caller's transaction;
 * a refused one in a transaction of its own, because the refusal rolls the caller's back.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AttendanceRepository attendance;

    @Inject
    Clock clock;

    void allowed(Caller caller, AuditEntry.Action action, Long groupId, Long occurrenceId) {
        attendance.add(new AuditEntry(caller.organisationId(), clock.instant(), caller.personId(), action, groupId,
                occurrenceId, true));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Caller caller, AuditEntry.Action action, Long groupId, Long occurrenceId) {
        attendance.add(new AuditEntry(caller.organisationId(), clock.instant(), caller.personId(), action, groupId,
                occurrenceId, false));
    }
}
