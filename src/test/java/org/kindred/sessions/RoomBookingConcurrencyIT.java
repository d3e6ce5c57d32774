package org.kindred.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** No double booking, ever: 50 groups ask for the same room at the same moment. */
@ExtendWith(ArquillianExtension.class)
class RoomBookingConcurrencyIT {

    private static final int REQUESTS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void fiftyParallelRequestsForOneRoomSlotMakeExactlyOneBooking() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Contested Room", 14, 10, 10);
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // each group has its own facilitator, so the room is the only thing they compete for
            long lead = TestDatabase.createPerson(fixture.organisationId, "Lead " + i,
                    TestDatabase.unique("lead") + "@kindred.test", GroupFixture.PASSWORD, "FACILITATOR");
            groups.add(fixture.createGroup("peer-support", TestDatabase.unique("Race"), 12, lead));
        }

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<WebClient>> signIns = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                signIns.add(pool.submit(() -> fixture.signedIn(fixture.organiser)));
            }
            List<WebClient> clients = new ArrayList<>();
            for (Future<WebClient> signIn : signIns) {
                clients.add(signIn.get(2, TimeUnit.MINUTES));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> bookings = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                WebClient client = clients.get(i);
                long group = groups.get(i);
                // the slots differ by a few minutes, so only the buffers and overlap rule separate them
                String start = "2028-03-07T12:%02d".formatted(i % 30);
                bookings.add(pool.submit(() -> {
                    go.await();
                    return client.api("POST", "/api/organiser/schedule/groups/" + group + "/extra",
                            "{\"start\": \"" + start + "\", \"durationMinutes\": 90, \"roomId\": " + room + "}");
                }));
            }
            go.countDown();
            int booked = 0;
            int refused = 0;
            for (Future<Page> booking : bookings) {
                Page page = booking.get(3, TimeUnit.MINUTES);
                if (page.status() == 201) {
                    booked++;
                } else {
                    assertEquals(409, page.status(), page.body());
                    assertTrue(page.body().contains("Contested Room is booked at this time."), page.body());
                    refused++;
                }
            }
            assertEquals(1, booked, "exactly one booking of the slot");
            assertEquals(REQUESTS - 1, refused);
            assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM room_booking WHERE room_id = ?", room));
        } finally {
            pool.shutdownNow();
        }
    }
}
