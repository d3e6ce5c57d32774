package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.disclosure.Auditor;
import org.kindred.application.disclosure.Disclosure;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.application.disclosure.Publication;
import org.kindred.application.disclosure.RangeFinder;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.GroundRulesVersion;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.LeaderRole;
import org.kindred.domain.model.group.LedGroup;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.group.Waitlist;
import org.kindred.domain.model.person.FacilitatorProfile;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * What each role may see of groups (brief, section 3), read in a fixed number of queries however many
 * groups or members there are. Organisers get counts, small ones suppressed, and never a member's
 * name; facilitators get their own groups' rosters; participants their own groups.
 */
@ApplicationScoped
public class GroupViews {

    @Inject
    GroupAccess access;

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    @Inject
    GroundRulesRepository rules;

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    @Inject
    RangeFinder ranges;

    /**
     * An organiser's line for a group: counts as disclosure control lets them show, leaders by name.
     * {@code notAcceptedRules} counts members only. {@code belowMinimum} is null where it would narrow
     * a hidden member count.
     */
    public record OrganiserGroup(long id, String name, String programme, List<String> facilitators,
                                 String members, String waitlisted, String notAcceptedRules,
                                 int minMembers, int maxMembers, Boolean belowMinimum) {

        /** No leader left (theirs was deactivated with no co-lead to take over): the organiser must find one. */
        public boolean needsFacilitator() {
            return facilitators.isEmpty();
        }
    }

    /** A facilitator's line for one of their groups: exact counts, as they are the group's own. */
    public record FacilitatorGroup(long id, String name, String programme, LeaderRole role, long members,
                                   long waitlisted, long invited, long requested, long notAcceptedRules,
                                   int minMembers, int maxMembers, boolean belowMinimum, int rulesVersion) {
    }

    /** A facilitator's own standing: accreditation and how many groups they lead. */
    public record FacilitatorStanding(boolean accreditationLapsed, LocalDate accreditedUntil, long groupsLed,
                                      int maxGroups) {
    }

    /** What a facilitator's dashboard shows: their standing, then their groups. */
    public record FacilitatorDashboard(FacilitatorStanding standing, List<FacilitatorGroup> groups) {
    }

    /** One line of a roster. Position is set for the waitlisted only. */
    public record RosterEntry(long personId, String name, String email, MembershipStatus status, Long position,
                              boolean acceptedCurrentRules) {
    }

    public record Roster(long groupId, String name, String programme, int minMembers, int maxMembers,
                         boolean belowMinimum, int rulesVersion, String rulesText, List<RosterEntry> entries) {
        public List<RosterEntry> with(MembershipStatus status) {
            return entries.stream().filter(e -> e.status() == status).toList();
        }
    }

    /** A participant's view of a group they are in or invited to. */
    public record ParticipantGroup(long id, String name, String programme, MembershipStatus status,
                                   Long waitlistPosition, int rulesVersion, List<String> rules,
                                   boolean acceptedCurrentRules) {
    }

    /** A group a participant may join. */
    public record OpenGroup(long id, String name, String programme, String description, boolean placesAvailable,
                            boolean requestOnly) {
    }

    /** How a group's invitations are titled in calendars: the neutral title, or the group's name. */
    public record CalendarTitle(boolean discreet, String neutralTitle) {
    }

    /** What a facilitator's group page shows: the roster, then the forms for the group's settings. */
    public record GroupPage(Roster roster, CalendarTitle calendarTitle, EvaluationTiming evaluationTiming) {
    }

    @Transactional
    public List<OrganiserGroup> forOrganiser(Caller caller) {
        GroupService.requireOrganiser(caller);
        return organiserLines(groups.inOrganisation(caller.organisationId()));
    }

    @Transactional
    public OrganiserGroup forOrganiser(Caller caller, long groupId) {
        return organiserLines(List.of(access.asOrganiser(caller, groupId))).get(0);
    }

    private List<OrganiserGroup> organiserLines(List<SupportGroup> list) {
        Set<Long> ids = ids(list);
        Map<Long, Map<MembershipStatus, Long>> counts = memberships.countByStatus(ids);
        Map<Long, Map<MembershipStatus, Long>> notAccepted = rules.notAcceptingCurrent(ids);
        List<GroupLeader> leaders = groups.leaders(ids);
        Map<Long, Person> leaderPeople = byId(people.findAllById(leaders.stream().map(GroupLeader::personId).toList()));
        // One publication for the whole list: each group's members, waitlist and members yet to accept
        // the ground rules (with the unpublished rest who have), through disclosure control together.
        Publication publication = new Publication();
        Map<Long, int[]> cells = new java.util.HashMap<>();
        for (SupportGroup g : list) {
            long members = count(counts, g.id(), MembershipStatus.MEMBER);
            long notYet = count(notAccepted, g.id(), MembershipStatus.MEMBER);
            int m = publication.people(members);
            int w = publication.people(count(counts, g.id(), MembershipStatus.WAITLISTED));
            int n = publication.people(notYet);
            publication.sum(m, n, publication.unpublished(members - notYet));
            // a waitlist exists only when every seat is taken: a non-zero one tells the member count
            publication.pinnedBy(m, w);
            cells.put(g.id(), new int[] {m, w, n});
        }
        Disclosure shown = new DisclosureControl(ranges).protect(publication);
        return list.stream().map(g -> {
            int[] c = cells.get(g.id());
            long members = publication.value(c[0]);
            List<String> names = leaders.stream().filter(l -> l.groupId().equals(g.id()))
                    .sorted((a, b) -> a.role().compareTo(b.role()))
                    .map(l -> leaderPeople.get(l.personId()).displayName()).toList();
            return new OrganiserGroup(g.id(), g.name(), g.template().name(), names, shown.show(c[0]), shown.show(c[1]),
                    shown.show(c[2]), g.minMembers(), g.maxMembers(),
                    belowMinimum(g, members, shown.isHidden(c[0])));
        }).toList();
    }

    /**
     * Whether a group is below its minimum, as an organiser may see it. With the member count shown,
     * exactly. With it hidden (1-7, or fewer at a smaller maximum), the flag would split those values
     * in two: it is shown only when both sides keep at least three values (or one side is empty, so
     * it tells nothing), and that depends on the public minimum and maximum alone, so that hiding it
     * says nothing either. Null: not shown.
     */
    static Boolean belowMinimum(SupportGroup group, long members, boolean membersHidden) {
        if (!membersHidden) {
            return group.isBelowMinimum(members);
        }
        long highest = Math.min(SmallNumbers.THRESHOLD - 1L, group.maxMembers());
        long below = Math.min(group.minMembers() - 1L, highest); // values 1..below are below the minimum
        long notBelow = highest - below;                          // values below+1..highest are not
        boolean tellsNothing = below <= 0 || notBelow <= 0;
        boolean bothWide = below >= Auditor.MIN_VALUES && notBelow >= Auditor.MIN_VALUES;
        return tellsNothing || bothWide ? group.isBelowMinimum(members) : null;
    }

    /** The names of the organiser's groups by id, for lists that carry a group's id only. */
    @Transactional
    public Map<Long, String> namesForOrganiser(Caller caller) {
        GroupService.requireOrganiser(caller);
        return groups.inOrganisation(caller.organisationId()).stream()
                .collect(Collectors.toMap(SupportGroup::id, SupportGroup::name));
    }

    /** A facilitator's groups: three statements, however many groups and members. */
    @Transactional
    public List<FacilitatorGroup> forFacilitator(Caller caller) {
        if (!caller.is(Role.FACILITATOR)) {
            throw new NotFoundException();
        }
        List<LedGroup> led = groups.ledWithRoles(caller.personId());
        Set<Long> ids = led.stream().map(l -> l.group().id()).collect(Collectors.toSet());
        Map<Long, Map<MembershipStatus, Long>> counts = memberships.countByStatus(ids);
        Map<Long, Map<MembershipStatus, Long>> notAccepted = rules.notAcceptingCurrent(ids);
        return led.stream().map(l -> {
            SupportGroup g = l.group();
            long members = count(counts, g.id(), MembershipStatus.MEMBER);
            return new FacilitatorGroup(g.id(), g.name(), g.template().name(), l.role(), members,
                    count(counts, g.id(), MembershipStatus.WAITLISTED), count(counts, g.id(), MembershipStatus.INVITED),
                    count(counts, g.id(), MembershipStatus.REQUESTED),
                    count(notAccepted, g.id(), MembershipStatus.MEMBER) + count(notAccepted, g.id(), MembershipStatus.WAITLISTED),
                    g.minMembers(), g.maxMembers(), g.isBelowMinimum(members), l.rulesVersion());
        }).toList();
    }

    /** The facilitator's dashboard: their standing and their groups, in one transaction. */
    @Transactional
    public FacilitatorDashboard dashboard(Caller caller) {
        List<FacilitatorGroup> led = forFacilitator(caller);
        FacilitatorProfile profile = groups.profile(caller.personId())
                .orElse(FacilitatorProfile.defaults(caller.personId()));
        return new FacilitatorDashboard(new FacilitatorStanding(profile.accreditationLapsed(LocalDate.now(clock)),
                profile.accreditedUntil(), led.size(), profile.maxGroups()), led);
    }

    /** The named roster: a group's own facilitators only. */
    @Transactional
    public Roster roster(Caller caller, long groupId) {
        return roster(access.asFacilitator(caller, groupId));
    }

    /**
     * A facilitator's group page: the roster and the group's own settings (calendar title, evaluation
     * timing), read together so that the page costs the same few statements however large the group.
     */
    @Transactional
    public GroupPage groupPage(Caller caller, long groupId) {
        SupportGroup group = access.asFacilitator(caller, groupId);
        return new GroupPage(roster(group), new CalendarTitle(group.discreetTitle(), group.neutralTitle()),
                group.evaluationTiming());
    }

    private Roster roster(SupportGroup group) {
        long groupId = group.id();
        GroundRulesVersion current = rules.current(groupId).orElseThrow(IllegalStateException::new);
        Set<Long> accepted = rules.acceptedBy(current.id());
        List<Membership> list = memberships.ofGroup(groupId);
        Waitlist waitlist = Waitlist.of(list);
        List<RosterEntry> entries = list.stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(m -> new RosterEntry(m.person().id(), m.person().displayName(), m.person().email().value(),
                        m.status(), waitlist.positionOf(m).orElse(null), accepted.contains(m.person().id())))
                .toList();
        long members = entries.stream().filter(e -> e.status() == MembershipStatus.MEMBER).count();
        return new Roster(groupId, group.name(), group.template().name(), group.minMembers(), group.maxMembers(),
                group.isBelowMinimum(members), current.version(), current.text(), entries);
    }

    @Transactional
    public List<ParticipantGroup> forParticipant(Caller caller) {
        List<Membership> mine = memberships.ofPerson(caller.personId());
        Map<Long, GroundRulesVersion> current = rules.current(mine.stream().map(m -> m.group().id()).toList());
        Set<Long> accepted = rules.acceptedOf(caller.personId(),
                current.values().stream().map(GroundRulesVersion::id).toList());
        Map<Long, Long> positions = memberships.waitlistPositionsOf(caller.personId());
        return mine.stream().sorted((a, b) -> a.group().name().compareTo(b.group().name())).map(m -> {
            GroundRulesVersion version = current.get(m.group().id());
            return new ParticipantGroup(m.group().id(), m.group().name(), m.group().template().name(), m.status(),
                    positions.get(m.group().id()), version.version(), version.rules(), accepted.contains(version.id()));
        }).toList();
    }

    @Transactional
    public List<OpenGroup> openTo(Caller caller) {
        List<SupportGroup> open = groups.openTo(caller.organisationId(), caller.personId());
        Map<Long, Map<MembershipStatus, Long>> counts = memberships.countByStatus(ids(open));
        LocalDate today = LocalDate.now(clock);
        return open.stream().filter(g -> g.selfEnrolmentRefusal(today).isEmpty())
                .map(g -> new OpenGroup(g.id(), g.name(), g.template().name(), g.template().description(),
                        count(counts, g.id(), MembershipStatus.MEMBER) < g.maxMembers(), g.intakeRequired()))
                .toList();
    }

    private static Set<Long> ids(Collection<SupportGroup> list) {
        return list.stream().map(SupportGroup::id).collect(Collectors.toSet());
    }

    private static long count(Map<Long, Map<MembershipStatus, Long>> counts, long groupId, MembershipStatus status) {
        return counts.getOrDefault(groupId, Map.of()).getOrDefault(status, 0L);
    }

    private static Map<Long, Person> byId(List<Person> list) {
        return list.stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
