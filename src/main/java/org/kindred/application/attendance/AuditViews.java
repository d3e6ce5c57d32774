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

    public record AuditLine(Instant at, String actor, String action, String group, Long occurrenceId, String subject,
                            boolean allowed) {
    }

    @Transactional
    public List<AuditLine> recent(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        List<AuditEntry> entries = attendance.audit(caller.organisationId(), SHOWN);
        Map<Long, String> names = new HashMap<>();
        people.findAllById(entries.stream().flatMap(e -> java.util.stream.Stream.of(e.actorId(), e.subjectId()))
                        .filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(p -> names.put(p.id(), p.displayName()));
        Map<Long, String> groupNames = new HashMap<>();
        groups.inOrganisation(caller.organisationId()).forEach(g -> groupNames.put(g.id(), g.name()));
        return entries.stream().map(e -> new AuditLine(e.at(), actor(e, names),
                describe(e.action()), e.groupId() == null ? "" : groupNames.getOrDefault(e.groupId(), "another organisation's group"),
                e.occurrenceId(), e.subjectId() == null ? "" : names.getOrDefault(e.subjectId(), "person " + e.subjectId()),
                e.allowed())).toList();
    }

    private static String actor(AuditEntry e, Map<Long, String> names) {
        if (e.actorId() == null) {
            return e.action() == AuditEntry.Action.SCIM_PROVISION ? "provisioning client" : "an erased person";
        }
        return names.getOrDefault(e.actorId(), "person " + e.actorId());
    }

    private static String describe(AuditEntry.Action action) {
        return switch (action) {
            case VIEW_ATTENDANCE -> "viewed attendance";
            case EXPORT_ATTENDANCE -> "exported attendance";
            case RECORD_ATTENDANCE -> "recorded attendance";
            case VIEW_OWN_ATTENDANCE -> "viewed their own attendance";
            case CHANGE_ROLES -> "changed roles";
            case DEACTIVATE_PERSON -> "deactivated an account";
            case REACTIVATE_PERSON -> "reactivated an account";
            case IMPORT_PEOPLE -> "imported people";
            case EXPORT_OWN_DATA -> "downloaded their own data";
            case ERASE_PERSON -> "erased a person";
            case EXPORT_AUDIT -> "exported the audit log";
            case CREATE_SCIM_TOKEN -> "created a provisioning token";
            case REVOKE_SCIM_TOKEN -> "revoked a provisioning token";
            case SCIM_PROVISION -> "provisioned an account";
            case RESET_SECOND_FACTOR -> "reset two-step sign-in";
        };
    }

}
