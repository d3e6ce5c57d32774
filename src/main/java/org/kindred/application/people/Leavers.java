package org.kindred.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.group.MembershipChanges;
import org.kindred.application.session.RoundChanges;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.LeaderRole;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.invitation.FeedRepository;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.SignInRepository;
import org.kindred.domain.model.session.InviteeChange;

/**
 * Someone leaves the organisation: the one path for an admin's deactivation, a CSV import's
 * {@code active=false} and SCIM provisioning. It does not check who asks; its callers do.
 * <p>
 * In one transaction: they leave every group they are in or waiting for, as a member who leaves
 * (the waitlist moves up, CANCELs through the outbox); they step down from every group they lead
 * (a co-lead becomes the lead; a group with no leader left is shown to its organisers as needing a
 * facilitator) with a CANCEL for its remaining sessions; they come off the panels of Rounds still
 * to come, as a panellist who withdraws; their calendar feed and unused setup links stop working;
 * then the account is made inactive, which ends their sessions on their next request. Audited
 * {@code DEACTIVATE_PERSON} with the person as subject. An inactive person is left as they are.
 */
@ApplicationScoped
public class Leavers {

    private static final Logger LOG = Logger.getLogger(Leavers.class.getName());

    @Inject
    PersonRepository people;

    @Inject
    MembershipChanges memberships;

    @Inject
    MembershipRepository membershipRows;

    @Inject
    GroupRepository groups;

    @Inject
    RoundChanges rounds;

    @Inject
    FeedRepository feeds;

    @Inject
    SignInRepository signIns;

    @Inject
    AttendanceRepository audit;

    @Inject
    Event<InviteeChange> invitees;

    @Inject
    Clock clock;

    /** What a deactivation did, by ids only. */
    public record Departure(boolean changed, List<Long> groupsLeft, List<Long> groupsWithoutLeader,
                            List<Long> groupsHandedToCoLead, List<Long> roundsWithoutFacilitator) {
    }

    /**
     * Deactivates a person of the organisation: the entry point for SCIM provisioning and imports
     * as well as for admins.
     *
     * @param organisationId the organisation the person must belong to (else {@link NotFoundException})
     * @param actorIdOrNull  the person who asked, for the audit log; null for a SCIM client
     * @param personId       the leaver
     * @return what changed; {@code changed} is false for a person already inactive (nothing written)
     */
    @Transactional
    public Departure deactivate(long organisationId, Long actorIdOrNull, long personId) {
        Person person = inOrganisation(organisationId, personId);
        if (!person.active()) {
            return new Departure(false, List.of(), List.of(), List.of(), List.of());
        }
        // while still active: the outbox writes CANCELs to active people only
        List<Long> left = memberships.departEverywhere(personId);
        List<Long> leaderless = new ArrayList<>();
        List<Long> handedOver = new ArrayList<>();
        for (Long groupId : groups.ledBy(personId).stream().map(g -> g.id()).sorted().toList()) {
            membershipRows.lockGroup(groupId);
            List<GroupLeader> leaders = groups.leaders(groupId);
            Optional<GroupLeader> mine = leaders.stream().filter(l -> l.personId() == personId).findFirst();
            if (mine.isEmpty()) {
                continue;
            }
            Optional<GroupLeader> other = leaders.stream().filter(l -> l.personId() != personId).findFirst();
            if (mine.get().role() == LeaderRole.LEAD && other.isPresent()) {
                groups.remove(leaders);
                groups.add(new GroupLeader(groupId, LeaderRole.LEAD, other.get().personId()));
                handedOver.add(groupId);
            } else {
                groups.remove(List.of(mine.get()));
                if (other.isEmpty()) {
                    leaderless.add(groupId);
                }
            }
            invitees.fire(InviteeChange.leftGroup(personId, groupId)); // a CANCEL for the sessions still to come
        }
        List<Long> rounds = this.rounds.leave(organisationId, personId);
        feeds.revoke(new FeedRepository.Owner(personId, null));
        people.removeUnusedTokens(personId);
        signIns.revokeAllBut(personId, null); // signed out everywhere at the next request (ADR 0024)
        person.deactivate();
        audit.add(new AuditEntry(organisationId, clock.instant(), actorIdOrNull, AuditEntry.Action.DEACTIVATE_PERSON,
                null, null, personId, true));
        LOG.info(() -> "person " + personId + " deactivated: left " + left.size() + " groups, "
                + handedOver.size() + " handed to a co-lead, " + leaderless.size() + " without a leader, "
                + rounds.size() + " Rounds without a facilitator");
        return new Departure(true, left, leaderless, handedOver, rounds);
    }

    Person inOrganisation(long organisationId, long personId) {
        return people.findWithRoles(personId).filter(p -> p.organisationId() == organisationId)
                .orElseThrow(NotFoundException::new);
    }
}
