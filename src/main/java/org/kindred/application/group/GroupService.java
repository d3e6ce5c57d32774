package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.GroundRulesVersion;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.LeaderRole;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.FacilitatorProfile;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.domain.model.programme.GroupSize;
import org.kindred.domain.model.programme.ProgrammeTemplate;

/** Organisers' work: templates, and groups made from them with their leaders. */
@ApplicationScoped
public class GroupService {

    @Inject
    GroupRepository groups;

    @Inject
    GroundRulesRepository rules;

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    /** What an organiser asks for; null sizes take the template's own. */
    public record NewGroup(String templateCode, String name, Integer minMembers, Integer maxMembers,
                           Integer quorum, boolean selfEnrolment, LocalDate startsOn, Long leadId, Long coLeadId) {
    }

    /** A facilitator an organiser may choose, with what the organiser needs to know to choose. */
    public record FacilitatorChoice(long personId, String name, boolean accreditationLapsed, long groupsLed,
                                    int maxGroups, String training, LocalDate accreditedUntil) {
    }

    /** An organiser records a facilitator's training, accreditation expiry and group limit. */
    @Transactional
    public void updateFacilitator(Caller caller, long personId, String training, LocalDate accreditedUntil,
                                  int maxGroups) {
        requireOrganiser(caller);
        people.findById(personId)
                .filter(p -> p.organisationId() == caller.organisationId() && p.hasRole(Role.FACILITATOR))
                .orElseThrow(NotFoundException::new);
        Optional<FacilitatorProfile> existing = groups.profile(personId);
        if (existing.isPresent()) {
            existing.get().update(training, accreditedUntil, maxGroups);
        } else {
            groups.add(new FacilitatorProfile(personId, training, accreditedUntil, maxGroups));
        }
    }

    @Transactional
    public List<FacilitatorChoice> facilitators(Caller caller) {
        requireOrganiser(caller);
        LocalDate today = LocalDate.now(clock);
        List<Person> facilitators = people.withRole(caller.organisationId(), Role.FACILITATOR);
        List<Long> ids = facilitators.stream().map(Person::id).toList();
        Map<Long, FacilitatorProfile> profiles = groups.profiles(ids);
        Map<Long, Long> led = groups.groupsLedBy(ids);
        return facilitators.stream().map(p -> {
            FacilitatorProfile profile = profiles.getOrDefault(p.id(), FacilitatorProfile.defaults(p.id()));
            return new FacilitatorChoice(p.id(), p.displayName(), profile.accreditationLapsed(today),
                    led.getOrDefault(p.id(), 0L), profile.maxGroups(), profile.training(), profile.accreditedUntil());
        }).toList();
    }

    /** The shared library and the caller's organisation's own templates. */
    @Transactional
    public List<ProgrammeTemplate> templates(Caller caller) {
        requireOrganiser(caller);
        return groups.templates(caller.organisationId());
    }

    @Transactional
    public ProgrammeTemplate template(Caller caller, String code) {
        requireOrganiser(caller);
        return groups.template(code == null ? "" : code, caller.organisationId())
                .orElseThrow(() -> new GroupRuleException("template", "Choose a programme template."));
    }

    /** Only the organisation's own copies can be changed; the shared library is copied first. */
    @Transactional
    public void updateTemplate(Caller caller, String code, String name, String description, int minMembers,
                               int maxMembers, int sessionMinutes, int quorum, String groundRules) {
        ProgrammeTemplate template = template(caller, code);
        if (!template.ownedBy(caller.organisationId())) {
            throw new GroupRuleException("The built-in templates are shared by every organisation. "
                    + "Copy this one, then adapt the copy.");
        }
        template.update(name, description, minMembers, maxMembers, sessionMinutes, quorum, groundRules);
    }

    @Transactional
    public ProgrammeTemplate copyTemplate(Caller caller, String code, String newCode, String newName) {
        ProgrammeTemplate original = template(caller, code);
        String checkedCode = newCode == null ? null : newCode.strip();
        if (checkedCode != null && groups.codeTaken(checkedCode)) {
            throw new GroupRuleException("code", "Another template already has this code.");
        }
        ProgrammeTemplate copy = original.copy(checkedCode, newName, caller.organisationId());
        groups.add(copy);
        return copy;
    }

    /**
     * Creates the group with its seats, its lead (and co-lead) and version 1 of its ground rules, the
     * template's defaults.
     */
    @Transactional
    public SupportGroup create(Caller caller, NewGroup request) {
        requireOrganiser(caller);
        ProgrammeTemplate template = template(caller, request.templateCode());
        GroupSize size = template.size(request.minMembers(), request.maxMembers(), request.quorum());
        if (request.leadId() == null) {
            throw new GroupRuleException("leadId", "Choose the lead facilitator.");
        }
        Person lead = facilitator(caller, request.leadId(), "leadId");
        Person coLead = null;
        if (request.coLeadId() != null) {
            if (template.maxLeaders() < 2) {
                throw new GroupRuleException("coLeadId", "A " + template.name() + " has one leader.");
            }
            if (request.coLeadId().equals(request.leadId())) {
                throw new GroupRuleException("coLeadId", "The co-lead must be someone other than the lead.");
            }
            coLead = facilitator(caller, request.coLeadId(), "coLeadId");
        }
        SupportGroup group = new SupportGroup(caller.organisationId(), template, request.name(), size,
                request.selfEnrolment(), request.startsOn(), clock.instant());
        try {
            groups.add(group);
        } catch (PersistenceException e) {
            throw new GroupRuleException("name", "There is already a group with this name.");
        }
        groups.add(new GroupLeader(group.id(), LeaderRole.LEAD, lead.id()));
        if (coLead != null) {
            groups.add(new GroupLeader(group.id(), LeaderRole.CO_LEAD, coLead.id()));
        }
        rules.add(GroundRulesVersion.first(group.id(), template.defaultGroundRules(), clock.instant()));
        return group;
    }

    private Person facilitator(Caller caller, long personId, String field) {
        Person person = people.findById(personId)
                .filter(p -> p.organisationId() == caller.organisationId() && p.hasRole(Role.FACILITATOR))
                .orElseThrow(() -> new GroupRuleException(field, "Choose a facilitator of your organisation."));
        FacilitatorProfile profile = groups.profile(personId).orElse(FacilitatorProfile.defaults(personId));
        if (groups.groupsLedBy(personId) >= profile.maxGroups()) {
            throw new GroupRuleException(field, person.displayName() + " already leads " + profile.maxGroups()
                    + " groups, their limit.");
        }
        return person;
    }

    static void requireOrganiser(Caller caller) {
        if (!caller.is(Role.ORGANISER)) {
            throw new NotFoundException();
        }
    }
}
