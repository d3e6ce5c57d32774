package org.kindred.interfaces.web.room;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.invitation.FeedService;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Organiser: a room's private calendar address, after a confirm step (a new address turns off the
 * old one). Only its hash is kept, so the address is shown once, in this view.
 */
@Named
@ViewScoped
public class RoomFeedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedService feeds;

    @Inject
    transient CurrentPerson me;

    private Long roomId;
    private String roomName;
    private String address;

    public void start(RoomView room) {
        roomId = room.id();
        roomName = room.name() + ", " + room.site();
        address = null;
    }

    public void make() {
        try {
            address = feeds.renewRoom(me.caller(), roomId == null ? -1 : roomId);
            Messages.info(Texts.get("roomFeedForm.theRoomSCalendarAddress"));
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.thatRoomIsNoLonger"));
            close();
        }
    }

    public void close() {
        roomId = null;
        address = null;
    }

    public Long getRoomId() { return roomId; }
    public String getRoomName() { return roomName; }
    public String getAddress() { return address; }
}
