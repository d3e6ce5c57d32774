package org.kindred.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kindred.authorization.AuthorizationTable.Role;
import org.kindred.it.GroupFixture;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The people and objects the matrix asks about. Organisation 1 holds group A (its participant is a
 * member; facilitator A leads it) and group B (closed; facilitator B leads it); organisation 2 holds
 * group X. Each {@link Scope} gathers the ids a placeholder in the table stands for, and each role
 * has a scope it owns and one it does not:
 *
 * <pre>
 * role          owns            does not own
 * anonymous     A               X
 * participant   A (member)      B (closed group; not on its Round's panel)
 * facilitatorA  A (leads it)    B
 * facilitatorB  B (leads it)    A
 * organiser     A (own org.)    X (another organisation)
 * admin         A (own org.)    X
 * </pre>
 */
final class MatrixWorld {

    /** The ids behind the table's placeholders, for one group and its organisation. */
    record Scope(String name, Map<String, String> values) {
        String get(String placeholder) {
            String value = values.get(placeholder);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + placeholder + "}: the placeholders are "
                        + values.keySet());
            }
            return value;
        }
    }

    private static final AtomicInteger DAYS = new AtomicInteger(20);

    final Map<Role, WebClient> clients = new EnumMap<>(Role.class);
    final Map<Role, Long> personIds = new EnumMap<>(Role.class);
    final Map<Role, Scope> owned = new EnumMap<>(Role.class);
    final Map<Role, Scope> notOwned = new EnumMap<>(Role.class);

    static MatrixWorld build() throws SQLException {
        return new MatrixWorld();
    }

    private MatrixWorld() throws SQLException {
        GroupFixture one = new GroupFixture();
        WebClient organiserOne = one.signedIn(one.organiser);
        String admin = TestDatabase.unique("admin") + "@kindred.test";
        long adminId = TestDatabase.createPerson(one.organisationId, "Ada Admin", admin, GroupFixture.PASSWORD, "ADMIN");
        long groupA = one.createGroup("peer-support", TestDatabase.unique("Group A"), 12, one.leadId, true);
        long groupB = one.createGroup("peer-support", TestDatabase.unique("Group B"), 12, one.otherLeadId, false);
        List<String> membersA = one.members(groupA, "Member", 2);
        String participant = membersA.get(0);
        long participantId = TestDatabase.personId(participant);
        String bystander = one.participants("Bystander", 1).get(0);
        long roomOne = one.createRoom(organiserOne, TestDatabase.unique("Room"), 120, 0, 0);

        Scope a = scope("A", one, organiserOne, groupA, roomOne, bystander,
                round(one, organiserOne, roomOne, one.leadId, List.of(participant, bystander)));
        Scope b = scope("B", one, organiserOne, groupB, roomOne, bystander,
                round(one, organiserOne, roomOne, one.otherLeadId, one.participants("Speaker", 2)));

        // the participant attended A's past session, so that its evaluation is theirs to answer,
        // and A's "before" wellbeing questionnaire is open to them
        WebClient leadA = one.signedIn(one.lead);
        Page marked = leadA.api("PUT", "/api/facilitator/attendance/" + a.get("occurrence"),
                "{\"marks\": [{\"personId\": %d, \"mark\": \"PRESENT\"}]}".formatted(participantId));
        assertEquals(200, marked.status(), marked.body());
        Page opened = leadA.api("POST", "/api/facilitator/wellbeing/" + groupA + "/before/opening", null);
        assertEquals(200, opened.status(), opened.body());

        GroupFixture two = new GroupFixture();
        WebClient organiserTwo = two.signedIn(two.organiser);
        long groupX = two.createGroup("peer-support", TestDatabase.unique("Group X"), 12, two.leadId, true);
        two.members(groupX, "Member", 1);
        long roomTwo = two.createRoom(organiserTwo, TestDatabase.unique("Room"), 120, 0, 0);
        String bystanderTwo = two.participants("Bystander", 1).get(0);
        Scope x = scope("X", two, organiserTwo, groupX, roomTwo, bystanderTwo,
                round(two, organiserTwo, roomTwo, two.leadId, two.participants("Speaker", 2)));

        // emails that failed for good, for the organiser to send again: one about group A, one about
        // no group in A's organisation, one about group X
        failed(groupA, false);
        failed(groupA, true);
        failed(groupX, false);

        clients.put(Role.ANONYMOUS, new WebClient());
        clients.put(Role.PARTICIPANT, one.signedIn(participant));
        clients.put(Role.FACILITATOR_A, leadA);
        clients.put(Role.FACILITATOR_B, one.signedIn(one.otherLead));
        clients.put(Role.ORGANISER, organiserOne);
        clients.put(Role.ADMIN, one.signedIn(admin));
        personIds.put(Role.PARTICIPANT, participantId);
        personIds.put(Role.FACILITATOR_A, one.leadId);
        personIds.put(Role.FACILITATOR_B, one.otherLeadId);
        personIds.put(Role.ORGANISER, TestDatabase.personId(one.organiser));
        personIds.put(Role.ADMIN, adminId);
        scopes(Role.ANONYMOUS, a, x);
        scopes(Role.PARTICIPANT, a, b);
        scopes(Role.FACILITATOR_A, a, b);
        scopes(Role.FACILITATOR_B, b, a);
        scopes(Role.ORGANISER, a, x);
        scopes(Role.ADMIN, a, x);
    }

    private static void failed(long group, boolean aboutNoGroup) throws SQLException {
        String id = TestDatabase.strings("SELECT id FROM outbox_message WHERE group_id = ? AND kind <> 'ALERT' "
                + "AND status <> 'FAILED' ORDER BY id", group).get(0);
        try (var db = TestDatabase.connect(); var fail = db.prepareStatement("UPDATE outbox_message SET status = "
                + "'FAILED', group_id = " + (aboutNoGroup ? "NULL" : "group_id") + " WHERE id = ?")) {
            fail.setLong(1, Long.parseLong(id));
            fail.executeUpdate();
        }
    }

    private void scopes(Role role, Scope own, Scope other) {
        owned.put(role, own);
        notOwned.put(role, other);
    }

    /**
     * {group}, {occurrence} (a past session: attendance, evaluation, plan, homework), {upcoming} and
     * {series} (a future one-off session, the one changes are tried on), {person} (someone in none
     * of the groups, for approvals and removals), {room}, {site}, {round} (a Schwartz Round of the
     * organisation), {roundSession} (its session), {token} (no valid link or feed).
     */
    private static Scope scope(String name, GroupFixture fixture, WebClient organiser, long group, long room,
                               String person, long round) throws SQLException {
        Map<String, String> values = new HashMap<>();
        values.put("group", String.valueOf(group));
        values.put("occurrence", String.valueOf(fixture.pastSession(group, 3)));
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(DAYS.incrementAndGet())
                .withHour(9).withMinute(0).withSecond(0).withNano(0);
        Page extra = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/m"}""".formatted(later));
        assertEquals(201, extra.status(), extra.body());
        String series = String.valueOf(extra.json().getJsonNumber("seriesId").longValue());
        values.put("series", series);
        values.put("upcoming", TestDatabase.strings("SELECT id FROM session_occurrence WHERE series_id = ?", series).get(0));
        values.put("person", String.valueOf(TestDatabase.personId(person)));
        values.put("room", String.valueOf(room));
        values.put("site", TestDatabase.strings("SELECT site_id FROM room WHERE id = ?", room).get(0));
        values.put("round", String.valueOf(round));
        values.put("roundSession", TestDatabase.strings("SELECT o.id FROM session_occurrence o JOIN schwartz_round r "
                + "ON r.round_series_id = o.series_id WHERE r.id = ?", round).get(0));
        values.put("token", "no-such-" + TestDatabase.unique("token"));
        return new Scope(name, Map.copyOf(values));
    }

    /** A Schwartz Round of the fixture's organisation, run by this facilitator, with this panel. */
    private static long round(GroupFixture fixture, WebClient organiser, long room, long facilitatorId,
                              List<String> panel) throws SQLException {
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        String clinicalLead = fixture.participants("Clinical lead", 1).get(0);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(DAYS.addAndGet(10))
                .withHour(12).withMinute(30).withSecond(0).withNano(0);
        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "A day I will not forget", "start": "%s", "roomId": %d,
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s"]}""".formatted(programme,
                start, room, facilitatorId, clinicalLead, panel.get(0), panel.get(1)));
        assertEquals(201, planned.status(), planned.body());
        return planned.json().getJsonNumber("id").longValue();
    }
}
