package org.kindred.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
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

/** Series over their whole span: clashes, facilitator double-booking, changes to one occurrence, bad input. */
@ExtendWith(ArquillianExtension.class)
class SeriesSchedulingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    private static Page extra(WebClient client, long group, String start, long room) {
        return client.api("POST", "/api/organiser/schedule/groups/" + group + "/extra",
                "{\"start\": \"" + start + "\", \"durationMinutes\": 60, \"roomId\": " + room + "}");
    }

    @Test
    void aYearLongSeriesThatClashesInThreeWeeksReportsExactlyThoseThreeDates() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Seminar Room", 12, 0, 15);
        long other = fixture.createGroup("peer-support", TestDatabase.unique("Other"), 12, fixture.otherLeadId);
        long balint = fixture.createGroup("balint", TestDatabase.unique("Balint"), 12, fixture.leadId);
        // weeks 5, 26 and 51 of a series of Tuesdays from 4 January 2028; the last one only touches the
        // series' clear-down buffer (14:00-14:15), which is still a clash
        assertEquals(201, extra(organiser, other, "2028-02-01T12:00", room).status());
        assertEquals(201, extra(organiser, other, "2028-06-27T13:30", room).status());
        assertEquals(201, extra(organiser, other, "2028-12-12T14:05", room).status());
        assertEquals(201, extra(organiser, other, "2028-12-19T14:15", room).status(), "after the buffer: no clash");

        String series = """
                {"firstStart": "2028-01-04T12:30", "rrule": "FREQ=WEEKLY;COUNT=52", "roomId": %d%s}""";
        Page clashing = organiser.api("POST", "/api/organiser/schedule/groups/" + balint + "/series",
                series.formatted(room, ""));
        assertEquals(409, clashing.status(), clashing.body());
        JsonArray clashes = clashing.json().getJsonArray("clashes");
        assertEquals(List.of("2028-02-01", "2028-06-27", "2028-12-12"),
                clashes.getValuesAs(JsonObject.class).stream().map(c -> c.getString("date")).toList());
        assertTrue(clashing.json().getString("error").startsWith("3 of the 52 sessions clash"), clashing.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM session_series WHERE group_id = ?", balint),
                "nothing is booked until the organiser chooses");

        Page skipped = organiser.api("POST", "/api/organiser/schedule/groups/" + balint + "/series",
                series.formatted(room, ", \"onClash\": \"SKIP\""));
        assertEquals(201, skipped.status(), skipped.body());
        assertEquals(49, skipped.json().getInt("sessions"));
        assertEquals(3, skipped.json().getJsonArray("skipped").size());
        assertEquals(List.of("49"), TestDatabase.strings(
                "SELECT COUNT(*) FROM room_booking b JOIN session_occurrence o ON o.id = b.occurrence_id WHERE o.group_id = ?",
                balint));
        List<JsonObject> all = organiser.api("GET", "/api/organiser/schedule/groups/" + balint + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertEquals(52, all.size(), "every date of the series, the skipped ones as cancelled");
        assertEquals(3, all.stream().filter(o -> o.getBoolean("cancelled")).count());
        assertTrue(all.stream().allMatch(o -> o.getString("start").endsWith("T12:30:00")
                && o.getString("zone").equals("Europe/London")), "12:30 in London all year round");
    }

    @Test
    void clashingDatesCanBeHeldInAnotherRoom() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long usual = fixture.createRoom(organiser, "Usual Room", 12, 0, 0);
        long spare = fixture.createRoom(organiser, "Spare Room", 8, 0, 0);
        long other = fixture.createGroup("peer-support", TestDatabase.unique("Other"), 12, fixture.otherLeadId);
        long group = fixture.createGroup("balint", TestDatabase.unique("Balint"), 12, fixture.leadId);
        assertEquals(201, extra(organiser, other, "2028-01-18T12:00", usual).status());

        Page moved = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "2028-01-04T12:30", "pattern": "FORTNIGHTLY", "count": 6, "roomId": %d,
                 "onClash": "MOVE", "moveToRoomId": %d}""".formatted(usual, spare));
        assertEquals(201, moved.status(), moved.body());
        assertEquals(List.of("2028-01-18T12:30:00"), moved.json().getJsonArray("moved").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        JsonArray sessions = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions");
        assertEquals(6, sessions.size());
        assertEquals("Spare Room", sessions.getJsonObject(1).getString("room"));
        assertEquals("Usual Room", sessions.getJsonObject(2).getString("room"));
    }

    @Test
    void aFacilitatorCannotBeBookedIntoTwoOverlappingSessions() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long first = fixture.createGroup("peer-support", TestDatabase.unique("Morning"), 12, fixture.leadId);
        long second = fixture.createGroup("balint", TestDatabase.unique("Balint"), 12, fixture.leadId);
        Page booked = organiser.api("POST", "/api/organiser/schedule/groups/" + first + "/extra",
                "{\"start\": \"2028-05-02T12:00\", \"durationMinutes\": 90, \"onlineLink\": \"https://meet.example.org/a\"}");
        assertEquals(201, booked.status(), booked.body());

        Page refused = organiser.api("POST", "/api/organiser/schedule/groups/" + second + "/series", """
                {"firstStart": "2028-04-18T13:00", "pattern": "FORTNIGHTLY", "count": 4,
                 "onlineLink": "https://meet.example.org/b"}""");
        assertEquals(409, refused.status(), refused.body());
        JsonObject clash = refused.json().getJsonArray("clashes").getJsonObject(0);
        assertEquals("2028-05-02", clash.getString("date"));
        assertEquals("FACILITATOR", clash.getString("reason"));
        assertEquals("Lena Lead is already facilitating another session at this time.", clash.getString("detail"));

        Page anotherRoom = organiser.api("POST", "/api/organiser/schedule/groups/" + second + "/series", """
                {"firstStart": "2028-04-18T13:00", "pattern": "FORTNIGHTLY", "count": 4,
                 "onlineLink": "https://meet.example.org/b", "onClash": "MOVE", "moveToRoomId": 1}""");
        assertEquals(409, anotherRoom.status(), anotherRoom.body());
        assertTrue(anotherRoom.json().getString("error").startsWith("Another room does not help"), anotherRoom.body());

        WebClient lead = fixture.signedIn(fixture.lead);
        assertEquals(0, lead.api("GET", "/api/facilitator/sessions/groups/" + second, null).jsonArray().size(),
                "nothing was booked for the second group");
    }

    @Test
    void oneOccurrenceCanBeMovedOrCancelledAndOnlyMembersSeeTheReason() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Quiet Room", 12, 0, 0);
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        String member = fixture.participants("Member", 1).get(0);
        WebClient participant = fixture.signedIn(member);
        assertEquals(200, participant.api("POST", "/api/participant/groups/" + group + "/join", null).status());
        // soon enough to be among the participant's upcoming sessions
        LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        LocalDate movedTo = tuesday.plusWeeks(1).plusDays(1);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT09:00", "pattern": "WEEKLY", "count": 5, "durationMinutes": 60,
                 "roomId": %d}""".formatted(tuesday, room));
        assertEquals(201, created.status(), created.body());
        JsonArray sessions = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions");
        long second = sessions.getJsonObject(1).getJsonNumber("occurrenceId").longValue();
        long fourth = sessions.getJsonObject(3).getJsonNumber("occurrenceId").longValue();

        WebClient lead = fixture.signedIn(fixture.lead);
        assertEquals(204, lead.api("PUT", "/api/facilitator/sessions/" + second,
                "{\"start\": \"" + movedTo + "T14:00\", \"end\": \"" + movedTo + "T15:30\", \"roomId\": " + room + "}").status());
        assertEquals(204, lead.api("POST", "/api/facilitator/sessions/" + fourth + "/cancellation",
                "{\"reason\": \"Facilitator on leave\"}").status());

        JsonArray after = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions");
        assertEquals(1, after.getValuesAs(JsonObject.class).stream().filter(s -> s.getBoolean("moved")).count());
        assertEquals(1, after.getValuesAs(JsonObject.class).stream().filter(s -> s.getBoolean("cancelled")).count());
        assertEquals(movedTo + "T14:00:00", after.getJsonObject(1).getString("start"));
        assertEquals(movedTo + "T15:30:00", after.getJsonObject(1).getString("end"));
        assertTrue(after.getJsonObject(3).getBoolean("cancelled"));
        assertFalse(after.getJsonObject(3).containsKey("reason"), "organisers do not see the reason");
        assertFalse(after.getJsonObject(2).getBoolean("cancelled"));

        JsonArray mine = participant.api("GET", "/api/participant/schedule/sessions", null).jsonArray();
        assertEquals(5, mine.size());
        assertEquals("Facilitator on leave", mine.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("cancelled")).findFirst().orElseThrow().getString("reason"));

        String bookings = "SELECT COUNT(*) FROM room_booking b JOIN session_occurrence o ON o.id = b.occurrence_id "
                + "WHERE o.group_id = ?";
        assertEquals(List.of("4"), TestDatabase.strings(bookings, group), "the cancelled one released its room");
        assertEquals(204, organiser.api("POST", "/api/organiser/schedule/series/"
                + created.json().getJsonNumber("seriesId").longValue() + "/end",
                "{\"lastDate\": \"" + tuesday.plusWeeks(2) + "\"}").status());
        assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM session_occurrence WHERE group_id = ?", group));
        assertEquals(List.of("3"), TestDatabase.strings(bookings, group), "ending early released the rest");

        WebClient stranger = fixture.signedIn(fixture.otherLead);
        assertEquals(404, stranger.api("PUT", "/api/facilitator/sessions/" + second,
                "{\"start\": \"" + movedTo + "T16:00\"}").status(), "another group's facilitator cannot reach it");
    }

    @Test
    void thisAndAllFollowingSplitsTheSeries() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Split"), 12, fixture.leadId);
        assertEquals(201, organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "2028-03-06T17:00", "pattern": "WEEKLY", "count": 8,
                 "onlineLink": "https://meet.example.org/s"}""").status());
        JsonArray sessions = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions");
        long fifth = sessions.getJsonObject(4).getJsonNumber("occurrenceId").longValue();

        Page split = organiser.api("POST", "/api/organiser/schedule/occurrences/" + fifth + "/following", """
                {"firstStart": "2028-04-04T18:00", "pattern": "FORTNIGHTLY", "count": 3,
                 "onlineLink": "https://meet.example.org/s"}""");
        assertEquals(200, split.status(), split.body());

        JsonArray series = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray();
        assertEquals(2, series.size());
        assertEquals(4, series.getJsonObject(0).getJsonArray("sessions").size());
        assertEquals("FREQ=WEEKLY;BYDAY=MO;UNTIL=20280402T225959Z", series.getJsonObject(0).getString("rule"));
        assertEquals(1, series.getJsonObject(0).getInt("sequence"));
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3", series.getJsonObject(1).getString("rule"));
    }

    @Test
    void badScheduleInputGetsAFieldMessageAndNever500() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Bad"), 12, fixture.leadId);
        String link = ", \"onlineLink\": \"https://meet.example.org/x\"";
        Map<String, String> cases = Map.of(
                "{\"firstStart\": \"2028-01-04T12:30\", \"rrule\": \"FREQ=DAILY\"" + link + "}", "rrule",
                "{\"firstStart\": \"2028-01-04T12:30\", \"rrule\": \"FREQ=MONTHLY;BYSETPOS=-1;BYDAY=TU;COUNT=3\"" + link + "}", "rrule",
                "{\"firstStart\": \"2028-01-04T12:30\", \"pattern\": \"WEEKLY\", \"count\": 4, \"timeZone\": \"Mars/Olympus\"" + link + "}", "timeZone",
                "{\"firstStart\": \"2028-01-04T12:30\", \"pattern\": \"WEEKLY\", \"until\": \"2027-12-01\"" + link + "}", "until",
                "{\"firstStart\": \"2028-01-04T12:30\", \"rrule\": \"FREQ=WEEKLY;UNTIL=20340101T000000Z\"" + link + "}", "until",
                "{\"firstStart\": \"2028-01-04T12:30\", \"pattern\": \"WEEKLY\", \"count\": 4, \"durationMinutes\": 0" + link + "}", "durationMinutes",
                "{\"firstStart\": \"2028-01-04T12:30\", \"pattern\": \"WEEKLY\", \"count\": 4}", "roomId",
                "{\"firstStart\": \"2020-01-07T12:30\", \"pattern\": \"WEEKLY\", \"count\": 4" + link + "}", "firstStart");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Page page = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", bad.getKey());
            assertEquals(400, page.status(), bad.getKey() + " -> " + page.body());
            assertEquals(bad.getValue(), page.json().getString("field"), bad.getKey() + " -> " + page.body());
            assertFalse(page.json().getString("error").isBlank());
        }
        Page endBeforeStart = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra",
                "{\"start\": \"2028-01-04T12:30\", \"end\": \"2028-01-04T11:00\"" + link + "}");
        assertEquals(400, endBeforeStart.status(), endBeforeStart.body());
        assertEquals("end", endBeforeStart.json().getString("field"));
        Page notJson = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", "{\"firstStart\": \"soon\"}");
        assertEquals(400, notJson.status(), notJson.body());
        assertNull(notJson.json().get("stackTrace"));
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM session_series WHERE group_id = ?", group));
    }
}
