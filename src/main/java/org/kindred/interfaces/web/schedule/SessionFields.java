package org.kindred.interfaces.web.schedule;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import org.kindred.application.session.ScheduleViews.SessionView;

/**
 * When and where a session is held, as every scheduling form takes it: a start typed as a date and a
 * time, a length, a room and a video link. The forms compose it rather than each repeating the fields,
 * so their pages bind the same properties ({@code #{form.session.start.date}}, {@code #{form.session.roomId}})
 * and share one include for the place (WEB-INF/includes/place-fields.xhtml); the component ids, which
 * are the service's field names, stay on the pages. A form that takes no length leaves it unbound.
 */
public class SessionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DateTimeInput start;
    private Integer minutes;
    private Long roomId;
    private String onlineLink;

    public SessionFields() {
        start = new DateTimeInput();
    }

    /** A session as it stands, to be changed. */
    public SessionFields(SessionView session) {
        start = new DateTimeInput(session.start());
        minutes = (int) Duration.between(session.start(), session.end()).toMinutes();
        roomId = session.roomId();
        onlineLink = session.onlineLink();
    }

    /** The start typed, or null when both inputs are empty; a field error names the one left empty. */
    public LocalDateTime start(String dateField, String timeField) {
        return start.value(dateField, timeField);
    }

    public DateTimeInput getStart() { return start; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
}
