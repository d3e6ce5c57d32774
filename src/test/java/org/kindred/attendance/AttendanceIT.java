package org.kindred.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * Named attendance reaches the group's facilitators and, for their own record, the member; a
 * facilitator of another group, an organiser and an admin get "not found"; every view, change,
 * export and refused attempt is in the audit log, which an admin reads without seeing attendance.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void onlyTheGroupsFacilitatorsAndTheMemberSeeNamedAttendanceAndEveryAccessIsAudited() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        List<String> members = fixture.members(group, "Attender", 3);
        assertEquals(204, fixture.signedIn(members.get(0))
                .api("POST", "/api/participant/groups/" + group + "/ground-rules/acceptance", null).status());
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (String member : members) {
            ids.put(member, TestDatabase.personId(member));
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/London")).plusMinutes(30).withSecond(0).withNano(0);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 90, "onlineLink": "https://video.example/a"}""".formatted(soon));
        assertEquals(201, created.status(), created.body());
        long occurrence = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray()
                .getJsonObject(0).getJsonArray("sessions").getJsonObject(0).getJsonNumber("occurrenceId").longValue();

        WebClient lead = fixture.signedIn(fixture.lead);
        Page sheet = lead.api("GET", "/api/facilitator/attendance/" + occurrence, null);
        assertEquals(200, sheet.status(), sheet.body());
        List<JsonObject> lines = sheet.json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(3, lines.size());
        assertEquals(1, lines.stream().filter(l -> l.getBoolean("acceptedCurrentRules")).count(),
                "members who have not accepted the current ground rules are flagged");
        assertEquals(4, sheet.json().getInt("quorum"));
        assertTrue(sheet.json().getBoolean("belowQuorum"), "3 members expected, quorum 4: the sheet offers to cancel");
        assertTrue(lead.get("/facilitator/attendance.xhtml?occurrence=" + occurrence).contains("You may cancel this session"));

        Page recorded = lead.api("PUT", "/api/facilitator/attendance/" + occurrence, """
                {"marks": [{"personId": %d, "mark": "PRESENT", "late": true},
                           {"personId": %d, "mark": "APOLOGIES"},
                           {"personId": %d, "mark": "ABSENT"}]}""".formatted(ids.get(members.get(0)),
                ids.get(members.get(1)), ids.get(members.get(2))));
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(List.of("3|1|1|1"), TestDatabase.strings("SELECT CONCAT(expected, '|', present, '|', apologies, "
                + "'|', absent) FROM attendance_count WHERE occurrence_id = ?", occurrence), "the anonymous counts");

        Page lateButAbsent = lead.api("PUT", "/api/facilitator/attendance/" + occurrence, """
                {"marks": [{"personId": %d, "mark": "ABSENT", "late": true}]}""".formatted(ids.get(members.get(2))));
        assertEquals(400, lateButAbsent.status());
        assertEquals("mark", lateButAbsent.json().getString("field"));
        Page stranger = lead.api("PUT", "/api/facilitator/attendance/" + occurrence, """
                {"marks": [{"personId": %d, "mark": "PRESENT"}]}""".formatted(fixture.otherLeadId));
        assertEquals(400, stranger.status());
        assertEquals(400, lead.api("PUT", "/api/facilitator/attendance/" + occurrence, "{\"marks\": [{\"mark\": \"HERE\"}]}").status());

        Page own = fixture.signedIn(members.get(1)).api("GET", "/api/participant/schedule/attendance", null);
        assertEquals(200, own.status(), own.body());
        assertEquals(1, own.jsonArray().size(), "only their own record");
        assertEquals("APOLOGIES", own.jsonArray().getJsonObject(0).getString("mark"));

        Page ownPage = fixture.signedIn(members.get(1)).get("/participant/attendance.xhtml");
        assertEquals(200, ownPage.status());
        assertTrue(ownPage.contains("Sent apologies"), ownPage.body());
        assertTrue(lead.get("/facilitator/sessions.xhtml").contains("/facilitator/attendance.xhtml?occurrence=" + occurrence),
                "the facilitator reaches the sheet from My sessions");

        Page export = lead.get("/api/facilitator/attendance/groups/" + group + "/export");
        assertEquals(200, export.status());
        assertTrue(export.body().contains("\"Attender 1\""), export.body());

        Page page = lead.get("/facilitator/attendance.xhtml?occurrence=" + occurrence);
        assertEquals(200, page.status());
        assertTrue(page.contains("Attender 2") && page.contains("Has not accepted the current ground rules"), page.body());
        assertTrue(page.contains("<legend>"), "each member's marks are a labelled group");

        // everyone else: not found, and each attempt is logged
        String adminEmail = TestDatabase.unique("admin") + "@kindred.test";
        long adminId = TestDatabase.createPerson(fixture.organisationId, "Ada Admin", adminEmail, GroupFixture.PASSWORD, "ADMIN");
        long organiserId = TestDatabase.personId(fixture.organiser);
        for (String outsider : List.of(fixture.otherLead, fixture.organiser, adminEmail)) {
            WebClient client = fixture.signedIn(outsider);
            assertEquals(404, client.api("GET", "/api/facilitator/attendance/" + occurrence, null).status(), outsider);
            assertEquals(404, client.get("/api/facilitator/attendance/groups/" + group + "/export").status(), outsider);
            assertEquals(404, client.get("/facilitator/attendance.xhtml?occurrence=" + occurrence).status(), outsider);
        }
        assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ? AND allowed = FALSE",
                fixture.otherLeadId));
        assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ? AND allowed = FALSE",
                organiserId));
        assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ? AND allowed = FALSE",
                adminId));
        assertEquals(List.of("EXPORT_ATTENDANCE", "RECORD_ATTENDANCE", "VIEW_ATTENDANCE"), TestDatabase.strings(
                "SELECT DISTINCT action FROM audit_entry WHERE actor_id = ? AND allowed = TRUE ORDER BY action", fixture.leadId));

        // the admin reads the log, which says who and when but not the attendance
        Page log = fixture.signedIn(adminEmail).api("GET", "/api/admin/audit", null);
        assertEquals(200, log.status(), log.body());
        assertTrue(log.body().contains("Lena Lead") && log.body().contains("viewed attendance"), log.body());
        assertFalse(log.body().contains("APOLOGIES") || log.body().contains("PRESENT") || log.body().contains("ABSENT"),
                "who and when, never the marks");
        assertTrue(log.body().contains("viewed their own attendance"), "a member's look at their own record too");
        assertEquals(403, fixture.signedIn(fixture.lead).api("GET", "/api/admin/audit", null).status());
        Page logPage = fixture.signedIn(adminEmail).get("/admin/audit.xhtml");
        assertEquals(200, logPage.status());
        assertTrue(logPage.contains("Refused") && logPage.contains("Omar Other"), logPage.body());
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheDayNorForACancelledSession() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        String member = fixture.participants("Early", 1).get(0);
        assertEquals(200, fixture.signedIn(member).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%sT10:00", "durationMinutes": 90, "onlineLink": "https://video.example/a"}"""
                .formatted(java.time.LocalDate.now().plusWeeks(2)));
        assertEquals(201, created.status(), created.body());
        long occurrence = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray()
                .getJsonObject(0).getJsonArray("sessions").getJsonObject(0).getJsonNumber("occurrenceId").longValue();
        Page early = fixture.signedIn(fixture.lead).api("PUT", "/api/facilitator/attendance/" + occurrence,
                "{\"marks\": [{\"personId\": " + TestDatabase.personId(member) + ", \"mark\": \"PRESENT\"}]}");
        assertEquals(400, early.status());
        assertTrue(early.json().getString("error").contains("not started yet"), early.body());
    }

    @Test
    void twelveMonthsAfterAGroupEndsItsNamedAttendanceAndAcceptancesGoAndItsCountsStay() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long ended = groupWithOneMarkedSession(fixture, fixture.leadId, fixture.lead);
        long running = groupWithOneMarkedSession(fixture, fixture.otherLeadId, fixture.otherLead);
        // The clock moved forward, seen from the data: the first group's sessions ended 13 months ago.
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = starts_at - INTERVAL 13 MONTH, ends_at = ends_at - INTERVAL 13 MONTH WHERE group_id = ?")) {
            move.setLong(1, ended);
            move.executeUpdate();
        }
        String marks = "SELECT COUNT(*) FROM attendance_record WHERE group_id = ?";
        String acceptances = "SELECT COUNT(*) FROM ground_rules_acceptance a JOIN ground_rules_version v "
                + "ON v.id = a.rules_version_id WHERE v.group_id = ?";
        long end = System.currentTimeMillis() + 20_000;
        while (!TestDatabase.strings(marks, ended).equals(List.of("0")) && System.currentTimeMillis() < end) {
            Thread.sleep(500);
        }
        assertEquals(List.of("0"), TestDatabase.strings(marks, ended), "the ended group's marks are deleted");
        assertEquals(List.of("0"), TestDatabase.strings(acceptances, ended));
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM attendance_count WHERE group_id = ?", ended),
                "its anonymous counts stay");
        assertEquals(List.of("1"), TestDatabase.strings(marks, running), "a group that has not ended keeps its own");
        assertEquals(List.of("1"), TestDatabase.strings(acceptances, running));
    }

    @Test
    void aRoundsFacilitatorRecordsItsHeadcountByStaffGroupAndReadsItBack() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long hall = fixture.createRoom(organiser, "Lecture Theatre", 120, 0, 0);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        List<String> panel = fixture.participants("Speaker", 2);
        String clinicalLead = TestDatabase.unique("cara") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Dr Cara Lead", clinicalLead, GroupFixture.PASSWORD, "PARTICIPANT");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(10).withHour(12).withMinute(30)
                .withSecond(0).withNano(0);
        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "A day I will not forget", "start": "%s", "roomId": %d,
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s"]}""".formatted(programme,
                start, hall, fixture.otherLeadId, clinicalLead, panel.get(0), panel.get(1)));
        assertEquals(201, planned.status(), planned.body());
        long occurrence = Long.parseLong(TestDatabase.strings("SELECT o.id FROM session_occurrence o JOIN schwartz_round r "
                + "ON r.round_series_id = o.series_id WHERE r.id = ?", planned.json().getJsonNumber("id").longValue()).get(0));
        WebClient facilitator = fixture.signedIn(fixture.otherLead);
        String body = "{\"byStaffGroup\": {\"Doctors\": 10, \"Nurses\": 25, \"\": 3}}";

        Page early = facilitator.api("PUT", "/api/facilitator/attendance/" + occurrence + "/headcount", body);
        assertEquals(400, early.status());
        assertTrue(early.json().getString("error").contains("not started yet"), early.body());
        assertFalse(facilitator.get("/facilitator/sessions.xhtml").contains("Schwartz Round headcounts"),
                "no form before the Round");

        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = UTC_TIMESTAMP() - INTERVAL 2 HOUR, ends_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE id = ?")) {
            move.setLong(1, occurrence);
            move.executeUpdate();
        }
        assertEquals("{}", facilitator.api("GET", "/api/facilitator/attendance/" + occurrence + "/headcount", null).body()
                .replace(" ", ""), "nothing recorded yet");
        Page recorded = facilitator.api("PUT", "/api/facilitator/attendance/" + occurrence + "/headcount", body);
        assertEquals(200, recorded.status(), recorded.body());
        JsonObject back = facilitator.api("GET", "/api/facilitator/attendance/" + occurrence + "/headcount", null).json();
        assertEquals(Map.of("Doctors", 10, "Nurses", 25, "all", 3), back.keySet().stream()
                .collect(Collectors.toMap(k -> k, back::getInt)));
        assertEquals(400, facilitator.api("PUT", "/api/facilitator/attendance/" + occurrence + "/headcount",
                "{\"byStaffGroup\": {\"" + "x".repeat(41) + "\": 3}}").status());
        assertEquals(400, facilitator.api("PUT", "/api/facilitator/attendance/" + occurrence + "/headcount",
                "{\"byStaffGroup\": {\"Doctors\": -1}}").status());
        for (String outsider : List.of(fixture.lead, fixture.organiser, panel.get(0))) {
            WebClient client = fixture.signedIn(outsider);
            assertEquals(404, client.api("GET", "/api/facilitator/attendance/" + occurrence + "/headcount", null).status(), outsider);
            assertEquals(404, client.api("PUT", "/api/facilitator/attendance/" + occurrence + "/headcount", body).status(), outsider);
        }

        // the page: the saved headcount shown back, the form with a line per staff group, errors beside their field
        Page sessions = facilitator.get("/facilitator/sessions.xhtml");
        assertEquals(200, sessions.status());
        assertTrue(sessions.contains("Schwartz Round headcounts") && sessions.contains("38 came:"), sessions.body());
        Page form = facilitator.submit(sessions, "rounds", Map.of(), "list:0:record");
        assertTrue(form.contains("Record headcount") && form.contains("value=\"Nurses\""), form.body());
        assertTrue(form.contains("<label") && form.contains("Line 1: staff group"), "every input is labelled");
        java.util.regex.Matcher nurses = java.util.regex.Pattern
                .compile("id=\"headcount:rows:(\\d+):staffGroup\"[^>]*value=\"Nurses\"").matcher(form.body());
        assertTrue(nurses.find(), form.body());
        String nursesCount = "rows:" + nurses.group(1) + ":count";
        Page invalid = facilitator.submit(form, "headcount", Map.of(nursesCount, "-4"), "save");
        assertTrue(invalid.contains("Give a whole number from 0 to 5000."), invalid.body());
        Page more = facilitator.submit(invalid, "headcount", Map.of(nursesCount, "20"), "addRow");
        assertTrue(more.contains("Line 4: staff group"), more.body());
        Page saved = facilitator.submit(more, "headcount", Map.of("rows:3:staffGroup", "Chaplaincy", "rows:3:count", "2"),
                "save");
        assertTrue(saved.contains("Headcount saved: 35 came."), saved.body());
        JsonObject after = facilitator.api("GET", "/api/facilitator/attendance/" + occurrence + "/headcount", null).json();
        assertEquals(Map.of("Doctors", 10, "Nurses", 20, "all", 3, "Chaplaincy", 2), after.keySet().stream()
                .collect(Collectors.toMap(k -> k, after::getInt)));
        assertFalse(fixture.signedIn(fixture.lead).get("/facilitator/sessions.xhtml").contains("Schwartz Round headcounts"),
                "only the Round's own facilitator");
    }

    /** A group with one member who accepted the rules, and one session starting now with their mark. */
    private static long groupWithOneMarkedSession(GroupFixture fixture, long leadId, String lead) throws Exception {
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, leadId);
        String member = fixture.participants("Kept", 1).get(0);
        WebClient client = fixture.signedIn(member);
        assertEquals(200, client.api("POST", "/api/participant/groups/" + group + "/join", null).status());
        assertEquals(204, client.api("POST", "/api/participant/groups/" + group + "/ground-rules/acceptance", null).status());
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/London")).plusMinutes(20).withSecond(0).withNano(0);
        assertEquals(201, organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/r"}""".formatted(soon)).status());
        long occurrence = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray()
                .getJsonObject(0).getJsonArray("sessions").getJsonObject(0).getJsonNumber("occurrenceId").longValue();
        Page recorded = fixture.signedIn(lead).api("PUT", "/api/facilitator/attendance/" + occurrence,
                "{\"marks\": [{\"personId\": " + TestDatabase.personId(member) + ", \"mark\": \"PRESENT\"}]}");
        assertEquals(200, recorded.status(), recorded.body());
        return group;
    }
}
