package org.kindred.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The two races of the earlier issues at once, twenty times over: people joining a group with fewer
 * places than people, while organisers book one room for overlapping times. Each round checks the
 * database: never more members than places, the waitlist numbered 1..n in order of arrival, never
 * two bookings of the room that overlap (buffers included).
 */
@ExtendWith(ArquillianExtension.class)
class RacesTogetherIT {

    private static final int ROUNDS = 20;
    private static final int PLACES = 6;
    private static final int JOINERS = 14;
    private static final int BOOKERS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void joinsAndRoomBookingsRacingTogetherNeverOverfillNorDoubleBook() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Raced Room", 14, 10, 10);
        List<Long> bookingGroups = new ArrayList<>();
        for (int i = 0; i < BOOKERS; i++) {
            // each group its own facilitator, so that the room is the only thing the bookings compete for
            long lead = TestDatabase.createPerson(fixture.organisationId, "Racing Lead " + i,
                    TestDatabase.unique("racelead") + "@kindred.test", GroupFixture.PASSWORD, "FACILITATOR");
            bookingGroups.add(fixture.createGroup("peer-support", TestDatabase.unique("Booker"), 12, lead));
        }
        List<String> people = fixture.participants("Racer", JOINERS);

        ExecutorService pool = Executors.newFixedThreadPool(JOINERS + BOOKERS);
        try {
            List<WebClient> joiners = signIn(pool, fixture, people);
            List<WebClient> bookers = signIn(pool, fixture, java.util.Collections.nCopies(BOOKERS, fixture.organiser));
            LocalDate firstDay = LocalDate.now().plusYears(1);
            for (int round = 0; round < ROUNDS; round++) {
                // a facilitator leads at most a few groups: a new one each round
                long roundLead = TestDatabase.createPerson(fixture.organisationId, "Round Lead " + round,
                        TestDatabase.unique("roundlead") + "@kindred.test", GroupFixture.PASSWORD, "FACILITATOR");
                long group = fixture.createGroup("peer-support", TestDatabase.unique("Raced"), PLACES, roundLead);
                LocalDate day = firstDay.plusDays(round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Page>> joins = new ArrayList<>();
                List<Future<Page>> bookings = new ArrayList<>();
                for (int i = 0; i < Math.max(JOINERS, BOOKERS); i++) {
                    if (i < JOINERS) {
                        WebClient joiner = joiners.get(i);
                        joins.add(pool.submit(() -> {
                            go.await();
                            return joiner.api("POST", "/api/participant/groups/" + group + "/join", null);
                        }));
                    }
                    if (i < BOOKERS) {
                        WebClient booker = bookers.get(i);
                        long bookingGroup = bookingGroups.get(i);
                        // minutes apart: only the overlap rule and the buffers keep them from all fitting
                        String start = day + "T12:%02d".formatted(i * 7 % 30);
                        bookings.add(pool.submit(() -> {
                            go.await();
                            return booker.api("POST", "/api/organiser/schedule/groups/" + bookingGroup + "/extra",
                                    "{\"start\": \"" + start + "\", \"durationMinutes\": 60, \"roomId\": " + room + "}");
                        }));
                    }
                }
                go.countDown();
                String where = "round " + (round + 1) + ": ";

                int members = 0;
                for (Future<Page> join : joins) {
                    Page page = join.get(2, TimeUnit.MINUTES);
                    assertEquals(200, page.status(), where + page.body());
                    members += page.json().getString("status").equals("MEMBER") ? 1 : 0;
                }
                int booked = 0;
                for (Future<Page> booking : bookings) {
                    Page page = booking.get(2, TimeUnit.MINUTES);
                    if (page.status() == 201) {
                        booked++;
                    } else {
                        assertEquals(409, page.status(), where + page.body());
                    }
                }
                assertEquals(PLACES, members, where + "as many members as places");
                assertEquals(1, booked, where + "one booking of the slot");
                assertGroupInvariants(fixture, group, roundLead, where);
                assertEquals(List.of(String.valueOf(round + 1)), TestDatabase.strings(
                        "SELECT COUNT(*) FROM room_booking WHERE room_id = ?", room), where + "one booking per round");
                assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM room_booking a JOIN room_booking b "
                        + "ON a.room_id = b.room_id AND a.id < b.id AND a.blocked_from < b.blocked_until "
                        + "AND b.blocked_from < a.blocked_until WHERE a.room_id = ?", room), where + "no overlapping bookings");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertGroupInvariants(GroupFixture fixture, long group, long lead, String where) throws Exception {
        assertEquals(List.of("MEMBER:" + PLACES, "WAITLISTED:" + (JOINERS - PLACES)), TestDatabase.strings(
                "SELECT CONCAT(status, ':', COUNT(*)) FROM membership WHERE group_id = ? GROUP BY status ORDER BY status",
                group), where);
        assertEquals(List.of(String.valueOf(PLACES)), TestDatabase.strings("SELECT COUNT(DISTINCT s.membership_id) "
                + "FROM group_seat s JOIN membership m ON m.id = s.membership_id AND m.status = 'MEMBER' "
                + "WHERE s.group_id = ?", group), where + "every member holds a seat of the group");
        assertEquals(List.of(String.valueOf(PLACES)), TestDatabase.strings("SELECT COUNT(*) FROM group_seat WHERE group_id = ?",
                group), where + "no extra seats");
        List<String> byArrival = TestDatabase.strings("SELECT status FROM membership WHERE group_id = ? ORDER BY id", group);
        assertTrue(byArrival.subList(0, PLACES).stream().allMatch("MEMBER"::equals), where + byArrival);
        // the waitlist as the facilitator sees it: 1..n, in order of arrival
        String leadEmail = TestDatabase.strings("SELECT email FROM person WHERE id = ?", lead).get(0);
        Page roster = fixture.signedIn(leadEmail).api("GET", "/api/facilitator/groups/" + group + "/roster", null);
        assertEquals(200, roster.status(), roster.body());
        List<Long> positions = new ArrayList<>();
        List<Long> waitlistedIds = new ArrayList<>();
        for (JsonObject entry : roster.json().getJsonArray("entries").getValuesAs(JsonObject.class)) {
            if (entry.getString("status").equals("WAITLISTED")) {
                positions.add(entry.getJsonNumber("position").longValue());
                waitlistedIds.add(entry.getJsonNumber("personId").longValue());
            }
        }
        List<Long> expected = new ArrayList<>();
        for (long i = 1; i <= JOINERS - PLACES; i++) {
            expected.add(i);
        }
        assertEquals(expected, positions, where + "waitlist positions");
        assertEquals(TestDatabase.strings("SELECT person_id FROM membership WHERE group_id = ? AND status = 'WAITLISTED' "
                + "ORDER BY id", group), waitlistedIds.stream().map(String::valueOf).toList(), where + "waitlist in order of arrival");
    }

    private static List<WebClient> signIn(ExecutorService pool, GroupFixture fixture, List<String> emails) throws Exception {
        List<Future<WebClient>> signIns = new ArrayList<>();
        for (String email : emails) {
            signIns.add(pool.submit(() -> fixture.signedIn(email)));
        }
        List<WebClient> clients = new ArrayList<>();
        for (Future<WebClient> signIn : signIns) {
            clients.add(signIn.get(2, TimeUnit.MINUTES));
        }
        return clients;
    }
}
