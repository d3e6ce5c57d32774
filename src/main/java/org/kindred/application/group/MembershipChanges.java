package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.programme.GroupRuleException;

/**
 * The transactions behind {@link MembershipService}, one per change. A seat is claimed or handed
 * over by the database in the same transaction as the membership row it belongs to. Each one takes
 * the group's queue lock before it reads anything: under REPEATABLE READ the snapshot begins at the
 * first plain read, so a read before the lock would see memberships as they were before the previous
 * holder of the lock committed.
 */
@ApplicationScoped
public class MembershipChanges {

    @Inject
    GroupAccess access;

    @Inject
    MembershipRepository memberships;

    @Inject
    GroundRulesRepository rules;

    @Inject
    GroundRulesService groundRules;

    @Inject
    PersonRepository people;

    @Inject
    Event<Object> notices;

    @Inject
    Clock clock;

    @Transactional
    public JoinResult join(Caller caller, long groupId) {
        memberships.lockGroup(groupId); // first: every read below must see the state after the lock
        SupportGroup group = access.asParticipant(caller, groupId);
        Person person = people.findById(caller.personId()).orElseThrow(NotFoundException::new);
        Optional<Membership> existing = memberships.find(groupId, person.id());
        boolean invited = false;
        if (existing.isPresent()) {
            switch (existing.get().status()) {
                case MEMBER -> throw new ConflictException("You are already a member of this group.");
                case WAITLISTED -> throw new ConflictException("You are already on this group's waitlist.");
                case REQUESTED -> throw new ConflictException("Your request to join is already with the facilitators.");
                case INVITED -> {
                    invited = true;
                    memberships.remove(existing.get()); // re-queued now, in order of arrival
                }
            }
        }
        if (!invited) {
            LocalDate today = LocalDate.now(clock);
            group.selfEnrolmentRefusal(today).ifPresent(reason -> {
                throw new GroupRuleException(reason);
            });
            if (group.intakeRequired()) {
                add(new Membership(group, person, MembershipStatus.REQUESTED, clock.instant()));
                return new JoinResult(MembershipStatus.REQUESTED, null);
            }
        }
        return seatOrQueue(group, person);
    }

    @Transactional
    public void leave(Caller caller, long groupId) {
        memberships.lockGroup(groupId);
        access.asParticipant(caller, groupId);
        Membership membership = memberships.find(groupId, caller.personId())
                .orElseThrow(() -> new ConflictException("You are not in this group."));
        depart(membership);
    }

    @Transactional
    public void invite(Caller caller, long groupId, String email) {
        SupportGroup group = access.asFacilitator(caller, groupId);
        EmailAddress address;
        try {
            address = new EmailAddress(email);
        } catch (IllegalArgumentException e) {
            throw new GroupRuleException("email", e.getMessage());
        }
        Person person = people.findByEmail(address)
                .filter(p -> p.organisationId().equals(group.organisationId()) && p.hasRole(Role.PARTICIPANT))
                .orElseThrow(() -> new GroupRuleException("email", "Nobody with this email address takes part in "
                        + "groups here yet. An administrator can invite them to Kindred first."));
        if (memberships.find(groupId, person.id()).isPresent()) {
            throw new ConflictException("This person is already in the group, invited or waiting.");
        }
        add(new Membership(group, person, MembershipStatus.INVITED, clock.instant()));
        notices.fire(new GroupNotices.Invited(person.id(), person.email().value()));
    }

    @Transactional
    public void decline(Caller caller, long groupId) {
        memberships.lockGroup(groupId);
        access.asParticipant(caller, groupId);
        Membership membership = memberships.find(groupId, caller.personId())
                .filter(m -> m.status() == MembershipStatus.INVITED)
                .orElseThrow(() -> new ConflictException("There is no invitation to decline."));
        memberships.remove(membership);
    }

    /** A facilitator accepts someone who asked to join (after the intake conversation). */
    @Transactional
    public JoinResult approve(Caller caller, long groupId, long personId) {
        memberships.lockGroup(groupId);
        SupportGroup group = access.asFacilitator(caller, groupId);
        Membership request = memberships.find(groupId, personId)
                .filter(m -> m.status() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new ConflictException("There is no request from this person."));
        Person person = request.person();
        memberships.remove(request);
        return seatOrQueue(group, person);
    }

    /** A facilitator removes someone in any state: member, waitlisted, invited or requested. */
    @Transactional
    public void remove(Caller caller, long groupId, long personId) {
        memberships.lockGroup(groupId);
        access.asFacilitator(caller, groupId);
        Membership membership = memberships.find(groupId, personId)
                .orElseThrow(() -> new ConflictException("This person is not in the group."));
        depart(membership);
    }

    /**
     * A leaver (a deactivated account) goes from every group they are in, waiting for, invited to or
     * asked to join, exactly as a member who leaves: a seat goes to the first on the waitlist, who is
     * told and invited, and the leaver gets a CANCEL for the group's remaining sessions. Groups are
     * locked in id order, so two such changes cannot deadlock on each other. Joins the caller's
     * transaction.
     *
     * @return the ids of the groups they left
     */
    @Transactional
    public List<Long> departEverywhere(long personId) {
        List<Long> groupIds = memberships.ofPerson(personId).stream().map(m -> m.group().id()).sorted().toList();
        for (long groupId : groupIds) {
            memberships.lockGroup(groupId);
            memberships.find(groupId, personId).ifPresent(this::depart);
        }
        return groupIds;
    }

    private JoinResult seatOrQueue(SupportGroup group, Person person) {
        Membership membership = new Membership(group, person, MembershipStatus.WAITLISTED, clock.instant());
        add(membership);
        if (memberships.claimSeat(group.id(), membership.id())) {
            membership.seated();
            notices.fire(InviteeChange.joinedGroup(person.id(), group.id()));
        }
        groundRules.askToAccept(group.id(), List.of(person));
        return new JoinResult(membership.status(), membership.status() == MembershipStatus.WAITLISTED
                ? memberships.waitlistPosition(membership) : null);
    }

    /** Leaving hands a member's seat straight to the first on the waitlist, in the same transaction. */
    private void depart(Membership membership) {
        long groupId = membership.group().id();
        if (membership.status() == MembershipStatus.MEMBER) {
            Optional<Membership> next = memberships.firstWaitlisted(groupId);
            if (next.isPresent()) {
                memberships.handOverSeat(membership.id(), next.get().id());
                next.get().seated();
                notices.fire(new GroupNotices.Promoted(next.get().person().id(), next.get().person().email().value()));
                notices.fire(InviteeChange.joinedGroup(next.get().person().id(), groupId));
            } else {
                memberships.releaseSeat(membership.id());
            }
        }
        rules.removeAcceptances(groupId, membership.person().id());
        memberships.remove(membership);
        if (membership.status() == MembershipStatus.MEMBER) {
            notices.fire(InviteeChange.leftGroup(membership.person().id(), groupId)); // after removal: not an attendee now
        }
    }

    /** A duplicate (group, person) is a conflict; a deadlock or timeout goes up to be retried. */
    private void add(Membership membership) {
        try {
            memberships.add(membership);
        } catch (PersistenceException e) {
            if (org.kindred.application.Retry.isTransient(e)) {
                throw e;
            }
            throw new ConflictException("You are already in this group.");
        }
    }
}
