package org.kindred.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.it.GroupFixture;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * An organisation with something on every page: a group with a leader and members, a room, a weekly
 * series and a past session, and an admin; a signed-in client for each role.
 */
final class BadInputFixture {

    /** The tables of what people and groups are; background jobs write elsewhere (outbox, audit, mail markers). */
    static final List<String> DOMAIN_TABLES = List.of("organisation", "person", "person_role",
            "password_setup_token", "programme_template", "support_group", "group_leader", "facilitator_profile",
            "membership", "group_seat", "ground_rules_version", "ground_rules_acceptance", "ground_rules_link", "site",
            "room", "session_series", "session_occurrence", "room_booking", "schwartz_round", "round_panellist",
            "calendar_response", "calendar_feed", "reply_link_use", "attendance_record", "attendance_count",
            "round_headcount", "session_plan", "session_plan_exercise", "homework_report", "evaluation_response",
            "evaluation_answer", "evaluation_responded", "wellbeing_window", "wellbeing_response", "wellbeing_score",
            "wellbeing_responded");

    final GroupFixture groups;
    final long group;
    final long room;
    final long series;
    final List<String> members;
    final String admin;
    final Map<String, WebClient> roles = new LinkedHashMap<>();

    BadInputFixture() throws SQLException {
        groups = new GroupFixture();
        group = groups.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, groups.leadId);
        members = groups.members(group, "Member", 2);
        groups.pastSession(group, 3);
        admin = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(groups.organisationId, "Ada Admin", admin, GroupFixture.PASSWORD, "ADMIN");
        WebClient organiser = groups.signedIn(groups.organiser);
        room = groups.createRoom(organiser, "Quiet Room", 14, 0, 0);
        LocalDate first = LocalDate.now().plusWeeks(60).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT07:30", "rrule": "FREQ=WEEKLY;COUNT=4", "roomId": %d}""".formatted(first, room));
        assertEquals(201, created.status(), created.body());
        series = created.json().getJsonNumber("seriesId").longValue();
        roles.put("organiser", organiser);
        roles.put("facilitator", groups.signedIn(groups.lead));
        roles.put("participant", groups.signedIn(members.get(0)));
        roles.put("admin", groups.signedIn(admin));
    }

    /** A checksum per domain table, to compare before and after requests that must change nothing. */
    static Map<String, String> snapshot() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement()) {
            for (String table : DOMAIN_TABLES) {
                try (ResultSet rows = s.executeQuery("CHECKSUM TABLE " + table + " EXTENDED")) {
                    rows.next();
                    sums.put(table, rows.getString(2));
                }
            }
        }
        return sums;
    }
}
