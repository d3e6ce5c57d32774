package org.kindred.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/** Creating groups from templates, bad input, and who may see what (brief, section 3). */
@ExtendWith(ArquillianExtension.class)
class GroupsIT {

    private GroupFixture fixture;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void organisation() throws Exception {
        fixture = new GroupFixture();
    }

    @Test
    void organiserCreatesABalintGroupFromItsTemplateWithLeadAndCoLead() {
        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page templates = organiser.api("GET", "/api/organiser/templates", null);
        assertEquals(200, templates.status());
        List<String> codes = templates.jsonArray().stream().map(t -> ((JsonObject) t).getString("code")).toList();
        assertTrue(codes.containsAll(List.of("balint", "schwartz", "hthp", "cbt-act", "performance", "peer-support")), codes.toString());

        Page created = organiser.api("POST", "/api/organiser/groups", """
                {"template": "balint", "name": "%s", "maxMembers": 10, "leadId": %d, "coLeadId": %d}
                """.formatted(TestDatabase.unique("Balint"), fixture.leadId, fixture.otherLeadId));
        assertEquals(201, created.status(), created.body());
        JsonObject group = created.json();
        assertEquals(8, group.getInt("minMembers"), "the template's minimum");
        assertEquals(10, group.getInt("maxMembers"), "the organiser's maximum, within 8-12");
        assertEquals(List.of("Lena Lead", "Omar Other"), group.getJsonArray("facilitators").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(group.getBoolean("belowMinimum"), "a new group is below its minimum: the viability warning");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Page openapi = new WebClient().get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.contains("/api/participant/groups/{id}/join"), openapi.body());
        assertTrue(openapi.contains("/api/organiser/groups"));
    }

    @Test
    void badInputGetsAFieldLevelMessageAndNeverA500() {
        WebClient organiser = fixture.signedIn(fixture.organiser);
        assertRefused(organiser, "{\"template\": \"balint\", \"name\": \"N\", \"maxMembers\": -3, \"leadId\": %d}",
                "maxMembers", "positive");
        assertRefused(organiser, "{\"template\": \"balint\", \"name\": \"N\", \"minMembers\": 11, \"maxMembers\": 9, \"leadId\": %d}",
                "maxMembers", "cannot be less than the minimum");
        assertRefused(organiser, "{\"template\": \"balint\", \"name\": \"N\", \"maxMembers\": 20, \"leadId\": %d}",
                "maxMembers", "between 8 and 12");
        assertRefused(organiser, "{\"template\": \"knitting\", \"name\": \"N\", \"leadId\": %d}",
                "template", "Choose a programme template");
        assertRefused(organiser, "{\"template\": \"balint\", \"name\": \"" + "x".repeat(121) + "\", \"leadId\": %d}",
                "name", "at most 120 characters");

        Page malformed = organiser.api("POST", "/api/organiser/groups", "{\"template\": ");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.contains("valid JSON"), malformed.body());

        Page forged = organiser.post("/api/organiser/groups", java.util.Map.of("template", "balint"));
        assertEquals(403, forged.status(), "a state change without the CSRF header is refused");
    }

    @Test
    void aFacilitatorCannotReachAnotherFacilitatorsGroupByChangingTheId() {
        long mine = fixture.createGroup("peer-support", TestDatabase.unique("Mine"), 10, fixture.leadId);
        long theirs = fixture.createGroup("peer-support", TestDatabase.unique("Theirs"), 10, fixture.otherLeadId);
        WebClient lead = fixture.signedIn(fixture.lead);

        assertEquals(200, lead.api("GET", "/api/facilitator/groups/" + mine + "/roster", null).status());
        int api = lead.api("GET", "/api/facilitator/groups/" + theirs + "/roster", null).status();
        assertTrue(api == 403 || api == 404, "API: " + api);
        int portal = lead.get("/facilitator/group.xhtml?id=" + theirs).status();
        assertTrue(portal == 403 || portal == 404, "portal: " + portal);
        assertEquals(200, lead.get("/facilitator/group.xhtml?id=" + mine).status());

        Page invite = lead.api("POST", "/api/facilitator/groups/" + theirs + "/invitations", "{\"email\": \"x@kindred.test\"}");
        assertEquals(404, invite.status(), "nor change it");
    }

    @Test
    void anOrganiserSeesCountsButNeverAMembersName() throws Exception {
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Counted"), 12, fixture.leadId);
        List<String> members = fixture.participants("Confidential Member", 9);
        for (String email : members) {
            assertEquals(200, fixture.signedIn(email).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        Page view = organiser.api("GET", "/api/organiser/groups/" + group, null);
        assertEquals(200, view.status(), view.body());
        assertEquals("9", view.json().getString("members"));
        assertEquals("9", view.json().getString("notAcceptedRules"), "nobody has accepted the rules yet");
        Page portal = organiser.get("/organiser/index.xhtml");
        assertEquals(200, portal.status());
        for (Page page : List.of(view, organiser.api("GET", "/api/organiser/groups", null), portal)) {
            assertFalse(page.contains("Confidential Member"), "no member name: " + page.body());
            for (String email : members) {
                assertFalse(page.contains(email), "no member email");
            }
        }
        long small = fixture.createGroup("peer-support", TestDatabase.unique("Small"), 12, fixture.otherLeadId);
        assertEquals(200, fixture.signedIn(members.get(0)).api("POST", "/api/participant/groups/" + small + "/join", null).status());
        assertEquals("*", organiser.api("GET", "/api/organiser/groups/" + small, null).json().getString("members"),
                "a count of 1-7 is suppressed");
        // A full group with two waiting: the suppressed waitlist must not be recoverable from the other counts.
        long full = fixture.createGroup("peer-support", TestDatabase.unique("Full"), 8, fixture.otherLeadId);
        for (String email : fixture.participants("waiting", 10)) {
            fixture.signedIn(email).api("POST", "/api/participant/groups/" + full + "/join", null);
        }
        JsonObject fullView = organiser.api("GET", "/api/organiser/groups/" + full, null).json();
        assertEquals("8", fullView.getString("members"));
        assertEquals("*", fullView.getString("waitlisted"));
        assertEquals("8", fullView.getString("notAcceptedRules"), "members only: 10 - 8 would reveal the waitlist");

        assertEquals(403, fixture.signedIn(fixture.lead).api("GET", "/api/organiser/groups/" + group, null).status(),
                "the organiser area is the organisers'");
    }

    private void assertRefused(WebClient organiser, String template, String field, String message) {
        Page page = organiser.api("POST", "/api/organiser/groups", template.formatted(fixture.leadId));
        assertEquals(400, page.status(), page.body());
        assertEquals(field, page.json().getString("field"), page.body());
        assertTrue(page.json().getString("error").contains(message), page.body());
    }
}
