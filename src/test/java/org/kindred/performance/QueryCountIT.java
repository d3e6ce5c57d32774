package org.kindred.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * No page sends a query per row: the facilitator's dashboard, a group's roster and the report send the
 * same number of SQL statements for a group of 1 member as for 200, and for a facilitator with 1 group
 * as for 20. Counted by the server's statement-count diagnostic (kindred.diagnostics.count-statements,
 * on for the integration tests), which logs each request's count with the trace header sent here.
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

    /**
     * Today's counts, as ceilings, so that a new query on any of these pages fails here too; the budget
     * is 6 per page (docs/performance.md). The dashboard: the caller, the groups led with the caller's
     * role and rules version, member counts, not-accepted counts, the facilitator profile. The roster
     * (with its calendar-title and evaluation-timing forms, read with the group): the caller, the group
     * if led by the caller, the rules version, its acceptances, the members with their names. The report:
     * the caller, the groups, attendance counts, answers per statement, responses.
     */
    static final Map<String, Integer> CEILINGS = Map.of("dashboard", 5, "roster", 5, "report", 5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void pagesCostTheSameWhateverTheSizeOfTheGroupOrTheNumberOfGroups() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Counted"), 12, fixture.leadId);
        addMembers(fixture, group, 1);
        WebClient lead = fixture.signedIn(fixture.lead);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/facilitator/index.xhtml");
        pages.put("roster", "/facilitator/group.xhtml?id=" + group);
        pages.put("report", "/reports/index.xhtml");
        Map<String, Integer> small = new LinkedHashMap<>();
        pages.forEach((name, path) -> small.put(name, statements(lead, path)));

        addMembers(fixture, group, 199);
        try (Connection db = TestDatabase.connect(); PreparedStatement limit = db.prepareStatement(
                "INSERT INTO facilitator_profile (person_id, max_groups) VALUES (?, 20) "
                        + "ON DUPLICATE KEY UPDATE max_groups = 20")) {
            limit.setLong(1, fixture.leadId);
            limit.executeUpdate();
        }
        for (int i = 0; i < 19; i++) {
            fixture.createGroup("peer-support", TestDatabase.unique("Counted"), 12, fixture.leadId);
        }
        Map<String, Integer> large = new LinkedHashMap<>();
        pages.forEach((name, path) -> large.put(name, statements(lead, path)));

        System.out.println("statements per page, 1 member and 1 group: " + small + "; 200 members and 20 groups: " + large);
        assertEquals(small, large, "a page's statements grow with the data: a query per row");
        large.forEach((name, count) -> assertTrue(count <= CEILINGS.get(name),
                name + " sends " + count + " statements, more than its " + CEILINGS.get(name)));
    }

    /** The statements of the page's second request (the first may fill caches), from the server log. */
    private static int statements(WebClient client, String path) {
        client.get(path);
        String trace = UUID.randomUUID().toString();
        Page page = client.getTraced(path, trace);
        assertEquals(200, page.status(), path + ": " + page.body());
        Pattern line = Pattern.compile("statements=(\\d+) GET \\S+ trace=" + trace);
        long end = System.currentTimeMillis() + 10_000;
        try {
            while (System.currentTimeMillis() < end) {
                Matcher found = line.matcher(Files.readString(serverLog(), StandardCharsets.UTF_8));
                if (found.find()) {
                    return Integer.parseInt(found.group(1));
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no statement count logged for " + path);
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("kindred.it.payara.home", "../target/it-server/payara6"),
                "glassfish", "domains", "domain1", "logs", "server.log");
    }

    /** Members added straight to the database, each holding a seat; the group grows to fit them. */
    private static void addMembers(GroupFixture fixture, long group, int count) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            int seats;
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM group_seat WHERE group_id = ?")) {
                s.setLong(1, group);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    seats = r.getInt(1);
                }
            }
            int members = Integer.parseInt(TestDatabase.strings(
                    "SELECT COUNT(*) FROM membership WHERE group_id = ?", group).get(0));
            try (PreparedStatement grow = db.prepareStatement("INSERT INTO group_seat (group_id, seat_no) VALUES (?, ?)")) {
                for (int seat = seats + 1; seat <= members + count; seat++) {
                    grow.setLong(1, group);
                    grow.setInt(2, seat);
                    grow.addBatch();
                }
                grow.executeBatch();
            }
            try (PreparedStatement max = db.prepareStatement(
                    "UPDATE support_group SET max_members = GREATEST(max_members, ?) WHERE id = ?")) {
                max.setInt(1, members + count);
                max.setLong(2, group);
                max.executeUpdate();
            }
            for (int i = 0; i < count; i++) {
                long person = TestDatabase.createPerson(fixture.organisationId, "Counted Member " + i,
                        TestDatabase.unique("counted") + "@kindred.test", null, "PARTICIPANT");
                long membership;
                try (PreparedStatement join = db.prepareStatement("INSERT INTO membership (group_id, person_id, status, "
                        + "created_at) VALUES (?, ?, 'MEMBER', ?)", Statement.RETURN_GENERATED_KEYS)) {
                    join.setLong(1, group);
                    join.setLong(2, person);
                    join.setTimestamp(3, Timestamp.from(Instant.now()));
                    join.executeUpdate();
                    try (ResultSet keys = join.getGeneratedKeys()) {
                        keys.next();
                        membership = keys.getLong(1);
                    }
                }
                try (PreparedStatement seat = db.prepareStatement("UPDATE group_seat SET membership_id = ? "
                        + "WHERE group_id = ? AND membership_id IS NULL ORDER BY seat_no LIMIT 1")) {
                    seat.setLong(1, membership);
                    seat.setLong(2, group);
                    assertEquals(1, seat.executeUpdate());
                }
            }
        }
    }
}
