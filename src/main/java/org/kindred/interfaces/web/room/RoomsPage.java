package org.kindred.interfaces.web.room;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.RoomService;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: the organisation's sites and rooms; adding a site, adding a room and changing one. */
@Named
@ViewScoped
public class RoomsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoomService roomService;

    @Inject
    transient RoomChoices choices;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient ScheduleViews views;

    /** A site and its rooms. */
    public record SiteRooms(long id, String name, List<RoomView> rooms) {
    }

    private String siteName;
    private RoomForm newRoom = new RoomForm();
    private Long editingId;
    private String editingName;
    private RoomForm editRoom;
    private transient List<SiteRooms> sites;

    public List<SiteRooms> getSites() {
        if (sites == null) {
            sites = views.sites(me.caller()).stream().map(site -> new SiteRooms(site.id(), site.name(),
                    choices.getRooms().stream().filter(r -> r.siteId() == site.id()).toList())).toList();
        }
        return sites;
    }

    public void addSite() {
        try {
            long id = roomService.addSite(me.caller(), siteName);
            newRoom.setSiteId(id);
            Messages.info(Texts.get("roomsPage.siteAddedNowAddIts"));
            siteName = null;
            sites = null;
        } catch (RuleException e) {
            Messages.rule("site", e);
        }
    }

    public void addRoom() {
        try {
            roomService.addRoom(me.caller(), newRoom.getSiteId() == null ? -1 : newRoom.getSiteId(), newRoom.details());
            Messages.info(Texts.get("roomsPage.roomAddedItCanNow"));
            Long site = newRoom.getSiteId();
            newRoom = new RoomForm();
            newRoom.setSiteId(site);
            refresh();
        } catch (RuleException e) {
            Messages.rule("room", e);
        }
    }

    public void edit(long roomId) {
        choices.getRooms().stream().filter(r -> r.id() == roomId).findFirst().ifPresent(room -> {
            editingId = room.id();
            editingName = room.name();
            editRoom = RoomForm.of(room);
        });
    }

    public void saveRoom() {
        try {
            roomService.updateRoom(me.caller(), editingId, editRoom.details());
            Messages.info(Texts.get("roomsPage.roomSavedSessionsAlreadyBooked"));
            stopEditing();
            refresh();
        } catch (RuleException e) {
            Messages.rule("edit", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.thatRoomIsNoLonger"));
            stopEditing();
        }
    }

    public void stopEditing() {
        editingId = null;
        editRoom = null;
    }

    private void refresh() {
        choices.forget();
        sites = null;
    }

    public String getEditingName() {
        return editingName;
    }

    public String getSiteName() { return siteName; }
    public void setSiteName(String siteName) { this.siteName = siteName; }
    public RoomForm getNewRoom() { return newRoom; }
    public RoomForm getEditRoom() { return editRoom; }
    public Long getEditingId() { return editingId; }
}
