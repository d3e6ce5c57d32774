package org.kindred.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A bookable room at a site. Bookings and their clash rules arrive with the sessions work. */
@Entity
@Table(name = "room")
public class Room {

    static final int MAX_CAPACITY = 1000;

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

    protected Room() {
        // for JPA
    }

    public Room(Site site, String name, int capacity, String accessibilityNotes) {
        this.site = Objects.requireNonNull(site, "site");
        this.name = Organisation.requireText(name, "name", 200);
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY);
        }
        this.capacity = capacity;
        this.accessibilityNotes = accessibilityNotes == null || accessibilityNotes.isBlank()
                ? null : Organisation.requireText(accessibilityNotes, "accessibility notes", 1000);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public String accessibilityNotes() {
        return accessibilityNotes;
    }

    public Site site() {
        return site;
    }
}
