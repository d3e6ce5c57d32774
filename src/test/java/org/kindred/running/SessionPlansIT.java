package org.kindred.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * A Helping the Helper group's sessions follow the library week by week; its facilitator adapts one
 * session for the group alone; members see the homework and say whether they did it; facilitators
 * see only how many did; nobody outside the group reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class SessionPlansIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aSixWeekCourseFollowsTheLibraryAndEachGroupAdaptsItsOwnSessions() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("hthp", TestDatabase.unique("Helping the Helper"), 8, fixture.leadId);
        long otherGroup = fixture.createGroup("hthp", TestDatabase.unique("Helping the Helper"), 8, fixture.otherLeadId);
        List<String> members = fixture.participants("Member", 3);
        for (String member : members) {
            assertEquals(200, fixture.signedIn(member).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        }
        String stranger = fixture.participants("Stranger", 1).get(0);
        String organiserFacilitator = TestDatabase.unique("orgfac") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Ola Organiser", organiserFacilitator, GroupFixture.PASSWORD,
                "ORGANISER", "FACILITATOR");

        LocalDate firstTuesday = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        List<Long> sessions = sixWeeks(fixture, group, firstTuesday, "12:30");
        List<Long> otherSessions = sixWeeks(fixture, otherGroup, firstTuesday, "15:00");
        WebClient lead = fixture.signedIn(fixture.lead);
        WebClient otherLead = fixture.signedIn(fixture.otherLead);

        // 1. by default, the third session of the course gets week 3 of the library
        JsonObject week3 = librarySet(lead, "hthp-week-3");
        List<Long> libraryOrder = ids(week3.getJsonArray("exercises"), "id");
        Page plan = lead.api("GET", "/api/facilitator/sessions/" + sessions.get(2) + "/plan", null);
        assertEquals(200, plan.status(), plan.body());
        assertEquals(week3.getString("title"), plan.json().getString("setTitle"));
        assertEquals(libraryOrder, ids(plan.json().getJsonArray("runningOrder"), "exerciseId"));
        assertEquals("Catch a good response", plan.json().getJsonObject("homework").getString("title"));
        assertFalse(plan.json().getBoolean("adapted"));
        assertEquals("Week 1: Noticing what matters", lead.api("GET", "/api/facilitator/sessions/" + sessions.get(0)
                + "/plan", null).json().getString("setTitle"));

        // 2. the facilitator reorders and swaps for this group: the running order adds up from 12:30
        long swappedIn = ids(librarySet(lead, "hthp-week-2").getJsonArray("exercises"), "id").get(2);
        List<Long> adapted = List.of(libraryOrder.get(0), libraryOrder.get(2), libraryOrder.get(1), swappedIn,
                libraryOrder.get(4));
        Page arranged = lead.api("PUT", "/api/facilitator/sessions/" + sessions.get(2) + "/plan",
                "{\"exerciseIds\": " + adapted + "}");
        assertEquals(200, arranged.status(), arranged.body());
        JsonObject mine = arranged.json();
        assertEquals(adapted, ids(mine.getJsonArray("runningOrder"), "exerciseId"));
        assertTrue(mine.getBoolean("adapted"));
        LocalDateTime expected = LocalDateTime.parse(firstTuesday.plusWeeks(2) + "T12:30");
        int total = 0;
        for (JsonObject slot : mine.getJsonArray("runningOrder").getValuesAs(JsonObject.class)) {
            assertEquals(expected, LocalDateTime.parse(slot.getString("start")), slot.toString());
            expected = expected.plusMinutes(slot.getInt("minutes"));
            assertEquals(expected, LocalDateTime.parse(slot.getString("end")));
            total += slot.getInt("minutes");
        }
        assertEquals(total, mine.getInt("plannedMinutes"));
        assertEquals(90, total, "10 + 15 + 30 + 25 + 10");
        assertFalse(mine.getBoolean("overruns"));
        assertEquals("Europe/London", mine.getString("zone"));

        // ... without changing the library, or the other group's week 3
        assertEquals(libraryOrder, ids(librarySet(lead, "hthp-week-3").getJsonArray("exercises"), "id"));
        Page others = otherLead.api("GET", "/api/facilitator/sessions/" + otherSessions.get(2) + "/plan", null);
        assertEquals(libraryOrder, ids(others.json().getJsonArray("runningOrder"), "exerciseId"));
        assertEquals(List.of(String.valueOf(adapted.size())), TestDatabase.strings(
                "SELECT COUNT(*) FROM session_plan_exercise e JOIN session_plan p ON p.id = e.plan_id "
                        + "WHERE p.occurrence_id = ?", sessions.get(2)));

        // 3. a plan longer than the session says so clearly
        List<Long> tooLong = new ArrayList<>(libraryOrder);
        tooLong.add(swappedIn);
        JsonObject over = lead.api("PUT", "/api/facilitator/sessions/" + sessions.get(3) + "/plan",
                "{\"exerciseIds\": " + tooLong + "}").json();
        assertTrue(over.getBoolean("overruns"), over.toString());
        assertEquals("This plan runs 15 minutes over the 90-minute session. Remove or swap an exercise so that it fits.",
                over.getString("warning"));

        // 4. the page reorders with its Up button, and shows the running order
        Page page = lead.get("/facilitator/plan.xhtml?occurrence=" + sessions.get(4));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("Running order"), page.body());
        List<Long> week5 = ids(lead.api("GET", "/api/facilitator/sessions/" + sessions.get(4) + "/plan", null).json()
                .getJsonArray("runningOrder"), "exerciseId");
        Page moved = lead.submit(page, "order", Map.of(), "slots:1:up");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(List.of(week5.get(1), week5.get(0)), ids(lead.api("GET", "/api/facilitator/sessions/"
                + sessions.get(4) + "/plan", null).json().getJsonArray("runningOrder"), "exerciseId").subList(0, 2));

        // 5. three sessions later: members see week 3's homework and say whether they did it
        heldUpTo(group, firstTuesday.plusWeeks(2));
        WebClient member = fixture.signedIn(members.get(0));
        JsonArray homework = member.api("GET", "/api/participant/homework", null).jsonArray();
        assertEquals(1, homework.size(), homework.toString());
        JsonObject current = homework.getJsonObject(0).getJsonObject("current");
        assertEquals(sessions.get(2).longValue(), current.getJsonNumber("occurrenceId").longValue());
        assertEquals("Catch a good response", current.getJsonObject("homework").getString("title"));
        assertTrue(!current.containsKey("done") || current.isNull("done"), "not answered yet");
        assertEquals(adapted.size(), current.getJsonArray("exercises").size(), "the group's own plan");
        assertEquals(2, homework.getJsonObject(0).getJsonArray("earlier").size());
        Page missed = member.api("GET", "/api/participant/homework/" + sessions.get(0), null);
        assertEquals(200, missed.status(), missed.body());
        assertEquals("Three moments that mattered", missed.json().getJsonObject("homework").getString("title"));
        assertTrue(missed.json().getJsonArray("exercises").getJsonObject(0).containsKey("aim"));
        assertFalse(missed.body().contains("instructions"), "members see titles and aims, not the facilitator's notes");
        assertTrue(member.get("/participant/homework.xhtml").contains("Catch a good response"));

        assertEquals(204, member.api("PUT", "/api/participant/homework/" + sessions.get(2), "{\"done\": true}").status());
        assertEquals(204, fixture.signedIn(members.get(1))
                .api("PUT", "/api/participant/homework/" + sessions.get(2), "{\"done\": false}").status());
        assertTrue(member.api("GET", "/api/participant/homework", null).jsonArray().getJsonObject(0)
                .getJsonObject("current").getBoolean("done"));
        assertEquals(List.of("occurrence_id", "group_id", "person_id", "done"), TestDatabase.strings(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND table_name = 'homework_report' ORDER BY ordinal_position"), "only the yes or no is kept");

        // 6. the facilitator sees how many, never who
        Page counted = lead.api("GET", "/api/facilitator/sessions/" + sessions.get(2) + "/plan", null);
        JsonObject count = counted.json().getJsonObject("homeworkCount");
        assertEquals(1, count.getInt("saidDone"));
        assertEquals(3, count.getInt("members"));
        assertFalse(counted.body().contains("Member 1") || counted.body().contains(members.get(0)), counted.body());
        assertTrue(lead.get("/facilitator/plan.xhtml?occurrence=" + sessions.get(2)).contains("1 of 3 said done."));

        // 7. nobody outside the group reaches it
        for (WebClient outsider : List.of(otherLead, fixture.signedIn(organiserFacilitator))) {
            assertEquals(404, outsider.api("GET", "/api/facilitator/sessions/" + sessions.get(2) + "/plan", null).status());
            assertEquals(404, outsider.api("PUT", "/api/facilitator/sessions/" + sessions.get(3) + "/plan",
                    "{\"exerciseIds\": " + libraryOrder + "}").status());
            assertEquals(404, outsider.get("/facilitator/plan.xhtml?occurrence=" + sessions.get(2)).status());
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        assertEquals(403, organiser.api("GET", "/api/facilitator/sessions/" + sessions.get(2) + "/plan", null).status(),
                "an organiser has no facilitator area at all");
        Page library = organiser.api("GET", "/api/organiser/library", null);
        assertEquals(200, library.status(), "organisers may read the library itself");
        WebClient outsiderMember = fixture.signedIn(stranger);
        assertEquals(0, outsiderMember.api("GET", "/api/participant/homework", null).jsonArray().size());
        assertEquals(404, outsiderMember.api("GET", "/api/participant/homework/" + sessions.get(2), null).status());
        assertEquals(404, outsiderMember.api("PUT", "/api/participant/homework/" + sessions.get(2), "{\"done\": true}").status());
        assertEquals(List.of("2"), TestDatabase.strings("SELECT COUNT(*) FROM homework_report WHERE occurrence_id = ?",
                sessions.get(2)));

        // 8. bad input is named
        Page unknown = lead.api("PUT", "/api/facilitator/sessions/" + sessions.get(5) + "/plan", "{\"exerciseIds\": [999999999]}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("exerciseIds", unknown.json().getString("field"));
        assertEquals("There is no exercise 999999999 in the library.", unknown.json().getString("error"));
        Page noAnswer = member.api("PUT", "/api/participant/homework/" + sessions.get(2), "{}");
        assertEquals(400, noAnswer.status(), noAnswer.body());
        assertEquals("done", noAnswer.json().getString("field"));
        assertTrue(noAnswer.json().getString("error").startsWith("Say whether you did the homework"), noAnswer.body());
        Page future = member.api("PUT", "/api/participant/homework/" + sessions.get(3), "{\"done\": true}");
        assertEquals(400, future.status(), future.body());

        // 9. a member who leaves takes their answers with them
        assertEquals(204, member.api("POST", "/api/participant/groups/" + group + "/leave", null).status());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM homework_report WHERE occurrence_id = ?",
                sessions.get(2)));
    }

    /** A weekly series of six on Tuesdays, online; returns its occurrence ids in order. */
    private static List<Long> sixWeeks(GroupFixture fixture, long group, LocalDate first, String time) {
        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT%s", "pattern": "WEEKLY", "count": 6, "onlineLink": "https://meet.example.org/hth"}"""
                .formatted(first, time));
        assertEquals(201, created.status(), created.body());
        JsonArray occurrences = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions");
        assertEquals(6, occurrences.size());
        return ids(occurrences, "occurrenceId");
    }

    private static JsonObject librarySet(WebClient client, String code) {
        Page library = client.api("GET", "/api/facilitator/library", null);
        assertEquals(200, library.status(), library.body());
        JsonObject set = library.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code)).findFirst().orElse(null);
        assertNotNull(set, code + " in " + library.body());
        return set;
    }

    private static List<Long> ids(JsonArray array, String key) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber(key)).map(JsonNumber::longValue)
                .collect(Collectors.toList());
    }

    /** Moves the group's whole series back in time, so that its session on {@code lastHeld} was yesterday. */
    private static void heldUpTo(long group, LocalDate lastHeld) throws Exception {
        long days = ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Europe/London")), lastHeld) + 1;
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE session_occurrence SET starts_at = DATE_SUB(starts_at, INTERVAL ? DAY), "
                        + "ends_at = DATE_SUB(ends_at, INTERVAL ? DAY) WHERE group_id = ?")) {
            s.setLong(1, days);
            s.setLong(2, days);
            s.setLong(3, group);
            assertEquals(6, s.executeUpdate());
        }
    }
}
