package org.kindred.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a session happens: a room, a video link, or both for a hybrid session. Never neither. */
@Embeddable
public class Place {

    public static final int MAX_LINK_LENGTH = 500;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "online_link", length = MAX_LINK_LENGTH)
    private String onlineLink;

    protected Place() {
        // for JPA
    }

    public Place(Long roomId, String onlineLink) {
        String link = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        if (roomId == null && link == null) {
            throw new ScheduleException("roomId", "Choose a room, or give a video link for an online session.");
        }
        if (link != null) {
            checkLink(link);
        }
        this.roomId = roomId;
        this.onlineLink = link;
    }

    private static void checkLink(String link) {
        if (link.length() > MAX_LINK_LENGTH) {
            throw new ScheduleException("onlineLink", "Use a video link of at most " + MAX_LINK_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(link);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new ScheduleException("onlineLink", "Give the video link as a full https:// address.");
            }
        } catch (URISyntaxException e) {
            throw new ScheduleException("onlineLink", "Give the video link as a full https:// address.");
        }
    }

    public Long roomId() {
        return roomId;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public boolean inRoom() {
        return roomId != null;
    }
}
