package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An admin's import of people from a CSV file, run as a job over its {@link ImportRow}s: the file's
 * SHA-256 (never its content), who started it, how far it has come and what it did, by counts.
 */
@Entity
@Table(name = "people_import")
public class PeopleImport {

    public enum Status { RUNNING, FINISHED }

    /** What applying one row did. */
    public enum Outcome { CREATED, CHANGED, UNCHANGED, DEACTIVATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "started_by", updatable = false)
    private Long startedBy;

    @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
    private String contentSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status = Status.RUNNING;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "changed_count", nullable = false)
    private int changed;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "deactivated_count", nullable = false)
    private int deactivated;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PeopleImport() {
        // for JPA
    }

    public PeopleImport(long organisationId, Long startedBy, String contentSha256, int totalRows, Instant now) {
        this.organisationId = organisationId;
        this.startedBy = startedBy;
        this.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256");
        this.totalRows = totalRows;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Counts one applied row. */
    public void applied(Outcome outcome) {
        doneRows++;
        switch (outcome) {
            case CREATED -> created++;
            case CHANGED -> changed++;
            case UNCHANGED -> unchanged++;
            case DEACTIVATED -> deactivated++;
        }
    }

    public void finished(Instant now) {
        status = Status.FINISHED;
        finishedAt = now;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public Long startedBy() { return startedBy; }
    public String contentSha256() { return contentSha256; }
    public Status status() { return status; }
    public int totalRows() { return totalRows; }
    public int doneRows() { return doneRows; }
    public int created() { return created; }
    public int changed() { return changed; }
    public int unchanged() { return unchanged; }
    public int deactivated() { return deactivated; }
    public Instant createdAt() { return createdAt; }
    public Instant finishedAt() { return finishedAt; }
}
