package org.kindred.domain.model.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.kindred.domain.model.RuleException;

/**
 * A bookable room at a site. Its setup and clear-down buffers are part of every booking of it: a room
 * that needs 15 minutes to clear after a session is not free again until those 15 minutes are over.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.findByOrganisation",
        query = "select r from Room r join fetch r.site s where s.organisation.id = :organisationId "
                + "order by s.name, r.name")
public class Room {

    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_BUFFER_MINUTES = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "accessibility_notes", length = 1000)
    private String accessibilityNotes;

    @Column(name = "equipment", length = 500)
    private String equipment;

    @Column(name = "setup_minutes", nullable = false)
    private int setupMinutes;

    @Column(name = "cleardown_minutes", nullable = false)
    private int cleardownMinutes;

    protected Room() {
        // for JPA
    }

    public Room(Site site, String name, int capacity, String accessibilityNotes) {
        this(site, name, capacity, accessibilityNotes, null, 0, 0);
    }

    public Room(Site site, String name, int capacity, String accessibilityNotes, String equipment,
                int setupMinutes, int cleardownMinutes) {
        this.site = Objects.requireNonNull(site, "site");
        update(name, capacity, accessibilityNotes, equipment, setupMinutes, cleardownMinutes);
    }

    public final void update(String name, int capacity, String accessibilityNotes, String equipment,
                             int setupMinutes, int cleardownMinutes) {
        if (name == null || name.isBlank()) {
            throw new RuleException("name", "Give the room a name.");
        }
        if (name.strip().length() > 200) {
            throw new RuleException("name", "Use at most 200 characters for the room's name.");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new RuleException("capacity", "Give a capacity between 1 and " + MAX_CAPACITY + ".");
        }
        this.name = name.strip();
        this.capacity = capacity;
        this.accessibilityNotes = optionalText(accessibilityNotes, "accessibilityNotes", 1000);
        this.equipment = optionalText(equipment, "equipment", 500);
        this.setupMinutes = buffer(setupMinutes, "setupMinutes");
        this.cleardownMinutes = buffer(cleardownMinutes, "cleardownMinutes");
    }

    private static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleException(field, "Use at most " + max + " characters here.");
        }
        return value.strip();
    }

    private static int buffer(int minutes, String field) {
        if (minutes < 0 || minutes > MAX_BUFFER_MINUTES) {
            throw new RuleException(field, "Give a buffer between 0 and " + MAX_BUFFER_MINUTES + " minutes.");
        }
        return minutes;
    }

    /** The time this room is taken by a session from {@code start} to {@code end}, buffers included. */
    public TimeSpan blockedFor(Instant start, Instant end) {
        return new TimeSpan(start.minus(Duration.ofMinutes(setupMinutes)), end.plus(Duration.ofMinutes(cleardownMinutes)));
    }

    public Long id() { return id; }
    public String name() { return name; }
    public int capacity() { return capacity; }
    public String accessibilityNotes() { return accessibilityNotes; }
    public String equipment() { return equipment; }
    public int setupMinutes() { return setupMinutes; }
    public int cleardownMinutes() { return cleardownMinutes; }
    public Site site() { return site; }
}
