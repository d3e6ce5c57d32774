package org.kindred.domain.model.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A room taken by one session occurrence, for the session's time plus the room's buffers as they were
 * when it was booked. Bookings of one room never overlap: see {@code docs/adr/0007-room-bookings.md}.
 */
@Entity
@Table(name = "room_booking")
public class RoomBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private Long roomId;

    @Column(name = "occurrence_id", nullable = false, unique = true)
    private Long occurrenceId;

    @Column(name = "blocked_from", nullable = false)
    private Instant blockedFrom;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    protected RoomBooking() {
        // for JPA
    }

    public RoomBooking(long roomId, long occurrenceId, TimeSpan blocked) {
        this.roomId = roomId;
        this.occurrenceId = occurrenceId;
        Objects.requireNonNull(blocked, "blocked");
        this.blockedFrom = blocked.from();
        this.blockedUntil = blocked.until();
    }

    public Long id() { return id; }
    public long roomId() { return roomId; }
    public long occurrenceId() { return occurrenceId; }
    public TimeSpan blocked() { return new TimeSpan(blockedFrom, blockedUntil); }
}
