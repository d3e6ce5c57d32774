package org.kindred.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Admins export the audit log of a range of days (the organisation's zone, both ends included) as CSV:
 * every entry, not only the newest 500, oldest first, ids only; a bad range is refused with a message
 * and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AuditExportIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void anExportHoldsEveryEntryOfItsDaysInOrderWithIdsOnly() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String admin = TestDatabase.unique("admin") + "@kindred.test";
        String adminName = "Audrey " + TestDatabase.unique("Exporter");
        long adminId = TestDatabase.createPerson(fixture.organisationId, adminName, admin, GroupFixture.PASSWORD, "ADMIN");
        // 1 July to 3 July 2025 in London (BST): 30 June 23:00 UTC up to 3 July 23:00 UTC
        LocalDateTime first = LocalDateTime.of(2025, 7, 1, 0, 0).atZone(LONDON).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        int inside = 620;
        try (var db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit_entry (organisation_id, at, actor_id, action, group_id, occurrence_id, subject_id,"
                        + " allowed) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            for (int i = 0; i < inside; i++) {
                // spread over the three days, newest inserted first, so that the order is the export's own
                LocalDateTime at = first.plusMinutes(3 * 24 * 60 - 1).minusMinutes(i * 6L);
                add(insert, fixture.organisationId, at, i % 2 == 0 ? fixture.leadId : adminId,
                        i % 2 == 0 ? "VIEW_ATTENDANCE" : "CHANGE_ROLES", i % 2 == 0 ? null : fixture.otherLeadId, i % 7 != 0);
            }
            add(insert, fixture.organisationId, first, adminId, "CHANGE_ROLES", null, true); // 1 July, 00:00 in London
            add(insert, fixture.organisationId, first.minusNanos(1000), adminId, "CHANGE_ROLES", null, true); // 30 June
            add(insert, fixture.organisationId, first.plusDays(3), adminId, "CHANGE_ROLES", null, true); // 4 July
            insert.executeBatch();
        }

        WebClient client = fixture.signedIn(admin);
        Page csv = client.get("/api/admin/audit/export?from=2025-07-01&to=2025-07-03");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").get(0).startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.header("Content-Disposition").get(0).startsWith("attachment"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\"at\",\"actor_id\",\"action\",\"group_id\",\"occurrence_id\",\"subject_id\",\"allowed\"", lines[0]);
        assertEquals(1 + inside + 1, lines.length, "every entry of the three days, and no other");
        List<String> ats = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            assertEquals(7, fields.length, lines[i]);
            ats.add(fields[0]);
        }
        List<String> sorted = new ArrayList<>(ats);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, ats, "oldest first");
        assertEquals("\"2025-06-30T23:00:00Z\"", ats.get(0), "the first moment of 1 July in London, in UTC");
        for (String name : List.of(adminName, admin, "Lena Lead", fixture.lead, "Omar Other", fixture.otherLead)) {
            assertFalse(csv.body().contains(name), name + " in the export");
        }
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_AUDIT'"
                + " AND actor_id = ?", adminId), "the export is audited");

        for (String bad : List.of("from=2025-07-03&to=2025-07-01", "from=yesterday&to=2025-07-01", "to=2025-07-01",
                "from=2025-02-30&to=2025-03-01")) {
            Page refused = client.get("/api/admin/audit/export?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("\"error\""), refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_AUDIT'"
                + " AND actor_id = ?", adminId), "a refused export writes nothing");
        assertEquals(403, fixture.signedIn(fixture.lead).get("/api/admin/audit/export?from=2025-07-01&to=2025-07-03").status());
        Page page = client.get("/admin/audit.xhtml");
        assertEquals(200, page.status());
        Page wrong = client.submit(page, "export", Map.of("from", "2025-07-03", "to", "2025-07-01"), "download");
        assertEquals(200, wrong.status());
        assertTrue(wrong.contains("The last day is before the first day."), "beside the field: " + wrong.body());
        Page good = client.submit(page, "export", Map.of("from", "2025-07-01", "to", "2025-07-03"), "download");
        assertEquals(302, good.status(), good.body());
        assertTrue(good.location().endsWith("/api/admin/audit/export?from=2025-07-01&to=2025-07-03"), good.location());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_AUDIT'"
                + " AND actor_id = ?", adminId), "the form only checks; the download audits");
    }

    private static void add(PreparedStatement insert, long organisation, LocalDateTime at, long actor, String action,
                            Long subject, boolean allowed) throws Exception {
        insert.setLong(1, organisation);
        insert.setObject(2, at);
        insert.setLong(3, actor);
        insert.setString(4, action);
        if (subject == null) {
            insert.setNull(5, java.sql.Types.BIGINT);
        } else {
            insert.setLong(5, subject);
        }
        insert.setBoolean(6, allowed);
        insert.addBatch();
    }
}
