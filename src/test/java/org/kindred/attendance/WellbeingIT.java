package org.kindred.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The wellbeing measure per cohort: ProQOL 5 seeded as printed with its licence, answers stored as
 * subscale sums that can identify nobody, one answer per member and phase, means shown only once a
 * questionnaire has closed and over 8 answers, object-level checks, and the responded-flags deleted by
 * the retention job after the group ends.
 */
@ExtendWith(ArquillianExtension.class)
class WellbeingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void proqolIsSeededAsPrintedWithItsLicence() throws Exception {
        assertEquals(List.of("30"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_item WHERE instrument_code = 'proqol-5'"));
        assertEquals(List.of("BO:1,4,8,10,15,17,19,21,26,29", "CS:3,6,12,16,18,20,22,24,27,30",
                        "STS:2,5,7,9,11,13,14,23,25,28"),
                TestDatabase.strings("SELECT CONCAT(subscale_code, ':', GROUP_CONCAT(position ORDER BY position)) "
                        + "FROM wellbeing_item WHERE instrument_code = 'proqol-5' GROUP BY subscale_code ORDER BY subscale_code"));
        assertEquals(List.of("1,4,15,17,29"), TestDatabase.strings("SELECT GROUP_CONCAT(position ORDER BY position) "
                + "FROM wellbeing_item WHERE instrument_code = 'proqol-5' AND reversed"));
        assertEquals(List.of("Never,Rarely,Sometimes,Often,Very Often"), TestDatabase.strings("SELECT GROUP_CONCAT(label "
                + "ORDER BY score) FROM wellbeing_scale_point WHERE instrument_code = 'proqol-5'"));
        assertEquals(List.of("22:42", "22:42", "22:42"), TestDatabase.strings("SELECT CONCAT(low_at_most, ':', high_from) "
                + "FROM wellbeing_subscale WHERE instrument_code = 'proqol-5'"));
        String licence = TestDatabase.strings("SELECT licence_text FROM wellbeing_instrument WHERE code = 'proqol-5'").get(0);
        assertTrue(licence.startsWith("© B. Hudnall Stamm, 2009-2012. Professional Quality of Life") && licence.contains(
                "This test may be freely copied as long as (a) author is credited, (b) no changes are made, and (c) it is not sold."),
                licence);
    }

    @Test
    void answersIdentifyNobodyAndMeansShowOnceClosedOverEightAnswers() throws Exception {
        assertEquals(List.of("answered_on:date", "group_id:bigint", "id:bigint", "instrument_code:varchar", "phase:varchar"),
                columns("wellbeing_response"), "no person, no address, no time finer than the day");
        assertEquals(List.of("response_id:bigint", "score:int", "subscale_code:varchar"), columns("wellbeing_score"),
                "subscale sums only, not the answers to each statement");
        assertEquals(List.of("group_id:bigint", "person_id:bigint", "phase:varchar"), columns("wellbeing_responded"),
                "the responded-flag has nothing that orders or dates it");

        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Cohort"), 12, fixture.leadId);
        List<String> members = fixture.participants("Wellbeing Member", 10);
        List<WebClient> clients = new ArrayList<>();
        for (String member : members) {
            WebClient client = fixture.signedIn(member);
            assertEquals(200, client.api("POST", "/api/participant/groups/" + group + "/join", null).status());
            clients.add(client);
        }
        WebClient lead = fixture.signedIn(fixture.lead);
        String results = "/api/facilitator/wellbeing/" + group;
        String before = "/api/participant/wellbeing/" + group + "/before";

        assertEquals(400, clients.get(0).api("GET", before, null).status(), "not open yet");
        assertFalse(clients.get(0).get("/participant/index.xhtml").contains("A wellbeing questionnaire is open"));
        Page opened = lead.api("POST", results + "/before/opening", null);
        assertEquals(200, opened.status(), opened.body());
        assertEquals("OPEN", phase(opened.json(), 0).getString("state"));
        Page index = clients.get(0).get("/participant/index.xhtml");
        assertTrue(index.contains("A wellbeing questionnaire is open") && index.contains("phase=before"), index.body());
        Page form = clients.get(0).api("GET", before, null);
        assertEquals(200, form.status(), form.body());
        assertEquals(30, form.json().getJsonObject("instrument").getJsonArray("items").size());
        assertTrue(form.json().getJsonObject("instrument").getString("licenceText").contains("it is not sold"));

        // members 1-5 answer "Often" to everything, 6-8 "Rarely" over the API; the ninth, "Rarely", through
        // the page. Read after each answer, neither the facilitator's nor the organiser's figures move.
        WebClient organiser = fixture.signedIn(fixture.organiser);
        String whileOpen = lead.api("GET", results, null).body() + organiser.api("GET", "/api/organiser/wellbeing/" + group,
                null).body();
        for (int i = 0; i < 8; i++) {
            Page answered = clients.get(i).api("POST", before, answers(i < 5 ? 4 : 2, 30));
            assertEquals(204, answered.status(), answered.body());
            assertEquals(whileOpen, lead.api("GET", results, null).body() + organiser.api("GET",
                    "/api/organiser/wellbeing/" + group, null).body(), "a figure moved with answer " + (i + 1));
        }
        Page page = clients.get(8).get("/participant/wellbeing.xhtml?group=" + group + "&phase=before");
        assertEquals(200, page.status());
        assertTrue(page.contains("I am preoccupied with more than one person I [help].") && page.contains("<legend>")
                && page.contains("This test may be freely copied") && page.contains("Center for Victims of Torture"), page.body());
        Page incomplete = clients.get(8).submit(page, "wellbeing", fields(29), "submit");
        assertTrue(incomplete.contains("Choose an answer for statement 30.") && incomplete.contains("no answer yet"),
                incomplete.body());
        Page sent = clients.get(8).submit(incomplete, "wellbeing", fields(30), "submit");
        assertTrue(sent.contains("Your answers are kept without your name"), sent.body());
        assertTrue(clients.get(8).get("/participant/wellbeing.xhtml?group=" + group + "&phase=before").contains("You have answered"));
        assertFalse(clients.get(8).get("/participant/index.xhtml").contains("A wellbeing questionnaire is open"));

        Page again = clients.get(0).api("POST", before, answers(1, 30));
        assertEquals(409, again.status());
        assertTrue(again.json().getString("error").contains("already answered"), again.body());
        assertTrue(clients.get(0).api("GET", before, null).json().getBoolean("answered"));

        // bad input gets a clear message and changes nothing
        Page outOfRange = clients.get(9).api("POST", before, answers(6, 30));
        assertEquals(400, outOfRange.status());
        assertTrue(outOfRange.json().getString("error").contains("from 1 (Never) to 5 (Very Often)"), outOfRange.body());
        Page missing = clients.get(9).api("POST", before, answers(3, 29));
        assertEquals(400, missing.status());
        assertEquals("Please answer every statement: statement 30 has no answer yet.", missing.json().getString("error"));
        assertEquals(400, clients.get(9).api("POST", before, "{\"answers\": {\"first\": 3}}").status());
        assertEquals(List.of("9"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_response WHERE group_id = ?", group));
        assertEquals(List.of("9"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_responded WHERE group_id = ?", group));
        assertEquals(List.of("27"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_score s JOIN wellbeing_response r "
                + "ON r.id = s.response_id WHERE r.group_id = ?", group));

        // while open, no count and no mean: each new answer would move them
        JsonObject open = lead.api("GET", results, null).json();
        assertFalse(phase(open, 0).containsKey("responses"), "no count while open: " + open);
        assertEquals("*", mean(open, 0, "CS"));
        assertTrue(lead.get("/facilitator/wellbeing.xhtml?id=" + group).contains("Shown once closed"));

        // other facilitators, other organisations and non-members are told "not found"
        WebClient other = fixture.signedIn(fixture.otherLead);
        assertEquals(404, other.api("GET", results, null).status());
        assertEquals(404, other.api("POST", results + "/before/closing", null).status());
        assertEquals(404, other.get("/facilitator/group.xhtml?id=" + group).status());
        assertEquals(404, other.get("/facilitator/wellbeing.xhtml?id=" + group).status());
        String outsider = fixture.participants("Outsider", 1).get(0);
        assertEquals(404, fixture.signedIn(outsider).api("GET", before, null).status());
        assertEquals(404, fixture.signedIn(outsider).api("POST", before, answers(3, 30)).status());
        assertEquals(404, fixture.signedIn(new GroupFixture().organiser).api("GET", "/api/organiser/wellbeing/" + group, null)
                .status());

        Page closed = lead.api("POST", results + "/before/closing", null);
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", phase(closed.json(), 0).getString("state"));
        assertEquals("9", phase(closed.json(), 0).getString("responses"));
        assertEquals("31.1", mean(closed.json(), 0, "CS"), "(5 x 40 + 4 x 20) / 9");
        assertEquals("30.0", mean(closed.json(), 0, "BO"), "reversed items balance the burnout sum at 30 for both");
        assertEquals("31.1", mean(closed.json(), 0, "STS"));
        assertEquals("moderate", subscale(closed.json(), 0, "CS").getString("level"));
        JsonObject organisers = fixture.signedIn(fixture.organiser).api("GET", "/api/organiser/wellbeing/" + group, null).json();
        assertEquals("31.1", mean(organisers, 0, "CS"));
        assertTrue(lead.get("/facilitator/group.xhtml?id=" + group).contains("/facilitator/wellbeing.xhtml?id=" + group),
                "the group page links to its wellbeing measure");
        Page wellbeingPage = lead.get("/facilitator/wellbeing.xhtml?id=" + group);
        assertTrue(wellbeingPage.contains("Wellbeing measure (ProQOL 5)") && wellbeingPage.contains("31.1 (moderate)"),
                wellbeingPage.body());

        assertEquals(400, clients.get(9).api("POST", before, answers(3, 30)).status(), "closed");
        Page reopen = lead.api("POST", results + "/before/opening", null);
        assertEquals(400, reopen.status());
        assertTrue(reopen.json().getString("error").contains("cannot open again"), reopen.body());

        // the after questionnaire, opened from the wellbeing page, with 7 answers: counts and means hidden
        Page afterOpened = lead.submit(wellbeingPage, "wellbeing", Map.of(), "phaseActions:1:open");
        assertTrue(afterOpened.contains("The after questionnaire is open."), afterOpened.body());
        assertEquals("OPEN", phase(lead.api("GET", results, null).json(), 1).getString("state"));
        String after = "/api/participant/wellbeing/" + group + "/after";
        for (int i = 0; i < 7; i++) {
            assertEquals(204, clients.get(i).api("POST", after, answers(3, 30)).status());
        }
        JsonObject seven = lead.api("POST", results + "/after/closing", null).json();
        assertEquals("*", phase(seven, 1).getString("responses"));
        assertEquals("*", mean(seven, 1, "CS"));
        assertEquals("*", mean(seven, 1, "BO"));
        assertEquals("*", subscale(seven, 1, "STS").getString("level"));
        assertEquals("31.1", mean(seven, 0, "CS"), "the before means stay");

        Page openapi = new WebClient().get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.contains("/api/participant/wellbeing/{groupId}/{phase}")
                && openapi.contains("/api/organiser/wellbeing/{groupId}"), "the API description covers the measure");
    }

    @Test
    void theRespondedFlagsAreDeletedAfterTheGroupEnds() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Ended"), 12, fixture.leadId);
        WebClient member = fixture.signedIn(fixture.participants("Wellbeing Leaver", 1).get(0));
        assertEquals(200, member.api("POST", "/api/participant/groups/" + group + "/join", null).status());
        assertEquals(200, fixture.signedIn(fixture.lead).api("POST", "/api/facilitator/wellbeing/" + group + "/before/opening",
                null).status());
        assertEquals(204, member.api("POST", "/api/participant/wellbeing/" + group + "/before", answers(3, 30)).status());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_responded WHERE group_id = ?", group));

        fixture.sessionMovedBack(group, "13 MONTH");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_responded WHERE group_id = ?", group).equals(List.of("0"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_responded WHERE group_id = ?", group),
                "the retention job deletes the flags 12 months after the group's last session");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM wellbeing_response WHERE group_id = ?", group),
                "the anonymous sums stay");
    }

    private static List<String> columns(String table) throws Exception {
        return TestDatabase.strings("SELECT CONCAT(column_name, ':', data_type) FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY column_name", table);
    }

    /** Every statement from 1 to {@code items} answered with the same score, as JSON. */
    private static String answers(int score, int items) {
        return IntStream.rangeClosed(1, items).mapToObj(n -> "\"" + n + "\": " + score)
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
    }

    /** The page's radio groups for the first {@code items} statements, each answered 2 (Rarely). */
    private static Map<String, String> fields(int items) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            fields.put("items:" + i + ":answer", "2");
        }
        return fields;
    }

    private static JsonObject phase(JsonObject results, int index) {
        return results.getJsonArray("phases").getJsonObject(index);
    }

    private static JsonObject subscale(JsonObject results, int phase, String code) {
        return phase(results, phase).getJsonArray("subscales").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static String mean(JsonObject results, int phase, String code) {
        return subscale(results, phase, code).getString("mean");
    }
}
