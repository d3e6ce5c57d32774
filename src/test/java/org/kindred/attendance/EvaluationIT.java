package org.kindred.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The anonymous evaluation: the answers table can hold no person and no time finer than a day, a
 * member answers once, nothing anyone else can read moves with an answer until the evaluation closes,
 * and then a session's means show from 8 answers up and as * below, the same ever after.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void theAnswersCannotIdentifyAnyoneAndCountsBelowEightAreHidden() throws Exception {
        assertEquals(List.of("answered_on:date", "group_id:bigint", "id:bigint", "occurrence_id:bigint", "overall:int"),
                TestDatabase.strings("SELECT CONCAT(column_name, ':', data_type) FROM information_schema.columns "
                        + "WHERE table_schema = DATABASE() AND table_name = 'evaluation_response' ORDER BY column_name"),
                "no person, no address, no time finer than the day");
        assertEquals(List.of("item_code", "response_id", "score"), TestDatabase.strings("SELECT column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'evaluation_answer' "
                + "ORDER BY column_name"));
        assertEquals(List.of("occurrence_id", "person_id"), TestDatabase.strings("SELECT column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'evaluation_responded' "
                + "ORDER BY column_name"), "the responded-flag has nothing that orders or dates it");

        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        List<String> members = fixture.participants("Evaluator", 9);
        List<WebClient> clients = new ArrayList<>();
        for (String member : members) {
            WebClient client = fixture.signedIn(member);
            assertEquals(200, client.api("POST", "/api/participant/groups/" + group + "/join", null).status());
            clients.add(client);
        }
        long nine = fixture.pastSession(group, 1);
        long seven = fixture.pastSession(group, 2);
        WebClient lead = fixture.signedIn(fixture.lead);
        WebClient organiser = fixture.signedIn(fixture.organiser);

        // Answered one at a time, every view anyone but the respondent can read is read after each
        // answer: none moves until the evaluation closes.
        List<String> before = views(lead, organiser, nine, seven);
        assertTrue(before.get(0).contains("\"released\":false") && !before.get(0).contains("\"responses\""),
                "nothing, not even the count: " + before.get(0));
        assertTrue(before.get(2).contains("Members can answer the evaluation until"), before.get(2));
        for (int i = 0; i < 9; i++) {
            Page answered = clients.get(i).api("POST", "/api/participant/schedule/evaluations/" + nine,
                    "{\"scores\": {\"colleagues\": " + (i % 2 == 0 ? 4 : 5) + ", \"support\": 5}, \"overall\": 4}");
            assertEquals(204, answered.status(), answered.body());
            assertEquals(before, views(lead, organiser, nine, seven), "a view moved with answer " + (i + 1));
        }
        for (int i = 0; i < 7; i++) {
            assertEquals(204, clients.get(i).api("POST", "/api/participant/schedule/evaluations/" + seven,
                    "{\"scores\": {\"colleagues\": 3}, \"overall\": 3}").status());
            assertEquals(before, views(lead, organiser, nine, seven), "a view moved with answer " + (i + 1));
        }
        Page again = clients.get(0).api("POST", "/api/participant/schedule/evaluations/" + nine, "{\"overall\": 1}");
        assertEquals(409, again.status());
        assertTrue(again.json().getString("error").contains("already answered"), again.body());
        assertTrue(clients.get(0).api("GET", "/api/participant/schedule/evaluations/" + nine, null).json()
                .getBoolean("answered"));

        // the portal page: the eighth answer, sent through the form, lifts the session over the threshold
        Page form = clients.get(7).get("/participant/evaluation.xhtml?occurrence=" + seven);
        assertEquals(200, form.status());
        assertTrue(form.contains("I feel more connected to the people I work with.") && form.contains("<legend>"), form.body());
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("name=\"evaluation:([^\"]*:0:score)\"").matcher(form.body());
        assertTrue(first.find(), form.body());
        Page sent = clients.get(7).submit(form, "evaluation", java.util.Map.of(first.group(1), "3", "overall", "5"), "submit");
        assertTrue(sent.contains("Your answers are kept without your name"), sent.body());
        assertTrue(clients.get(0).get("/participant/evaluation.xhtml?occurrence=" + nine).contains("You have answered"));
        assertEquals(before, views(lead, organiser, nine, seven), "a view moved with the eighth answer");

        // bad input gets a clear message and changes nothing
        Page outOfRange = clients.get(8).api("POST", "/api/participant/schedule/evaluations/" + seven,
                "{\"scores\": {\"colleagues\": 9}}");
        assertEquals(400, outOfRange.status());
        assertTrue(outOfRange.json().getString("error").contains("from 1"), outOfRange.body());
        assertEquals(400, clients.get(8).api("POST", "/api/participant/schedule/evaluations/" + seven,
                "{\"scores\": {\"made-up\": 3}}").status());
        assertEquals(List.of("8"), TestDatabase.strings("SELECT COUNT(*) FROM evaluation_response WHERE occurrence_id = ?", seven));
        assertEquals(List.of("8"), TestDatabase.strings("SELECT COUNT(*) FROM evaluation_responded WHERE occurrence_id = ?", seven));

        // Two weeks on (the sessions moved back, as the clock cannot be) the evaluations close: released once.
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = starts_at - INTERVAL 15 DAY, ends_at = ends_at - INTERVAL 15 DAY WHERE id IN (?, ?)")) {
            move.setLong(1, nine);
            move.setLong(2, seven);
            move.executeUpdate();
        }
        Page shown = lead.api("GET", "/api/facilitator/attendance/" + nine + "/evaluation", null);
        assertEquals(200, shown.status(), shown.body());
        assertTrue(shown.json().getBoolean("released"));
        assertEquals("9", shown.json().getString("responses"));
        assertEquals("4.4", shown.json().getJsonObject("means").getString("colleagues"));
        assertEquals("4.0", shown.json().getJsonObject("means").getString("overall"));
        assertTrue(lead.get("/facilitator/attendance.xhtml?occurrence=" + nine).contains("Overall rating: 4.0 out of 5"));
        Page eight = lead.api("GET", "/api/facilitator/attendance/" + seven + "/evaluation", null);
        assertEquals("8", eight.json().getString("responses"));
        assertEquals("3.0", eight.json().getJsonObject("means").getString("colleagues"));

        // a late answer is refused, and the released figures stay as they are
        List<String> released = views(lead, organiser, nine, seven);
        Page late = clients.get(8).api("POST", "/api/participant/schedule/evaluations/" + seven,
                "{\"scores\": {\"colleagues\": 1}, \"overall\": 1}");
        assertEquals(400, late.status(), late.body());
        assertTrue(late.json().getString("error").contains("closed"), late.body());
        assertEquals(List.of("8"), TestDatabase.strings("SELECT COUNT(*) FROM evaluation_response WHERE occurrence_id = ?", seven));
        assertEquals(released, views(lead, organiser, nine, seven));
        String outsider = fixture.participants("Outsider", 1).get(0);
        assertEquals(404, fixture.signedIn(outsider).api("GET", "/api/participant/schedule/evaluations/" + nine, null).status(),
                "not a member: not found");
        assertEquals(404, fixture.signedIn(fixture.otherLead)
                .api("GET", "/api/facilitator/attendance/" + nine + "/evaluation", null).status());
    }

    /**
     * Every view of the two sessions' evaluation that someone other than a respondent can read: the
     * facilitator's figures for each session (API and page) and the organiser's report and CSV.
     */
    private static List<String> views(WebClient lead, WebClient organiser, long nine, long seven) {
        List<String> views = new ArrayList<>();
        views.add(lead.api("GET", "/api/facilitator/attendance/" + nine + "/evaluation", null).body());
        views.add(lead.api("GET", "/api/facilitator/attendance/" + seven + "/evaluation", null).body());
        String page = lead.get("/facilitator/attendance.xhtml?occurrence=" + nine).body();
        java.util.regex.Matcher evaluation = java.util.regex.Pattern.compile("<p id=\"evaluation\">(.*?)</p>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        assertTrue(evaluation.find(), page);
        views.add(evaluation.group(1));
        views.add(organiser.api("GET", "/api/reports", null).body());
        views.add(organiser.get("/api/reports/aggregates.csv").body());
        views.add(lead.api("GET", "/api/reports", null).body());
        return views;
    }
}
