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

/** Who did what to named attendance, when, for which group, and whether they were let in. No content. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Action { VIEW_ATTENDANCE, EXPORT_ATTENDANCE, RECORD_ATTENDANCE, VIEW_OWN_ATTENDANCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

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

    public AuditEntry(long organisationId, Instant at, long actorId, Action action, Long groupId, Long occurrenceId,
                      boolean allowed) {
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
    public long actorId() { return actorId; }
    public Action action() { return action; }
    public Long groupId() { return groupId; }
    public Long occurrenceId() { return occurrenceId; }
    public boolean allowed() { return allowed; }
}
