package org.kindred.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** The member limit is a hard limit: 100 people joining a 12-place group at the same moment. */
@ExtendWith(ArquillianExtension.class)
class MembershipConcurrencyIT {

    private static final int PEOPLE = 100;
    private static final int PLACES = 12;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void hundredParallelJoinsGiveTwelveMembersAndEightyEightWaitlistedInOrder() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Concurrent"), PLACES, fixture.leadId);
        List<String> people = fixture.participants("Joiner", PEOPLE);

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<WebClient>> signIns = new ArrayList<>();
            for (String email : people) {
                signIns.add(pool.submit(() -> fixture.signedIn(email)));
            }
            List<WebClient> clients = new ArrayList<>();
            for (Future<WebClient> signIn : signIns) {
                clients.add(signIn.get(2, TimeUnit.MINUTES));
            }

            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> joins = new ArrayList<>();
            for (WebClient client : clients) {
                joins.add(pool.submit(() -> {
                    go.await();
                    return client.api("POST", "/api/participant/groups/" + group + "/join", null);
                }));
            }
            go.countDown();
            int members = 0;
            int waitlisted = 0;
            for (Future<Page> join : joins) {
                Page page = join.get(2, TimeUnit.MINUTES);
                assertEquals(200, page.status(), page.body());
                String status = page.json().getString("status");
                if (status.equals("MEMBER")) {
                    members++;
                } else {
                    assertEquals("WAITLISTED", status);
                    waitlisted++;
                }
            }
            assertEquals(PLACES, members, "exactly as many members as places");
            assertEquals(PEOPLE - PLACES, waitlisted);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of("MEMBER:12", "WAITLISTED:88"), TestDatabase.strings(
                "SELECT CONCAT(status, ':', COUNT(*)) FROM membership WHERE group_id = ? GROUP BY status ORDER BY status",
                group));
        assertEquals(List.of("12"), TestDatabase.strings(
                "SELECT COUNT(DISTINCT membership_id) FROM group_seat WHERE group_id = ? AND membership_id IS NOT NULL", group));
        assertEquals(List.of("12"), TestDatabase.strings("SELECT COUNT(*) FROM group_seat WHERE group_id = ?", group));

        // In order of arrival: the first twelve to arrive hold the places, the rest queue behind them.
        List<String> statusesByArrival = TestDatabase.strings(
                "SELECT status FROM membership WHERE group_id = ? ORDER BY id", group);
        assertTrue(statusesByArrival.subList(0, PLACES).stream().allMatch("MEMBER"::equals), statusesByArrival.toString());
        assertTrue(statusesByArrival.subList(PLACES, PEOPLE).stream().allMatch("WAITLISTED"::equals));

        // The facilitator's roster numbers the waitlist 1..88 in that same order.
        Page roster = fixture.signedIn(fixture.lead).api("GET", "/api/facilitator/groups/" + group + "/roster", null);
        assertEquals(200, roster.status(), roster.body());
        List<Long> positions = roster.json().getJsonArray("entries").stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getString("status").equals("WAITLISTED"))
                .map(e -> e.getJsonNumber("position").longValue())
                .toList();
        List<Long> expected = new ArrayList<>();
        for (long i = 1; i <= PEOPLE - PLACES; i++) {
            expected.add(i);
        }
        assertEquals(expected, positions);
    }
}
