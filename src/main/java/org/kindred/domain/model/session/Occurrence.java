package org.kindred.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One meeting of a series. {@link #originalStart()} is where the rule put it (its RECURRENCE-ID) and
 * never changes; a reschedule moves only its actual start, end and place and makes it an override.
 */
@Entity
@Table(name = "session_occurrence")
@NamedQuery(name = "Occurrence.findUpcomingLedBy",
        query = "select o from Occurrence o join fetch o.series s where o.endsAt > :from and o.startsAt < :until "
                + "and (s.facilitatorId = :personId or (s.facilitatorId is null and o.groupId in "
                + "(select l.groupId from GroupLeader l where l.personId = :personId))) order by o.startsAt")
@NamedQuery(name = "Occurrence.findForMember",
        query = "select o from Occurrence o join fetch o.series s where o.endsAt > :from and o.startsAt < :until "
                + "and s.kind = org.kindred.domain.model.session.SeriesKind.GROUP_SESSION and o.groupId in "
                + "(select m.group.id from Membership m where m.person.id = :personId "
                + "and m.status = org.kindred.domain.model.group.MembershipStatus.MEMBER) order by o.startsAt")
@NamedQuery(name = "Occurrence.findInOrganisation",
        query = "select o from Occurrence o join fetch o.series s where s.organisationId = :organisationId "
                + "and o.endsAt > :from and o.startsAt < :until order by o.startsAt")
@NamedQuery(name = "Occurrence.findBusyFacilitators",
        query = "select o from Occurrence o join fetch o.series s where o.status = "
                + "org.kindred.domain.model.session.OccurrenceStatus.SCHEDULED and o.endsAt > :from and o.startsAt < :until "
                + "and (s.facilitatorId in :people or (s.facilitatorId is null "
                + "and o.groupId in (select l.groupId from GroupLeader l where l.personId in :people)))")
public class Occurrence {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id", nullable = false)
    private SessionSeries series;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "original_start", nullable = false)
    private LocalDateTime originalStart;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Embedded
    private Place place;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private OccurrenceStatus status;

    /** Shown to the group's members only. */
    @Column(name = "cancel_reason", length = MAX_REASON_LENGTH)
    private String cancelReason;

    @Column(name = "overridden", nullable = false)
    private boolean overridden;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "reminders_queued", nullable = false)
    private boolean remindersQueued;

    protected Occurrence() {
        // for JPA
    }

    Occurrence(SessionSeries series, LocalDateTime originalStart, Instant startsAt, Instant endsAt, Place place) {
        this.series = Objects.requireNonNull(series, "series");
        this.groupId = series.groupId();
        this.originalStart = Objects.requireNonNull(originalStart, "originalStart");
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = Objects.requireNonNull(place, "place");
        this.status = OccurrenceStatus.SCHEDULED;
        this.sequence = series.sequence();
    }

    /** Moves this one meeting; the rest of the series stays where it is. */
    void reschedule(LocalDateTime newStart, int durationMinutes, Place newPlace, ZoneId zone) {
        if (status == OccurrenceStatus.CANCELLED) {
            throw new ScheduleException(null, "This session is cancelled, so it cannot be moved. Add an extra session instead.");
        }
        SessionSeries.checkDuration(durationMinutes);
        this.startsAt = newStart.atZone(zone).toInstant();
        this.endsAt = newStart.plusMinutes(durationMinutes).atZone(zone).toInstant();
        this.place = Objects.requireNonNull(newPlace, "place");
        this.overridden = true;
        this.sequence = nextSequence();
        this.remindersQueued = false; // a new time deserves its own reminder
    }

    /** A one-off session has no rule to override: its start is simply its new start. */
    void becomeOneOffAt(LocalDateTime start) {
        this.originalStart = start;
        this.overridden = false;
    }

    void cancel(String reason) {
        if (status == OccurrenceStatus.CANCELLED) {
            throw new ScheduleException(null, "This session is already cancelled.");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MAX_REASON_LENGTH) {
            throw new ScheduleException("reason", "Use at most " + MAX_REASON_LENGTH + " characters for the reason.");
        }
        this.status = OccurrenceStatus.CANCELLED;
        this.cancelReason = text;
        this.sequence = nextSequence();
    }

    /** Skipped when the series was made, because the date clashed: cancelled without a reason. */
    void skip() {
        this.status = OccurrenceStatus.CANCELLED;
    }

    /**
     * The SEQUENCE of this occurrence's next change: above both its own last one and its series', so a
     * change always outranks whatever the attendees last received about this date.
     */
    private int nextSequence() {
        return Math.max(sequence, series.sequence()) + 1;
    }

    /** Day-before reminders for this meeting are in the outbox; they are queued once. */
    public void remindersQueued() {
        this.remindersQueued = true;
    }

    public boolean isScheduled() {
        return status == OccurrenceStatus.SCHEDULED;
    }

    public Long id() { return id; }
    public SessionSeries series() { return series; }
    public long groupId() { return groupId; }
    public LocalDateTime originalStart() { return originalStart; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public Place place() { return place; }
    public OccurrenceStatus status() { return status; }
    public String cancelReason() { return cancelReason; }
    public boolean overridden() { return overridden; }
    public int sequence() { return sequence; }
}
