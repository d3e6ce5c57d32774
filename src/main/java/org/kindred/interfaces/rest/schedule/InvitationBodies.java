package org.kindred.interfaces.rest.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Request and response bodies of the invitation endpoints the scheduling resources serve (feed
 * addresses, a group's calendar title). Kept in the package of the resources that take them: from a
 * package of its own, read before theirs, Payara's OpenAPI generator described CalendarTitle with its
 * annotated field only, leaving out discreet.
 */
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
