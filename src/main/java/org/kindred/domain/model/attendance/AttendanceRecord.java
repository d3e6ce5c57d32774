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
import java.util.Objects;
import org.kindred.domain.model.RuleException;

/** One member's attendance at one session. Late and left-early apply only to someone present. */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mark", nullable = false)
    private AttendanceMark mark;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "left_early", nullable = false)
    private boolean leftEarly;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AttendanceRecord() {
        // for JPA
    }

    public AttendanceRecord(long occurrenceId, long groupId, long personId) {
        this.occurrenceId = occurrenceId;
        this.groupId = groupId;
        this.personId = personId;
    }

    public void mark(AttendanceMark mark, boolean late, boolean leftEarly, Instant now) {
        if (mark == null) {
            throw new RuleException("mark", "Choose present, sent apologies or absent.");
        }
        if ((late || leftEarly) && mark != AttendanceMark.PRESENT) {
            throw new RuleException("mark", "Late and left early apply only to someone who was present.");
        }
        this.mark = mark;
        this.late = late;
        this.leftEarly = leftEarly;
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() { return id; }
    public long occurrenceId() { return occurrenceId; }
    public long groupId() { return groupId; }
    public long personId() { return personId; }
    public AttendanceMark mark() { return mark; }
    public boolean late() { return late; }
    public boolean leftEarly() { return leftEarly; }
    public Instant recordedAt() { return recordedAt; }

    @Override
    public String toString() {
        return "AttendanceRecord[" + id + "]"; // never the person or the mark: this may be logged
    }
}
