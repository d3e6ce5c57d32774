package org.kindred.application.invitation;

import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.application.fixtures.RecordedEvents;
import org.kindred.domain.model.invitation.CalendarFormat;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.session.ScheduleEvent;

/**
 * {@link Invitations} and what it uses, wired by hand over in-memory repositories and a real
 * calendar format. {@link #scheduleChanged} and {@link #inviteesChanged} are its observers, for a
 * test's {@link RecordedEvents} to call as CDI would, synchronously.
 */
public final class InvitationsWiring {

    public final InvitationLetters letters = new InvitationLetters();
    public final Attendees attendees = new Attendees();
    public final RecordedEvents<OutboxQueued> queued = new RecordedEvents<>();
    private final Invitations invitations = new Invitations();

    public InvitationsWiring(InMemoryRepositories repositories, CalendarFormat format) {
        ReplyLinks links = new ReplyLinks();
        links.settings = repositories.settings;
        links.ledger = repositories.ledger;
        links.clock = repositories.clock;
        letters.format = format;
        letters.groups = repositories.groups;
        letters.rooms = repositories.rooms;
        letters.organisations = repositories.organisations;
        letters.portal = repositories.settings;
        letters.settings = repositories.settings;
        letters.links = links;
        letters.clock = repositories.clock;
        attendees.groups = repositories.groups;
        attendees.memberships = repositories.memberships;
        attendees.rounds = repositories.rounds;
        attendees.people = repositories.people;
        invitations.sessions = repositories.sessions;
        invitations.people = repositories.people;
        invitations.attendees = attendees;
        invitations.letters = letters;
        invitations.outbox = repositories.outbox;
        invitations.queued = queued;
        invitations.clock = repositories.clock;
    }

    public void scheduleChanged(ScheduleEvent event) {
        invitations.scheduleChanged(event);
    }

    public void inviteesChanged(InviteeChange change) {
        invitations.inviteesChanged(change);
    }
}
