package org.kindred.application.group;

import static org.kindred.application.Retry.retrying;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kindred.application.access.Caller;

/**
 * Joining, leaving, invitations and approvals. Each change is one transaction in
 * {@link MembershipChanges}; when the database picks it as a deadlock victim it is simply run
 * again, as MySQL's documentation advises, so the person never sees it.
 */
@ApplicationScoped
public class MembershipService {

    @Inject
    MembershipChanges changes;

    public JoinResult join(Caller caller, long groupId) {
        return retrying(() -> changes.join(caller, groupId));
    }

    public void leave(Caller caller, long groupId) {
        retrying(() -> changes.leave(caller, groupId));
    }

    public void invite(Caller caller, long groupId, String email) {
        retrying(() -> changes.invite(caller, groupId, email));
    }

    public void decline(Caller caller, long groupId) {
        retrying(() -> changes.decline(caller, groupId));
    }

    public JoinResult approve(Caller caller, long groupId, long personId) {
        return retrying(() -> changes.approve(caller, groupId, personId));
    }

    public void remove(Caller caller, long groupId, long personId) {
        retrying(() -> changes.remove(caller, groupId, personId));
    }
}
