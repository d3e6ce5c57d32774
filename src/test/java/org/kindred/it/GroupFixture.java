package org.kindred.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kindred.it.WebClient.Page;

/**
 * One test's own organisation with an organiser and facilitators, and groups created the way an
 * organiser creates them: through the API.
 */
public final class GroupFixture {

    public static final String PASSWORD = "fixture password 123";

    public final long organisationId;
    public final String organiser;
    public final String lead;
    public final long leadId;
    public final String otherLead;
    public final long otherLeadId;
    private int sessionsMade;

    public GroupFixture() throws SQLException {
        organisationId = TestDatabase.createOrganisation();
        organiser = TestDatabase.unique("organiser") + "@kindred.test";
        TestDatabase.createPerson(organisationId, "Olu Organiser", organiser, PASSWORD, "ORGANISER");
        lead = TestDatabase.unique("lead") + "@kindred.test";
        leadId = TestDatabase.createPerson(organisationId, "Lena Lead", lead, PASSWORD, "FACILITATOR");
        otherLead = TestDatabase.unique("other") + "@kindred.test";
        otherLeadId = TestDatabase.createPerson(organisationId, "Omar Other", otherLead, PASSWORD, "FACILITATOR");
    }

    public WebClient signedIn(String email) {
        WebClient client = new WebClient();
        Page landed = client.signIn(email, PASSWORD);
        assertEquals(302, landed.status(), "sign-in of " + email + ": " + landed.body());
        return client;
    }

    /** Creates a self-enrolment group from the template, led by the given facilitator; returns its id. */
    public long createGroup(String template, String name, int maxMembers, long leadId) {
        return createGroup(template, name, maxMembers, leadId, true);
    }

    /** Creates a group from the template, led by the given facilitator, open to self-enrolment or not. */
    public long createGroup(String template, String name, int maxMembers, long leadId, boolean selfEnrolment) {
        Page created = signedIn(organiser).api("POST", "/api/organiser/groups", """
                {"template": "%s", "name": "%s", "maxMembers": %d, "selfEnrolment": %b, "leadId": %d}
                """.formatted(template, name, maxMembers, selfEnrolment, leadId));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A room of this organisation (at a site of its own), booked through the organiser API; returns its id. */
    public long createRoom(WebClient organiserClient, String name, int capacity, int setupMinutes, int cleardownMinutes) {
        Page site = organiserClient.api("POST", "/api/organiser/schedule/sites",
                "{\"name\": \"" + TestDatabase.unique("Site") + "\"}");
        assertEquals(201, site.status(), site.body());
        Page room = organiserClient.api("POST", "/api/organiser/schedule/rooms", """
                {"siteId": %d, "name": "%s", "capacity": %d, "setupMinutes": %d, "cleardownMinutes": %d}
                """.formatted(site.json().getJsonNumber("id").longValue(), name, capacity, setupMinutes, cleardownMinutes));
        assertEquals(201, room.status(), room.body());
        return room.json().getJsonNumber("id").longValue();
    }

    /** Participants of this organisation, named "<prefix> n", each able to sign in. */
    public List<String> participants(String prefix, int count) throws SQLException {
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = TestDatabase.unique(prefix.toLowerCase().replace(' ', '.')) + "@kindred.test";
            TestDatabase.createPerson(organisationId, prefix + " " + i, email, PASSWORD, "PARTICIPANT");
            emails.add(email);
        }
        return emails;
    }

    /** The participant joins the group through the API, as the Join button does. */
    public void join(long group, String email) {
        Page joined = signedIn(email).api("POST", "/api/participant/groups/" + group + "/join", null);
        assertEquals(200, joined.status(), joined.body());
    }

    /** New participants, named "<prefix> n", who have joined the group. */
    public List<String> members(long group, String prefix, int count) throws SQLException {
        List<String> members = participants(prefix, count);
        for (String member : members) {
            join(group, member);
        }
        return members;
    }

    /** A one-off session of the group that started hours ago; returns its occurrence id. */
    public long pastSession(long group, int hoursAgo) throws SQLException {
        return sessionMovedBack(group, (hoursAgo + 2) + " HOUR");
    }

    /**
     * Sessions (with their evaluation answers) moved to a month whose report has been released, as if
     * three months had passed: to the 15th of the month three months ago at noon, their answers to the
     * 16th. Attendance is recorded first, while it can be; returns the month.
     */
    public static java.time.YearMonth intoReleasedMonth(long... occurrences) throws SQLException {
        ZoneId zone = ZoneId.of("Europe/London");
        java.time.YearMonth month = java.time.YearMonth.now(zone).minusMonths(3);
        LocalDateTime noon = month.atDay(15).atTime(12, 0).atZone(zone).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        try (var db = TestDatabase.connect();
             var move = db.prepareStatement("UPDATE session_occurrence SET starts_at = ?, ends_at = ? WHERE id = ?");
             var answers = db.prepareStatement("UPDATE evaluation_response SET answered_on = ? WHERE occurrence_id = ?")) {
            for (long occurrence : occurrences) {
                move.setObject(1, noon);
                move.setObject(2, noon.plusHours(1));
                move.setLong(3, occurrence);
                move.executeUpdate();
                answers.setObject(1, month.atDay(16));
                answers.setLong(2, occurrence);
                answers.executeUpdate();
            }
        }
        return month;
    }

    /**
     * A one-off hour-long session of the group, made through the API and then moved in the database to
     * start {@code interval} ago (MySQL syntax: "3 HOUR", "13 MONTH"); returns its occurrence id.
     */
    public long sessionMovedBack(long group, String interval) throws SQLException {
        if (!interval.matches("\\d{1,4} (HOUR|DAY|MONTH)")) {
            throw new IllegalArgumentException(interval);
        }
        WebClient organiserClient = signedIn(organiser);
        // made on different days, so that a test's sessions never clash with each other when made
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(3 + sessionsMade++)
                .withSecond(0).withNano(0);
        Page created = organiserClient.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/e"}""".formatted(later));
        assertEquals(201, created.status(), created.body());
        long series = created.json().getJsonNumber("seriesId").longValue();
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = UTC_TIMESTAMP() - INTERVAL " + interval + ", ends_at = UTC_TIMESTAMP() - INTERVAL "
                + interval + " + INTERVAL 1 HOUR WHERE series_id = ?")) {
            move.setLong(1, series);
            move.executeUpdate();
        }
        return Long.parseLong(TestDatabase.strings("SELECT id FROM session_occurrence WHERE series_id = ?", series).get(0));
    }
}
