package org.kindred.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.account.PasswordHasher;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroundRulesService;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.MembershipChanges;
import org.kindred.application.session.ClashChoice;
import org.kindred.application.session.RoundChanges;
import org.kindred.application.session.RoundPlan;
import org.kindred.application.session.ScheduleChanges;
import org.kindred.application.session.SeriesPlan;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.Site;
import org.kindred.domain.model.session.RecurrencePattern;

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

    @Inject
    GroupService groupService;

    @Inject
    MembershipChanges membership;

    @Inject
    GroundRulesService groundRules;

    @Inject
    ScheduleChanges schedule;

    @Inject
    RoundChanges roundChanges;

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
        List<Room> rooms = List.of(
                new Room(site, "Reflection Room, Education Centre", 14, "Step-free access; hearing loop",
                        "Circle of chairs; box of tissues", 10, 10),
                new Room(site, "Seminar Room A", 12, "Step-free access", "Screen and flip chart", 0, 15),
                new Room(site, "Lecture Theatre", 120, "Step-free access; hearing loop; lunch can be served",
                        "Microphones, projector", 30, 30));
        rooms.forEach(em::persist);

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
        em.flush();
        groups(trust, people);
        em.flush();
        sessions(people, rooms);
        LOG.info(() -> "demo data loaded: organisation " + trust.id() + ", " + people.size() + " people");
    }

    /**
     * A Balint group with nine members (two yet to accept the ground rules), a peer-support group that
     * is full with two people waiting, and a Helping the Helper cohort open for joining.
     */
    private void groups(Organisation trust, List<Person> people) {
        Caller olivia = caller(people.get(0));
        Person fran = people.get(1);
        Person sam = people.get(2);
        List<Person> participants = people.subList(4, people.size());

        long balint = groupService.create(olivia, new GroupService.NewGroup("balint", "Thursday Balint group",
                null, 10, null, false, null, fran.id(), sam.id())).id();
        for (int i = 0; i < 9; i++) {
            Person member = participants.get(i);
            membership.invite(caller(fran), balint, member.email().value());
            membership.join(caller(member), balint);
            if (i >= 2) {
                groundRules.accept(caller(member), balint);
            }
        }
        long peer = groupService.create(olivia, new GroupService.NewGroup("peer-support",
                "Emergency department peer support", null, 8, null, true, null, sam.id(), null)).id();
        for (int i = 5; i < 15; i++) {
            membership.join(caller(participants.get(i)), peer);
        }
        groupService.create(olivia, new GroupService.NewGroup("hthp", "Helping the Helper: spring cohort",
                null, null, null, true, null, fran.id(), null));
    }

    /**
     * A term of sessions from next week: the Balint group fortnightly on Thursdays at 12:30 in the
     * Reflection Room, peer support weekly online before the morning shift, Helping the Helper's six
     * weeks, and a Schwartz Round in the Lecture Theatre with its panel and preparation meeting.
     */
    private void sessions(List<Person> people, List<Room> rooms) {
        Caller olivia = caller(people.get(0));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Map<String, Long> groups = new HashMap<>();
        em.createQuery("select g from SupportGroup g where g.organisationId = :o", SupportGroup.class)
                .setParameter("o", people.get(0).organisationId()).getResultList()
                .forEach(g -> groups.put(g.template().code(), g.id()));
        LocalDateTime thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(12, 30);
        schedule.schedule(olivia, groups.get("balint"), new SeriesPlan(thursday, null, null, null,
                RecurrencePattern.FORTNIGHTLY, 20, null, rooms.get(0).id(), null), ClashChoice.NONE);
        LocalDateTime tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(8, 0);
        schedule.schedule(olivia, groups.get("peer-support"), new SeriesPlan(tuesday, null, 60, null,
                RecurrencePattern.WEEKLY, 12, null, null, "https://meet.example.org/kindred-demo-peer"), ClashChoice.NONE);
        LocalDateTime wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(17, 0);
        schedule.schedule(olivia, groups.get("hthp"), new SeriesPlan(wednesday, null, null, null,
                RecurrencePattern.WEEKLY, 6, null, rooms.get(1).id(), null), ClashChoice.NONE);

        history(groups, people.get(0).organisationId(), today, rooms.get(0).id());

        Person sam = people.get(2);
        long rounds = groupService.create(olivia, new GroupService.NewGroup("schwartz", "Schwartz Rounds",
                null, 120, null, false, null, sam.id(), people.get(1).id())).id();
        LocalDateTime round = wednesday.plusWeeks(3).withHour(12).withMinute(30);
        List<Person> participants = people.subList(4, people.size());
        // the organiser types the clinical lead's and panellists' work addresses, as on the Rounds page
        roundChanges.plan(olivia, new RoundPlan(rounds, "The patient who stayed with me", round, null, rooms.get(2).id(), null,
                sam.id(), participants.get(7).email().value(), List.of(participants.get(9).email().value(),
                participants.get(10).email().value(), participants.get(11).email().value()), null, null,
                rooms.get(1).id(), null));
    }

    /**
     * Last term, as anonymous figures only, so that the report has released months to show: the Balint
     * group met fortnightly and peer support weekly from six months ago until six weeks ago, each
     * session's counts recorded (nobody's marks: the demo keeps no named attendance from before it
     * began) and some of those present answering the evaluation the next day. Written as rows, as a
     * trust moving to Kindred would import its history: scheduling refuses dates in the past and would
     * send invitations for them.
     */
    @SuppressWarnings("unchecked")
    private void history(Map<String, Long> groups, long organisationId, LocalDate today, long room) {
        java.util.Random random = new java.util.Random(20261207L);
        List<String> items = em.createNativeQuery("SELECT code FROM evaluation_item ORDER BY position").getResultList();
        pastTerm(random, items, organisationId, groups.get("balint"), today.minusWeeks(26)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).atTime(12, 30), 2, 90, 9, room, null);
        pastTerm(random, items, organisationId, groups.get("peer-support"), today.minusWeeks(26)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(8, 0), 1, 60, 8, null,
                "https://meet.example.org/kindred-demo-peer");
    }

    private void pastTerm(java.util.Random random, List<String> items, long organisationId, long group,
                          LocalDateTime first, int everyWeeks, int minutes, int members, Long room, String link) {
        ZoneId zone = ZoneId.of("Europe/London");
        LocalDateTime last = LocalDate.now(clock.withZone(zone)).minusWeeks(6).atStartOfDay();
        int count = 0;
        for (LocalDateTime start = first; start.isBefore(last); start = start.plusWeeks(everyWeeks)) {
            count++;
        }
        em.createNativeQuery("INSERT INTO session_series (group_id, organisation_id, kind, uid, sequence_no, time_zone, "
                        + "first_start, duration_minutes, pattern, repeat_count, room_id, online_link, created_at) "
                        + "VALUES (?1, ?2, 'GROUP_SESSION', ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, group).setParameter(2, organisationId)
                .setParameter(3, "demo-last-term-" + group + "@kindred.invalid").setParameter(4, zone.getId())
                .setParameter(5, first).setParameter(6, minutes).setParameter(7, everyWeeks == 1 ? "WEEKLY" : "FORTNIGHTLY")
                .setParameter(8, count).setParameter(9, room).setParameter(10, link)
                .setParameter(11, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .executeUpdate();
        Number series = (Number) em.createNativeQuery("SELECT id FROM session_series WHERE uid = ?1")
                .setParameter(1, "demo-last-term-" + group + "@kindred.invalid").getSingleResult();
        for (LocalDateTime start = first; start.isBefore(last); start = start.plusWeeks(everyWeeks)) {
            LocalDateTime utc = start.atZone(zone).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
            em.createNativeQuery("INSERT INTO session_occurrence (series_id, group_id, original_start, starts_at, ends_at, "
                            + "room_id, online_link, status, overridden, sequence_no) "
                            + "VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, 'SCHEDULED', FALSE, 0)")
                    .setParameter(1, series.longValue()).setParameter(2, group).setParameter(3, utc)
                    .setParameter(4, utc.plusMinutes(minutes)).setParameter(5, room).setParameter(6, link).executeUpdate();
            Number occurrence = (Number) em.createNativeQuery("SELECT id FROM session_occurrence WHERE series_id = ?1 "
                    + "AND original_start = ?2").setParameter(1, series.longValue()).setParameter(2, utc).getSingleResult();
            int apologies = random.nextInt(3);
            int absent = random.nextInt(4) == 0 ? 1 : 0;
            int present = members - apologies - absent;
            em.createNativeQuery("INSERT INTO attendance_count (occurrence_id, group_id, expected, present, apologies, "
                            + "absent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, occurrence.longValue())
                    .setParameter(2, group).setParameter(3, members).setParameter(4, present).setParameter(5, apologies)
                    .setParameter(6, absent).executeUpdate();
            int answers = random.nextInt(present + 1);
            for (int a = 0; a < answers; a++) {
                em.createNativeQuery("INSERT INTO evaluation_response (occurrence_id, group_id, answered_on, overall) "
                                + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, occurrence.longValue()).setParameter(2, group)
                        .setParameter(3, start.toLocalDate().plusDays(1)).setParameter(4, 3 + random.nextInt(3))
                        .executeUpdate();
                Number response = (Number) em.createNativeQuery("SELECT MAX(id) FROM evaluation_response WHERE "
                        + "occurrence_id = ?1").setParameter(1, occurrence.longValue()).getSingleResult();
                for (String item : items) {
                    em.createNativeQuery("INSERT INTO evaluation_answer (response_id, item_code, score) VALUES (?1, ?2, ?3)")
                            .setParameter(1, response.longValue()).setParameter(2, item)
                            .setParameter(3, 2 + random.nextInt(4)).executeUpdate();
                }
            }
        }
    }

    private static Caller caller(Person person) {
        return new Caller(person.id(), person.organisationId(), person.roles());
    }

    private Person person(Organisation trust, String name, String local, Set<Role> roles) {
        Person person = new Person(trust.id(), name, new EmailAddress(local + DOMAIN), roles, clock.instant());
        person.changePasswordHash(hasher.hash(PASSWORD.toCharArray()));
        return person;
    }
}
