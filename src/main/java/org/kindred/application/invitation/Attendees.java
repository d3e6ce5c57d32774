package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.round.PanellistStatus;
import org.kindred.domain.model.round.RoundRepository;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Who is invited to a series: a group's facilitators and seated members; for a Schwartz Round and its
 * preparation meeting, the Round's facilitator, clinical lead and the panellists who consented; for
 * the debrief, the facilitator alone. The Round's audience is open and is not invited by name.
 */
@ApplicationScoped
public class Attendees {

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    @Inject
    RoundRepository rounds;

    @Inject
    PersonRepository people;

    public List<Person> of(SessionSeries series) {
        Set<Long> ids = new LinkedHashSet<>();
        List<Person> members = new ArrayList<>();
        if (series.kind() == SeriesKind.GROUP_SESSION) {
            groups.leaders(series.groupId()).stream().map(GroupLeader::personId).forEach(ids::add);
            for (Membership membership : memberships.ofGroup(series.groupId())) {
                if (membership.status() == MembershipStatus.MEMBER && ids.add(membership.person().id())) {
                    members.add(membership.person());
                }
            }
            ids.removeAll(members.stream().map(Person::id).toList());
        } else {
            SchwartzRound round = rounds.findBySeries(series.id()).orElse(null);
            if (series.facilitatorId() != null) {
                ids.add(series.facilitatorId());
            }
            if (round != null && series.kind() != SeriesKind.ROUND_DEBRIEF) {
                ids.add(round.facilitatorId());
                if (round.clinicalLeadId() != null) { // an erased clinical lead is invited no more
                    ids.add(round.clinicalLeadId());
                }
                round.panel().stream().filter(p -> p.status() == PanellistStatus.CONSENTED)
                        .forEach(p -> ids.add(p.personId()));
            }
        }
        List<Person> all = new ArrayList<>(people.findAllById(ids));
        all.addAll(members);
        return all.stream().filter(Person::active).toList();
    }

    public boolean includes(SessionSeries series, long personId) {
        return of(series).stream().anyMatch(p -> p.id() == personId);
    }
}
