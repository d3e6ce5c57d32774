package org.kindred.domain.model.group;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Versions of groups' ground rules, who accepted which, and the emailed acceptance links. */
public interface GroundRulesRepository {

    Optional<GroundRulesVersion> current(long groupId);

    Map<Long, GroundRulesVersion> current(Collection<Long> groupIds);

    void add(GroundRulesVersion version);

    Set<Long> acceptedBy(long versionId);

    boolean hasAccepted(long versionId, long personId);

    /** Of these versions, the ones this person has accepted. */
    Set<Long> acceptedOf(long personId, Collection<Long> versionIds);

    void add(GroundRulesAcceptance acceptance);

    void add(GroundRulesLink link);

    Optional<GroundRulesLink> lockLink(String tokenHash);

    Optional<GroundRulesVersion> version(long versionId);

    /** The version, read with a lock: unlike a plain read, this does not fix the transaction's snapshot. */
    Optional<GroundRulesVersion> lockVersion(long versionId);

    /** Per group and status (members, waitlisted), how many have not accepted its current rules. */
    Map<Long, Map<MembershipStatus, Long>> notAcceptingCurrent(Collection<Long> groupIds);

    /** Forgets a leaving person's acceptances of this group's rules. */
    void removeAcceptances(long groupId, long personId);
}
