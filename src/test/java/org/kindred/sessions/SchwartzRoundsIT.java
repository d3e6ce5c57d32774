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
        long clinicalLead = TestDatabase.createPerson(fixture.organisationId, "Dr Cara Lead",
                TestDatabase.unique("cara") + "@kindred.test", GroupFixture.PASSWORD, "PARTICIPANT");
        List<String> panelIds = TestDatabase.strings("SELECT id FROM person WHERE email IN (?, ?, ?) ORDER BY id",
                panel.get(0), panel.get(1), panel.get(2));

        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "The patient I still think about", "start": "2028-06-14T12:30",
                 "roomId": %d, "facilitatorId": %d, "clinicalLeadId": %d, "panellistIds": [%s],
                 "preparationRoomId": %d}""".formatted(programme, hall, fixture.otherLeadId, clinicalLead,
                String.join(",", panelIds), office));
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
        String round = """
                {"groupId": %d, "topic": "%s", "start": "2028-06-14T12:30", "onlineLink": "https://meet.example.org/r",
                 "facilitatorId": %d, "clinicalLeadId": %d, "panellistIds": [%s]}""";
        Page onePanellist = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, "Endings", fixture.otherLeadId, fixture.leadId, fixture.leadId));
        assertEquals(400, onePanellist.status(), onePanellist.body());
        assertEquals("panellistIds", onePanellist.json().getString("field"));
        Page noTopic = organiser.api("POST", "/api/organiser/rounds",
                round.formatted(programme, " ", fixture.otherLeadId, fixture.leadId, fixture.leadId + "," + fixture.organisationId));
        assertEquals(400, noTopic.status(), noTopic.body());
        assertEquals("topic", noTopic.json().getString("field"));
    }
}
