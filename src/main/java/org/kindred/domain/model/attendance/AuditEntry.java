package org.kindred.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who did what to named attendance or to a person's account, when, for which group or person (by id),
 * and whether they were let in. No content, no names.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Action {
        VIEW_ATTENDANCE, EXPORT_ATTENDANCE, RECORD_ATTENDANCE, VIEW_OWN_ATTENDANCE,
        CHANGE_ROLES, DEACTIVATE_PERSON, REACTIVATE_PERSON, IMPORT_PEOPLE,
        EXPORT_OWN_DATA, ERASE_PERSON, EXPORT_AUDIT,
        CREATE_SCIM_TOKEN, REVOKE_SCIM_TOKEN, SCIM_PROVISION,
        RESET_SECOND_FACTOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    /** Empty for a SCIM client's change, or once the actor has been erased. */
    @Column(name = "actor_id")
    private Long actorId;

    /** The person acted upon, where there is one; emptied when that person is erased. */
    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "occurrence_id", updatable = false)
    private Long occurrenceId;

    @Column(name = "allowed", nullable = false, updatable = false)
    private boolean allowed;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(long organisationId, Instant at, Long actorId, Action action, Long groupId, Long occurrenceId,
                      boolean allowed) {
        this(organisationId, at, actorId, action, groupId, occurrenceId, null, allowed);
    }

    public AuditEntry(long organisationId, Instant at, Long actorId, Action action, Long groupId, Long occurrenceId,
                      Long subjectId, boolean allowed) {
        this.subjectId = subjectId;
        this.organisationId = organisationId;
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.groupId = groupId;
        this.occurrenceId = occurrenceId;
        this.allowed = allowed;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public Instant at() { return at; }
    public Long actorId() { return actorId; }
    public Long subjectId() { return subjectId; }
    public Action action() { return action; }
    public Long groupId() { return groupId; }
    public Long occurrenceId() { return occurrenceId; }
    public boolean allowed() { return allowed; }
}
