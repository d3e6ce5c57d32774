package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomBooking;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.room.Site;
import org.kindred.domain.model.room.TimeSpan;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Rooms and their bookings. A booking is at most a session's maximum length plus both buffers, so
 * the search for taken time looks back only that far: it stays a short range scan of
 * {@code ix_room_booking_room_time} however many bookings a room has.
 */
@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {

    static final Duration LONGEST_BOOKING =
            Duration.ofMinutes(SessionSeries.MAX_MINUTES + 2L * Room.MAX_BUFFER_MINUTES);

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public List<Site> sites(long organisationId) {
        return em.createNamedQuery("Site.findByOrganisation", Site.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public Optional<Site> site(long siteId) {
        return Optional.ofNullable(em.find(Site.class, siteId));
    }

    @Override
    public void add(Site site) {
        em.persist(site);
        em.flush();
    }

    @Override
    public List<Room> rooms(long organisationId) {
        return em.createNamedQuery("Room.findByOrganisation", Room.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public Optional<Room> find(long roomId) {
        return Optional.ofNullable(em.find(Room.class, roomId));
    }

    @Override
    public void add(Room room) {
        em.persist(room);
        em.flush();
    }

    @Override
    public void lock(Collection<Long> roomIds) {
        roomIds.stream().distinct().sorted().forEach(id -> em
                .createNativeQuery("SELECT id FROM room WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList());
    }

    @Override
    public List<TimeSpan> taken(long roomId, Instant from, Instant until, Collection<Long> exceptOccurrences) {
        return em.createQuery("select b from RoomBooking b where b.roomId = :roomId "
                        + "and b.blockedFrom >= :earliest and b.blockedFrom < :until and b.blockedUntil > :from "
                        + "and b.occurrenceId not in :except order by b.blockedFrom", RoomBooking.class)
                .setParameter("roomId", roomId)
                .setParameter("earliest", from.minus(LONGEST_BOOKING))
                .setParameter("until", until)
                .setParameter("from", from)
                .setParameter("except", exceptOccurrences.isEmpty() ? List.of(-1L) : exceptOccurrences)
                .getResultStream().map(RoomBooking::blocked).toList();
    }

    @Override
    public void book(RoomBooking booking) {
        em.persist(booking);
    }

    @Override
    public void release(Collection<Long> occurrenceIds) {
        if (!occurrenceIds.isEmpty()) {
            em.createQuery("delete from RoomBooking b where b.occurrenceId in :ids")
                    .setParameter("ids", occurrenceIds).executeUpdate();
        }
    }

    @Override
    public long bookingCount(long roomId) {
        return em.createQuery("select count(b) from RoomBooking b where b.roomId = :roomId", Long.class)
                .setParameter("roomId", roomId).getSingleResult();
    }
}
