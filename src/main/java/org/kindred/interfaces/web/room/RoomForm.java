package org.kindred.interfaces.web.room;

import java.io.Serializable;
import org.kindred.application.session.RoomService.RoomDetails;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.web.jsf.Texts;

/** The inputs of a room, for adding one or changing one. Buffers left empty mean none. */
public class RoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long siteId;
    private String name;
    private Integer capacity;
    private String accessibilityNotes;
    private String equipment;
    private Integer setupMinutes;
    private Integer cleardownMinutes;

    static RoomForm of(RoomView room) {
        RoomForm form = new RoomForm();
        form.siteId = room.siteId();
        form.name = room.name();
        form.capacity = room.capacity();
        form.accessibilityNotes = room.accessibilityNotes();
        form.equipment = room.equipment();
        form.setupMinutes = room.setupMinutes();
        form.cleardownMinutes = room.cleardownMinutes();
        return form;
    }

    RoomDetails details() {
        if (capacity == null) {
            throw new RuleException("capacity", Texts.get("roomForm.giveTheNumberOfPeople"));
        }
        return new RoomDetails(name, capacity, accessibilityNotes, equipment, orZero(setupMinutes), orZero(cleardownMinutes));
    }

    private static int orZero(Integer minutes) {
        return minutes == null ? 0 : minutes;
    }

    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getAccessibilityNotes() { return accessibilityNotes; }
    public void setAccessibilityNotes(String accessibilityNotes) { this.accessibilityNotes = accessibilityNotes; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public Integer getSetupMinutes() { return setupMinutes; }
    public void setSetupMinutes(Integer setupMinutes) { this.setupMinutes = setupMinutes; }
    public Integer getCleardownMinutes() { return cleardownMinutes; }
    public void setCleardownMinutes(Integer cleardownMinutes) { this.cleardownMinutes = cleardownMinutes; }
}
