package org.kindred.domain.model.room;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Sites, rooms and bookings; implemented in infrastructure.persistence. */
public interface RoomRepository {

    List<Site> sites(long organisationId);

    Optional<Site> site(long siteId);

    void add(Site site);

    List<Room> rooms(long organisationId);

    Optional<Room> find(long roomId);

    void add(Room room);

    /**
     * Takes the rows of these rooms FOR UPDATE, in id order, before anything else in the transaction
     * is read: bookings of one room then happen one after another (docs/adr/0007).
     */
    void lock(Collection<Long> roomIds);

    /** Time taken in this room between the two instants, leaving out the given occurrences' own bookings. */
    List<TimeSpan> taken(long roomId, Instant from, Instant until, Collection<Long> exceptOccurrences);

    void book(RoomBooking booking);

    void release(Collection<Long> occurrenceIds);

    long bookingCount(long roomId);
}
