package org.kindred.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.application.disclosure.ReportAttacker;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The aggregate report, released a month at a time: a facilitator's group with 9 present and 9 answers
 * and another group with 7, moved into a month that has been released. The organiser, who sees both
 * with their programme and total, sees no count of 1 to 7 anywhere (page, JSON, CSV), and an attacker
 * reading the published lines, told even which hidden counts are small, narrows no hidden count to
 * fewer than three values. Once read, the month's figures never change, whatever happens to the data
 * behind them; its attendance can no longer be recorded.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    private static final List<String> COUNTS = List.of("expected", "present", "apologies", "absent", "unrecorded",
            "responses");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aReleasedMonthHidesSmallNumbersAndWhateverWouldRevealThemAndNeverChanges() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String nineName = TestDatabase.unique("Nine");
        String sevenName = TestDatabase.unique("Seven");
        long nine = fixture.createGroup("peer-support", nineName, 12, fixture.leadId);
        long seven = fixture.createGroup("peer-support", sevenName, 12, fixture.otherLeadId);
        List<WebClient> nineMembers = join(fixture, nine, fixture.participants("Reported Nine", 9));
        List<String> sevenEmails = fixture.participants("Reported Seven", 9);
        List<WebClient> sevenMembers = join(fixture, seven, sevenEmails);
        long nineSession = fixture.pastSession(nine, 1);
        long sevenSession = fixture.pastSession(seven, 1);

        mark(fixture, fixture.lead, nine, nineSession, 9, 0);
        mark(fixture, fixture.otherLead, seven, sevenSession, 7, 2);
        answer(nineMembers, nineSession, 9);
        answer(sevenMembers, sevenSession, 7);

        // Three months on (the data moved back, as the clock cannot be), that month has been released.
        YearMonth month = GroupFixture.intoReleasedMonth(nineSession, sevenSession);
        Page tooLate = fixture.signedIn(fixture.lead).api("PUT", "/api/facilitator/attendance/" + nineSession,
                "{\"marks\": [{\"personId\": " + TestDatabase.personId(fixture.participants("Late", 1).get(0))
                        + ", \"mark\": \"PRESENT\"}]}");
        assertEquals(400, tooLate.status(), tooLate.body());
        assertTrue(tooLate.json().getString("error").contains("four weeks"), tooLate.body());

        JsonObject lead = row(fixture.signedIn(fixture.lead).api("GET", "/api/reports?month=" + month, null), "groups",
                nineName);
        assertEquals(String.valueOf(nine), lead.get("groupId").toString());
        Page otherReport = fixture.signedIn(fixture.otherLead).api("GET", "/api/reports?month=" + month, null);
        JsonObject other = row(otherReport, "groups", sevenName);
        assertHidden(other.getString("present"), "7 present");
        assertHidden(other.getString("apologies"), "2 apologies");
        assertHidden(other.getString("responses"), "7 answers");
        assertEquals("*", other.getString("attendanceRate"));
        assertEquals("*", other.getString("overallMean"));
        assertFalse(otherReport.body().contains(nineName), "a facilitator sees only the groups they lead");
        assertFalse(otherReport.body().contains("All groups"), "and no total of the organisation's");

        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page report = organiser.api("GET", "/api/reports?month=" + month, null);
        assertEquals(200, report.status(), report.body());
        assertEquals(month.toString(), report.json().getString("month"));
        assertTrue(report.json().getJsonArray("released").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(m -> m.getString().equals(month.toString())), report.body());
        noSmallCounts(report.json());
        JsonArray lines = report.json().getJsonArray("groups");
        assertEquals(List.of("GROUP", "GROUP", "PROGRAMME", "TOTAL"), lines.stream()
                .map(l -> l.asJsonObject().getString("kind")).toList(), report.body());
        JsonObject all = row(report, "groups", "All groups");
        assertEquals("18", all.getString("expected"));
        JsonObject monthLine = report.json().getJsonArray("months").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("label").equals(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
                        java.util.Locale.UK).format(month))).findFirst().orElseThrow();
        for (String count : COUNTS) {
            assertEquals(all.getString(count), monthLine.getString(count), "the month's line is its total line");
        }

        // the attacker, from the published lines: with the truth's small-or-not, and as an outsider
        long[][] truth = {{9, 9, 0, 0, 0, 9}, {9, 7, 2, 0, 0, 7}, {18, 16, 2, 0, 0, 16}, {18, 16, 2, 0, 0, 16}};
        List<ReportAttacker.Line> published = ReportAttacker.lines(lines);
        for (long[][] knowledge : java.util.Arrays.asList(truth, null)) {
            assertEquals(List.of(), ReportAttacker.narrowed(published, knowledge), report.body());
        }

        Page csv = organiser.get("/api/reports/aggregates.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\"table\",\"month\",\"line\""), csv.body());
        assertTrue(csv.body().contains(nineName) && csv.body().contains("\"All groups\""), csv.body());
        for (String email : sevenEmails) {
            assertFalse(csv.body().contains(email));
        }
        assertFalse(csv.body().contains("Reported Seven"), "no member's name");
        for (String line : csv.body().split("\r\n")) {
            String[] cells = line.substring(1, line.length() - 1).split("\",\"", -1);
            for (int i = 5; i <= 11 && i < cells.length; i++) { // the people columns
                assertFalse(cells[i].matches("[1-7]"), "a count of 1-7 in the CSV: " + line);
            }
        }

        // released once: whatever happens to the figures behind it later, the month reads the same
        String csvBefore = csv.body();
        try (var db = TestDatabase.connect(); var change = db.prepareStatement(
                "UPDATE attendance_count SET present = present - 1, absent = absent + 1 WHERE occurrence_id = ?")) {
            change.setLong(1, nineSession);
            change.executeUpdate();
        }
        assertEquals(report.body(), organiser.api("GET", "/api/reports?month=" + month, null).body());
        assertEquals(csvBefore, organiser.get("/api/reports/aggregates.csv").body());

        Page page = organiser.get("/reports/index.xhtml?month=" + month);
        assertEquals(200, page.status());
        assertTrue(page.contains("Attendance rate by month") && page.contains("<canvas"), page.body());
        assertTrue(page.contains(sevenName) && page.contains("Schwartz Rounds"), page.body());
        Page badMonth = organiser.get("/reports/index.xhtml?month=not-a-month");
        assertEquals(200, badMonth.status());
        assertTrue(badMonth.contains("Give the month as yyyy-mm"), badMonth.body());
        Page badApi = organiser.api("GET", "/api/reports?month=1999-01", null);
        assertEquals(400, badApi.status(), badApi.body());

        WebClient participant = nineMembers.get(0);
        assertEquals(403, participant.api("GET", "/api/reports", null).status());
        assertEquals(403, participant.get("/reports/index.xhtml").status());
        assertEquals(403, participant.get("/api/reports/aggregates.csv").status());
    }

    private static void assertHidden(String shown, String what) {
        assertTrue(shown.equals("*") || shown.equals(".."), what + ": " + shown);
    }

    private static List<WebClient> join(GroupFixture fixture, long group, List<String> emails) {
        List<WebClient> clients = new ArrayList<>();
        for (String email : emails) {
            WebClient client = fixture.signedIn(email);
            assertEquals(200, client.api("POST", "/api/participant/groups/" + group + "/join", null).status());
            clients.add(client);
        }
        return clients;
    }

    /** The first {@code present} members present, the next {@code apologies} with apologies. */
    private static void mark(GroupFixture fixture, String lead, long group, long occurrence, int present, int apologies)
            throws Exception {
        List<String> ids = TestDatabase.strings("SELECT person_id FROM membership WHERE group_id = ? AND status = "
                + "'MEMBER' ORDER BY person_id", group);
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < present + apologies; i++) {
            marks.add("{\"personId\": " + ids.get(i) + ", \"mark\": \"" + (i < present ? "PRESENT" : "APOLOGIES") + "\"}");
        }
        Page saved = fixture.signedIn(lead).api("PUT", "/api/facilitator/attendance/" + occurrence,
                "{\"marks\": [" + String.join(",", marks) + "]}");
        assertEquals(200, saved.status(), saved.body());
    }

    private static void answer(List<WebClient> members, long occurrence, int count) {
        for (int i = 0; i < count; i++) {
            Page answered = members.get(i).api("POST", "/api/participant/schedule/evaluations/" + occurrence,
                    "{\"scores\": {\"colleagues\": 4}, \"overall\": 4}");
            assertEquals(204, answered.status(), answered.body());
        }
    }

    private static JsonObject row(Page report, String table, String label) {
        assertEquals(200, report.status(), report.body());
        return report.json().getJsonArray(table).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + report.body()));
    }

    private static void noSmallCounts(JsonObject report) {
        for (String table : List.of("groups", "months")) {
            JsonArray rows = report.getJsonArray(table);
            for (JsonValue value : rows) {
                JsonObject row = value.asJsonObject();
                for (String count : COUNTS) {
                    assertFalse(row.getString(count).matches("[1-7]"), table + " " + row);
                }
            }
        }
        report.getJsonArray("rounds").forEach(r -> assertFalse(r.asJsonObject().getString("audience").matches("[1-7]")));
        assertFalse(report.toString().contains("Reported"), "no member's name");
    }
}
