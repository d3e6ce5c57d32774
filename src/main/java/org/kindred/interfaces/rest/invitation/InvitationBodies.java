package org.kindred.interfaces.rest.invitation;

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

    /**
     * A class with fields rather than a record: Payara's OpenAPI generator fails on Bean Validation
     * annotations on record components.
     */
    public static class CalendarTitle {
        @NotNull(message = "Say whether invitations use the neutral title.")
        public Boolean discreet;

        @Size(max = 80, message = "Use at most 80 characters for the calendar title.")
        public String title;
    }
}
