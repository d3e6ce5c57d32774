package org.kindred.interfaces.web.room;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.interfaces.CurrentPerson;

/** The organisation's rooms for the room selects of one view, read once however many forms show them. */
@Named
@ViewScoped
public class RoomChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient CurrentPerson me;

    private transient List<RoomView> rooms;

    public List<RoomView> getRooms() {
        if (rooms == null) {
            rooms = views.rooms(me.caller());
        }
        return rooms;
    }

    void forget() {
        rooms = null;
    }
}
