package org.kindred.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** A Round with its panel, preparation meeting and debrief; moving it offers to move the preparation. */
@ExtendWith(ArquillianExtension.class)
class SchwartzRoundsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aRoundIsPlannedWithItsPanelAndMovingItOffersToMoveThePreparation() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long hall = fixture.createRoom(organiser, "Lecture Theatre", 120, 15, 15);
        long office = fixture.createRoom(organiser, "Small Office", 6, 0, 0);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        List<String> panel = fixture.participants("Panellist", 3);
        String clinicalLead = TestDatabase.unique("cara") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Dr Cara Lead", clinicalLead, GroupFixture.PASSWORD, "PARTICIPANT");

        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "The patient I still think about", "start": "2028-06-14T12:30",
                 "roomId": %d, "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s", "%s"],
                 "preparationRoomId": %d}""".formatted(programme, hall, fixture.otherLeadId, clinicalLead.toUpperCase(),
                panel.get(0), panel.get(1), panel.get(2), office));
        assertEquals(201, planned.status(), planned.body());
        long round = planned.json().getJsonNumber("id").longValue();

        JsonObject view = organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0);
        assertEquals("2028-06-14T12:30:00", view.getJsonObject("round").getString("start"));
        assertEquals("2028-06-07T12:30:00", view.getJsonObject("preparation").getString("start"), "about a week before");
        assertEquals("Small Office", view.getJsonObject("preparation").getString("room"));
        assertEquals("2028-06-14T13:30:00", view.getJsonObject("debrief").getString("start"), "straight after");
        assertEquals(120, view.getInt("audienceLimit"), "the audience is the room's capacity, never a list of names");
        assertEquals(3, view.getJsonArray("panel").size());
        assertFalse(view.getBoolean("needsPanellists"));
        assertEquals("Omar Other", view.getString("facilitator"), "organisers see facilitators by name");
        assertEquals(clinicalLead, view.getString("clinicalLeadEmail"), "the address typed, normalised, never a name");
        assertEquals(panel.stream().sorted().toList(), view.getJsonArray("panel").stream()
                .map(p -> p.asJsonObject().getString("email")).toList(), "in address order, not by account");
        assertEquals(List.of("email", "status"), List.copyOf(view.getJsonArray("panel").getJsonObject(0).keySet()),
                "no person id, no name");
        assertFalse(organiser.api("GET", "/api/organiser/rounds", null).body().matches("(?s).*(Panellist \\d|Cara Lead).*"));

        Page offer = organiser.api("PUT", "/api/organiser/rounds/" + round + "/schedule", "{\"start\": \"2028-06-21T12:30\"}");
        assertEquals(409, offer.status(), offer.body());
        assertEquals("movePreparation", offer.json().getString("field"));
        assertEquals("2028-06-07T12:30:00", offer.json().getString("preparationStart"));
        assertEquals("2028-06-14T12:30:00", offer.json().getString("suggestedPreparationStart"));
        assertEquals("2028-06-14T12:30:00", organiser.api("GET", "/api/organiser/rounds", null).jsonArray()
                .getJsonObject(0).getJsonObject("round").getString("start"), "nothing moves until the organiser answers");

        assertEquals(204, organiser.api("PUT", "/api/organiser/rounds/" + round + "/schedule",
                "{\"start\": \"2028-06-21T12:30\", \"movePreparation\": true}").status());
        JsonObject moved = organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0);
        assertEquals("2028-06-21T12:30:00", moved.getJsonObject("round").getString("start"));
        assertEquals("2028-06-14T12:30:00", moved.getJsonObject("preparation").getString("start"));
        assertEquals("2028-06-21T13:30:00", moved.getJsonObject("debrief").getString("start"));

        assertEquals(204, organiser.api("PUT", "/api/organiser/rounds/" + round + "/schedule",
                "{\"start\": \"2028-06-28T12:30\", \"movePreparation\": false}").status());
        JsonObject kept = organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0);
        assertEquals("2028-06-14T12:30:00", kept.getJsonObject("preparation").getString("start"), "kept where it was");

        // a panellist consents, another withdraws after consenting: the panel drops below two
        WebClient first = fixture.signedIn(panel.get(0));
        WebClient second = fixture.signedIn(panel.get(1));
        WebClient third = fixture.signedIn(panel.get(2));
        assertEquals(204, first.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null).status());
        assertEquals(204, second.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null).status());
        assertEquals(204, second.api("POST", "/api/participant/schedule/panels/" + round + "/withdrawal", null).status());
        assertEquals(204, third.api("POST", "/api/participant/schedule/panels/" + round + "/withdrawal", null).status());
        assertEquals("WITHDRAWN", second.api("GET", "/api/participant/schedule/panels", null).jsonArray()
                .getJsonObject(0).getString("status"));
        assertTrue(organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0)
                .getBoolean("needsPanellists"));
        WebClient outsider = fixture.signedIn(fixture.participants("Outsider", 1).get(0));
        assertEquals(404, outsider.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null).status());
    }

    @Test
    void aRoundNeedsTwoToFourPanellistsAndANeutralTopic() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        String a = TestDatabase.unique("a") + "@kindred.test";
        String b = TestDatabase.unique("b") + "@kindred.test";
        String round = """
                {"groupId": %d, "topic": "%s", "start": "2028-06-14T12:30", "onlineLink": "https://meet.example.org/r",
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": [%s]}""";
        Page onePanellist = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, "Endings", fixture.otherLeadId, fixture.lead, "\"" + a + "\", \"" + a.toUpperCase() + "\""));
        assertEquals(400, onePanellist.status(), onePanellist.body());
        assertEquals("panellistEmails", onePanellist.json().getString("field"), "the same address twice is one person");
        Page noTopic = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, " ", fixture.otherLeadId, fixture.lead, "\"" + a + "\", \"" + b + "\""));
        assertEquals(400, noTopic.status(), noTopic.body());
        assertEquals("topic", noTopic.json().getString("field"));
        Page notAnAddress = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, "Endings", fixture.otherLeadId, fixture.lead, "\"" + a + "\", \"Pat Smith\""));
        assertEquals(400, notAnAddress.status(), notAnAddress.body());
        assertEquals("panellistEmails[1]", notAnAddress.json().getString("field"));
        Page noLead = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, "Endings", fixture.otherLeadId, "", "\"" + a + "\", \"" + b + "\""));
        assertEquals("clinicalLeadEmail", noLead.json().getString("field"), noLead.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person WHERE email IN (?, ?)", a, b),
                "a refused Round makes no account");

        // the facilitator is chosen by id, and any id that is not one of the organisation's facilitators
        // gets the same answer: a participant, someone of another organisation, nobody
        String participant = fixture.participants("Not a facilitator", 1).get(0);
        GroupFixture other = new GroupFixture();
        List<String> answers = new java.util.ArrayList<>();
        for (long id : List.of(TestDatabase.personId(participant), other.leadId, 0L, Long.MAX_VALUE)) {
            Page refused = organiser.api("POST", "/api/organiser/rounds",
                    round.formatted(programme, "Endings", id, fixture.lead, "\"" + a + "\", \"" + b + "\""));
            answers.add(refused.status() + " " + refused.body());
        }
        assertEquals(1, answers.stream().distinct().count(), answers.toString());
        assertTrue(answers.get(0).startsWith("400") && answers.get(0).contains("facilitatorId"), answers.get(0));
        assertFalse(answers.get(0).contains("Not a facilitator"));
    }

    @Test
    void anotherPanellistIsAskedByAddressAndTheAnswerIsTheSameWithOrWithoutAnAccount() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        // the second panellist's account is in another organisation: the address is theirs all the same
        List<String> panel = List.of(fixture.participants("Speaker", 1).get(0),
                new GroupFixture().participants("Elsewhere", 1).get(0));
        String withAccount = fixture.participants("Has an account", 1).get(0);
        String withoutAccount = TestDatabase.unique("nobody.yet") + "@kindred.test";
        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "Endings", "start": "2028-07-12T12:30", "onlineLink": "https://meet.example.org/r",
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s"]}""".formatted(programme,
                fixture.otherLeadId, TestDatabase.unique("lead.nobody") + "@kindred.test", panel.get(0), panel.get(1)));
        assertEquals(201, planned.status(), planned.body());
        long round = planned.json().getJsonNumber("id").longValue();

        Page one = organiser.api("POST", "/api/organiser/rounds/" + round + "/panellists", "{\"email\": \"" + withAccount + "\"}");
        Page two = organiser.api("POST", "/api/organiser/rounds/" + round + "/panellists", "{\"email\": \"" + withoutAccount + "\"}");
        assertEquals(204, one.status(), one.body());
        assertEquals(one.status() + one.body(), two.status() + two.body());
        JsonObject view = organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0);
        List<String> asked = java.util.stream.Stream.of(withAccount, withoutAccount, panel.get(0), panel.get(1)).sorted().toList();
        assertEquals(asked, view.getJsonArray("panel").stream().map(p -> p.asJsonObject().getString("email")).toList());
        assertTrue(view.getJsonArray("panel").stream().allMatch(p -> p.asJsonObject().getString("status").equals("INVITED")));

        Page again = organiser.api("POST", "/api/organiser/rounds/" + round + "/panellists", "{\"email\": \"" + withoutAccount + "\"}");
        assertEquals(400, again.status(), again.body());
        assertEquals("email", again.json().getString("field"));
        Page full = organiser.api("POST", "/api/organiser/rounds/" + round + "/panellists",
                "{\"email\": \"" + TestDatabase.unique("fifth") + "@kindred.test\"}");
        assertEquals(400, full.status(), full.body());
        assertTrue(full.body().contains("already has 4"), full.body());

        // the address with no account now has a participant account with no password (CalendarInvitationsIT
        // follows its owner choosing one from the request email and answering)
        assertEquals(List.of("PARTICIPANT"), TestDatabase.strings(
                "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ?", withoutAccount));
        assertEquals(List.of("0"), TestDatabase.strings(
                "SELECT COUNT(*) FROM person WHERE email = ? AND password_hash IS NOT NULL", withoutAccount));

        // the person of the other organisation finds the request on their own page and answers it
        WebClient elsewhere = fixture.signedIn(panel.get(1));
        JsonObject request = elsewhere.api("GET", "/api/participant/schedule/panels", null).jsonArray().getJsonObject(0);
        assertEquals(round, request.getJsonNumber("roundId").longValue());
        assertEquals("2028-07-12T12:30:00", request.getJsonObject("round").getString("start"));
        assertEquals(204, elsewhere.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null).status());
    }
}
