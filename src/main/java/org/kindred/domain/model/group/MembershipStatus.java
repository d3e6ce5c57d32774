package org.kindred.domain.model.group;

/**
 * Where a person stands with a group. INVITED waits for the person to accept a facilitator's
 * invitation; REQUESTED waits for a facilitator after an intake conversation; MEMBER holds a seat;
 * WAITLISTED queues, in order of arrival, for the next free seat.
 */
public enum MembershipStatus {
    INVITED, REQUESTED, MEMBER, WAITLISTED
}
