package org.kindred.application.group;

import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.MembershipRepository;

/** The object-level checks wired by hand, for tests of the use cases that make them. */
public final class GroupAccessWiring {

    private GroupAccessWiring() {
    }

    public static GroupAccess over(GroupRepository groups, MembershipRepository memberships) {
        GroupAccess access = new GroupAccess();
        access.groups = groups;
        access.memberships = memberships;
        return access;
    }
}
