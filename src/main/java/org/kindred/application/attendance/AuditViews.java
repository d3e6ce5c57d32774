package org.kindred.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/** The audit log, for admins of the organisation: who, when, which group, allowed or not. Never the attendance. */
@ApplicationScoped
public class AuditViews {

    static final int SHOWN = 500;

    @Inject
    AttendanceRepository attendance;

    @Inject
    PersonRepository people;

    @Inject
    GroupRepository groups;

    public record AuditLine(Instant at, String actor, String action, String group, Long occurrenceId, boolean allowed) {
    }

    @Transactional
    public List<AuditLine> recent(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        List<AuditEntry> entries = attendance.audit(caller.organisationId(), SHOWN);
        Map<Long, String> names = new HashMap<>();
        people.findAllById(entries.stream().map(AuditEntry::actorId).distinct().toList())
                .forEach(p -> names.put(p.id(), p.displayName()));
        Map<Long, String> groupNames = new HashMap<>();
        groups.inOrganisation(caller.organisationId()).forEach(g -> groupNames.put(g.id(), g.name()));
        return entries.stream().map(e -> new AuditLine(e.at(), names.getOrDefault(e.actorId(), "person " + e.actorId()),
                describe(e.action()), e.groupId() == null ? "" : groupNames.getOrDefault(e.groupId(), "another organisation's group"),
                e.occurrenceId(), e.allowed())).toList();
    }

    private static String describe(AuditEntry.Action action) {
        return switch (action) {
            case VIEW_ATTENDANCE -> "viewed attendance";
            case EXPORT_ATTENDANCE -> "exported attendance";
            case RECORD_ATTENDANCE -> "recorded attendance";
            case VIEW_OWN_ATTENDANCE -> "viewed their own attendance";
        };
    }

}
