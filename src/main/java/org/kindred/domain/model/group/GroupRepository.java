package org.kindred.domain.model.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.domain.model.person.FacilitatorProfile;
import org.kindred.domain.model.programme.ProgrammeTemplate;

/** Templates, groups, their leaders and facilitator profiles; implemented in infrastructure.persistence. */
public interface GroupRepository {

    /** The shared library and the organisation's own copies. */
    List<ProgrammeTemplate> templates(long organisationId);

    /** A template of the shared library or of this organisation. */
    Optional<ProgrammeTemplate> template(String code, long organisationId);

    boolean codeTaken(String code);

    void add(ProgrammeTemplate template);

    /** Stores the group together with its seats, one per place up to its maximum. */
    void add(SupportGroup group);

    Optional<SupportGroup> find(long groupId);

    /** The group, with its template, if this person leads it: the facilitator's check in one statement. */
    Optional<SupportGroup> findLedBy(long groupId, long personId);

    List<SupportGroup> inOrganisation(long organisationId);

    List<SupportGroup> ledBy(long personId);

    /** The groups this person leads, by name, each with their role and its current rules version: one statement. */
    List<LedGroup> ledWithRoles(long personId);

    List<SupportGroup> joinedBy(long personId);

    /** Groups of the organisation that take self-enrolment and that this person is not in yet. */
    List<SupportGroup> openTo(long organisationId, long personId);

    List<GroupLeader> leaders(long groupId);

    List<GroupLeader> leaders(Collection<Long> groupIds);

    void add(GroupLeader leader);

    /** Removes these leader rows and writes the removal at once, so that a row of the same key may follow. */
    void remove(List<GroupLeader> leaders);

    long groupsLedBy(long personId);

    Optional<FacilitatorProfile> profile(long personId);

    /** Profiles of these people, by person id; people without one are absent. */
    Map<Long, FacilitatorProfile> profiles(Collection<Long> personIds);

    /** How many groups each of these people leads, by person id; none is absent. */
    Map<Long, Long> groupsLedBy(Collection<Long> personIds);

    void add(FacilitatorProfile profile);
}
