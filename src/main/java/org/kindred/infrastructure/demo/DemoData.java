package org.kindred.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.account.PasswordHasher;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.Room;
import org.kindred.domain.model.organisation.Site;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;

/**
 * One fictional organisation, its site and rooms, and people in every role, all with the password
 * {@value #PASSWORD}. Loaded once: a later start finds the organisation and leaves everything as it is
 * (and the unique slug would refuse a second copy even from two servers at once).
 */
@ApplicationScoped
public class DemoData {

    public static final String SLUG = "demo";
    public static final String PASSWORD = "kindred-demo";
    private static final String DOMAIN = "@demo.kindred.test";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<String> PARTICIPANTS = List.of(
            "Pat Participant", "Amara Okafor", "Ben Hughes", "Chloe Davies", "Dev Patel",
            "Eilidh Campbell", "Femi Adeyemi", "Grace Liu", "Hamza Khan", "Isla Morgan",
            "Jonah Price", "Keira Walsh", "Luca Rossi", "Maya Thompson", "Niall Byrne");

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Transactional
    public void seedIfAbsent() {
        if (!em.createNamedQuery("Organisation.findBySlug", Organisation.class)
                .setParameter("slug", SLUG).getResultList().isEmpty()) {
            LOG.info("demo data already present");
            return;
        }
        Organisation trust = new Organisation(SLUG, "Northfield Hospitals NHS Trust (demo)", ZoneId.of("Europe/London"));
        em.persist(trust);
        em.flush(); // people refer to the organisation by id
        Site site = new Site(trust, "Northfield General Hospital");
        em.persist(site);
        em.persist(new Room(site, "Reflection Room, Education Centre", 14, "Step-free access; hearing loop"));
        em.persist(new Room(site, "Seminar Room A", 12, "Step-free access"));
        em.persist(new Room(site, "Lecture Theatre", 120, "Step-free access; hearing loop; lunch can be served"));

        List<Person> people = new ArrayList<>();
        people.add(person(trust, "Olivia Organiser", "olivia.organiser", EnumSet.of(Role.ORGANISER)));
        people.add(person(trust, "Fran Facilitator", "fran.facilitator", EnumSet.of(Role.FACILITATOR)));
        people.add(person(trust, "Sam Cofacilitator", "sam.cofacilitator", EnumSet.of(Role.FACILITATOR)));
        people.add(person(trust, "Ada Admin", "ada.admin", EnumSet.of(Role.ADMIN)));
        for (int i = 0; i < PARTICIPANTS.size(); i++) {
            String name = PARTICIPANTS.get(i);
            String local = i == 0 ? "pat.participant" : name.toLowerCase().replace(' ', '.');
            people.add(person(trust, name, local, EnumSet.of(Role.PARTICIPANT)));
        }
        people.forEach(em::persist);
        LOG.info(() -> "demo data loaded: organisation " + trust.id() + ", " + people.size() + " people");
    }

    private Person person(Organisation trust, String name, String local, Set<Role> roles) {
        Person person = new Person(trust.id(), name, new EmailAddress(local + DOMAIN), roles, clock.instant());
        person.changePasswordHash(hasher.hash(PASSWORD.toCharArray()));
        return person;
    }
}
