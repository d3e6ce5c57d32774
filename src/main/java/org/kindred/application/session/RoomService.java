package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.room.Site;

/** Organisers keep their sites and rooms. Existing bookings keep the buffers they were made with. */
@ApplicationScoped
@Transactional
public class RoomService {

    @Inject
    RoomRepository rooms;

    @Inject
    OrganisationRepository organisations;

    public record RoomDetails(String name, int capacity, String accessibilityNotes, String equipment, int setupMinutes,
                              int cleardownMinutes) {
    }

    public long addSite(Caller caller, String name) {
        requireOrganiser(caller);
        if (rooms.sites(caller.organisationId()).stream().anyMatch(s -> name != null && s.name().equalsIgnoreCase(name.strip()))) {
            throw new RuleException("name", "There is already a site with this name.");
        }
        Site site = new Site(organisations.find(caller.organisationId()).orElseThrow(), name);
        rooms.add(site);
        return site.id();
    }

    public long addRoom(Caller caller, long siteId, RoomDetails details) {
        requireOrganiser(caller);
        Site site = rooms.site(siteId).filter(s -> s.organisation().id() == caller.organisationId())
                .orElseThrow(() -> new RuleException("siteId", "Choose one of your organisation's sites."));
        if (rooms.rooms(caller.organisationId()).stream()
                .anyMatch(r -> r.site().id().equals(siteId) && details.name() != null && r.name().equalsIgnoreCase(details.name().strip()))) {
            throw new RuleException("name", "This site already has a room with this name.");
        }
        Room room = new Room(site, details.name(), details.capacity(), details.accessibilityNotes(), details.equipment(),
                details.setupMinutes(), details.cleardownMinutes());
        rooms.add(room);
        return room.id();
    }

    public void updateRoom(Caller caller, long roomId, RoomDetails details) {
        requireOrganiser(caller);
        Room room = rooms.find(roomId).filter(r -> r.site().organisation().id() == caller.organisationId())
                .orElseThrow(NotFoundException::new);
        // As when adding: a name the site already has is a message, not a unique-key failure at commit.
        if (details.name() != null && rooms.rooms(caller.organisationId()).stream().anyMatch(r -> r.site().id().equals(room.site().id())
                && !r.id().equals(room.id()) && r.name().equalsIgnoreCase(details.name().strip()))) {
            throw new RuleException("name", "This site already has a room with this name.");
        }
        room.update(details.name(), details.capacity(), details.accessibilityNotes(), details.equipment(),
                details.setupMinutes(), details.cleardownMinutes());
    }

    private static void requireOrganiser(Caller caller) {
        if (!caller.is(Role.ORGANISER)) {
            throw new NotFoundException();
        }
    }
}
