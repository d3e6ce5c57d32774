package org.kindred.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the invitation endpoints. */
public final class InvitationBodies {

    private InvitationBodies() {
    }

    /** A private subscription address, shown once. */
    public record FeedAddress(String url) {
    }

    public record FeedState(boolean active) {
    }

    public record CalendarTitle(@NotNull(message = "Say whether invitations use the neutral title.") Boolean discreet,
                                @Size(max = 80, message = "Use at most 80 characters for the calendar title.") String title) {
    }
}
