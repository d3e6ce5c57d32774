package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.Role;

/** The object-level checks: which group this caller may reach, in which capacity. */
@ApplicationScoped
public class GroupAccess {

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    /** A group of the organiser's own organisation. */
    public SupportGroup asOrganiser(Caller caller, long groupId) {
        SupportGroup group = groups.find(groupId).orElseThrow(NotFoundException::new);
        if (!caller.is(Role.ORGANISER) || group.organisationId() != caller.organisationId()) {
            throw new NotFoundException();
        }
        return group;
    }

    /** A group the caller may manage: as an organiser of its organisation, or else as one of its leaders. */
    public SupportGroup asOrganiserOrFacilitator(Caller caller, long groupId) {
        if (!caller.is(Role.ORGANISER)) {
            return asFacilitator(caller, groupId);
        }
        try {
            return asOrganiser(caller, groupId);
        } catch (NotFoundException e) {
            return asFacilitator(caller, groupId);
        }
    }

    /** A group the caller leads (lead or co-lead). */
    public SupportGroup asFacilitator(Caller caller, long groupId) {
        if (!caller.is(Role.FACILITATOR)) {
            throw new NotFoundException();
        }
        return groups.findLedBy(groupId, caller.personId()).orElseThrow(NotFoundException::new);
    }

    /** A group of the caller's organisation that they belong to, are invited to, or may join. */
    public SupportGroup asParticipant(Caller caller, long groupId) {
        SupportGroup group = groups.find(groupId).orElseThrow(NotFoundException::new);
        if (!caller.is(Role.PARTICIPANT) || group.organisationId() != caller.organisationId()) {
            throw new NotFoundException();
        }
        boolean related = memberships.find(groupId, caller.personId()).isPresent();
        if (!related && !group.selfEnrolment()) {
            throw new NotFoundException();
        }
        return group;
    }
}
