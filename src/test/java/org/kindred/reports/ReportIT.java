package org.kindred.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
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
 * The aggregate report: a facilitator's group with 9 present and 9 answers shows its figures; a group
 * with 7 shows "*"; the organiser, who sees both with their total, sees the bigger group's figures
 * hidden too (secondary suppression), and no count of 1 to 7 anywhere, in the page, the JSON or the CSV.
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
    void smallNumbersAreHiddenAndTheOnesThatWouldRevealThemToo() throws Exception {
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

        JsonObject lead = row(fixture.signedIn(fixture.lead).api("GET", "/api/reports", null), "groups", nineName);
        assertEquals("9", lead.getString("expected"));
        assertEquals("9", lead.getString("present"));
        assertEquals("100%", lead.getString("attendanceRate"));
        assertEquals("9", lead.getString("responses"), "9 answers: shown");
        assertEquals("4.0", lead.getString("overallMean"));

        Page otherReport = fixture.signedIn(fixture.otherLead).api("GET", "/api/reports", null);
        JsonObject other = row(otherReport, "groups", sevenName);
        assertEquals("9", other.getString("expected"));
        assertEquals("*", other.getString("present"), "7 present: hidden");
        assertEquals("*", other.getString("apologies"));
        assertEquals("*", other.getString("attendanceRate"));
        assertEquals("*", other.getString("responses"), "7 answers: hidden");
        assertEquals("*", other.getString("overallMean"));
        assertFalse(otherReport.body().contains(nineName), "a facilitator sees only the groups they lead");

        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page report = organiser.api("GET", "/api/reports", null);
        assertEquals(200, report.status(), report.body());
        JsonObject all = row(report, "groups", "All groups");
        assertEquals("18", all.getString("expected"));
        assertEquals("*", all.getString("present"), "else 18 - 16 gives the 2 apologies");
        assertEquals("16", all.getString("responses"));
        JsonObject bigger = row(report, "groups", nineName);
        assertEquals("9", bigger.getString("present"), "the totals' present counts are hidden instead: " + report.body());
        assertEquals("*", bigger.getString("responses"), "else 16 - 9 gives the other group's 7 answers: " + report.body());
        assertEquals("*", bigger.getString("overallMean"));
        noSmallCounts(report.json());

        Page csv = organiser.get("/api/reports/aggregates.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\"table\",\"line\""), csv.body());
        assertTrue(csv.body().contains(nineName) && csv.body().contains("\"All groups\""), csv.body());
        for (String email : sevenEmails) {
            assertFalse(csv.body().contains(email));
        }
        assertFalse(csv.body().contains("Reported Seven"), "no member's name");
        for (String line : csv.body().split("\r\n")) {
            String[] cells = line.substring(1, line.length() - 1).split("\",\"", -1);
            for (int i = 4; i <= 10 && i < cells.length; i++) { // the people columns
                assertFalse(cells[i].matches("[1-7]"), "a count of 1-7 in the CSV: " + line);
            }
        }

        Page page = organiser.get("/reports/index.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.contains("Attendance rate by month") && page.contains("<canvas"), page.body());
        assertTrue(page.contains(sevenName) && page.contains("Schwartz Rounds"), page.body());

        WebClient participant = nineMembers.get(0);
        assertEquals(403, participant.api("GET", "/api/reports", null).status());
        assertEquals(403, participant.get("/reports/index.xhtml").status());
        assertEquals(403, participant.get("/api/reports/aggregates.csv").status());
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
    }
}
