package org.kindred.application.group;

import org.kindred.domain.model.group.MembershipStatus;

/** Where a request to join left the person: member, waitlisted (with their place), or requested. */
public record JoinResult(MembershipStatus status, Long waitlistPosition) {

    public String message() {
        return switch (status) {
            case MEMBER -> "You are a member of the group.";
            case WAITLISTED -> "The group is full: you are number " + waitlistPosition + " on its waitlist.";
            case REQUESTED -> "Your request is with the facilitators, who will contact you for a short intake conversation.";
            case INVITED -> "You are invited.";
        };
    }
}
