package org.kindred.application.account;

import java.time.Clock;
import org.kindred.domain.model.person.PersonRepository;

/** The people at typed addresses, wired by hand, for tests of the use cases that reach them. */
public final class AddressedPeopleWiring {

    private AddressedPeopleWiring() {
    }

    public static AddressedPeople over(PersonRepository people, Clock clock) {
        AddressedPeople addressed = new AddressedPeople();
        addressed.people = people;
        addressed.clock = clock;
        return addressed;
    }
}
