package org.kindred.application.session;

import static org.kindred.application.fixtures.InMemoryRepositories.caller;

import org.kindred.application.access.Caller;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;

/**
 * The people, groups and rooms the scheduling tests share: an organiser; Lena, who leads the Balint
 * group (Mia is a member) and a second group; Omar, who leads another group; a room with a 15-minute
 * clear-down and a spare room.
 */
final class ExampleTrust {

    final Organisation organisation;
    final Person organiser;
    final Person lena;
    final Person omar;
    final Person mia;
    final SupportGroup balint;
    final SupportGroup secondOfLena;
    final SupportGroup omars;
    final Room seminar;
    final Room spare;

    ExampleTrust(InMemoryRepositories data) {
        organisation = data.organisation("Example Trust", data.settings.timeZone());
        organiser = data.person(organisation, "Olive Organiser", Role.ORGANISER);
        lena = data.person(organisation, "Lena Lead", Role.FACILITATOR);
        omar = data.person(organisation, "Omar Other", Role.FACILITATOR);
        mia = data.person(organisation, "Mia Member", Role.PARTICIPANT);
        balint = data.group(organisation, "Balint", lena);
        secondOfLena = data.group(organisation, "Morning group", lena);
        omars = data.group(organisation, "Other group", omar);
        data.member(balint, mia);
        var site = data.site(organisation, "St Mary's");
        seminar = data.room(site, "Seminar Room", 12, 0, 15);
        spare = data.room(site, "Spare Room", 8, 0, 0);
    }

    Caller organiser() {
        return caller(organiser);
    }
}
