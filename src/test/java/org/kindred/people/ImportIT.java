package org.kindred.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Issue 21: an admin imports people from a CSV file: a preview that writes nothing, bad rows by line,
 * the import applied in the background with invitations through the outbox, the same file again
 * changing nothing, and an interrupted import resumed without doing a row twice.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aGoodFileIsPreviewedImportedOnceAndTheSameFileAgainChangesNothing() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String tag = TestDatabase.unique("imp");
        List<String> emails = new ArrayList<>();
        StringBuilder csv = new StringBuilder("name,Work Email,roles\n");
        for (int i = 1; i <= 3; i++) {
            String email = tag + "." + i + "@kindred.test";
            emails.add(email);
            csv.append("Imported ").append(i).append(',').append(email.toUpperCase()).append(',')
                    .append(i == 1 ? "Facilitator|participant" : "").append('\n');
        }
        csv.append("Lena Lead,").append(fixture.lead).append(",facilitator\n"); // as she is: unchanged
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long before = people(fixture);

        Page preview = admin.apiCsv("/api/admin/people/imports/preview", file);
        assertEquals(200, preview.status(), preview.body());
        JsonObject counts = preview.json();
        assertEquals(3, counts.getInt("created"));
        assertEquals(1, counts.getInt("unchanged"));
        assertEquals(0, counts.getInt("changed"));
        assertEquals(0, counts.getJsonArray("bad").size());
        assertEquals(before, people(fixture), "a preview writes nothing");
        MAIL.purgeEmailFromAllMailboxes();

        Page confirmed = admin.apiCsv("/api/admin/people/imports", file);
        assertEquals(200, confirmed.status(), confirmed.body());
        long importId = confirmed.json().getJsonNumber("importId").longValue();
        JsonObject state = finished(admin, importId);
        assertEquals(3, state.getInt("created"));
        assertEquals(before + 3, people(fixture));
        assertEquals(List.of("FACILITATOR", "PARTICIPANT"), TestDatabase.strings(
                "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ? ORDER BY r.role",
                emails.get(0)));
        assertEquals(List.of("0"), TestDatabase.strings(
                "SELECT COUNT(*) FROM people_import_row WHERE import_id = ?", importId), "rows deleted once finished");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE organisation_id = ? "
                + "AND action = 'IMPORT_PEOPLE' AND subject_id IS NULL", fixture.organisationId));

        List<MimeMessage> invitations = Mail.await(MAIL, emails, Duration.ofSeconds(20), m -> m.size() >= 3);
        assertEquals(3, invitations.size(), "one invitation each, through the outbox");
        assertTrue(GreenMailUtil.getBody(invitations.get(0)).contains("set-password.xhtml?token="));
        assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (?, ?, ?)",
                emails.get(0), emails.get(1), emails.get(2)));

        Page again = admin.apiCsv("/api/admin/people/imports/preview", file);
        assertEquals(4, again.json().getInt("unchanged"), again.body());
        Page reapplied = admin.apiCsv("/api/admin/people/imports", file);
        assertEquals(200, reapplied.status());
        assertTrue(!reapplied.json().containsKey("importId") || reapplied.json().isNull("importId"),
                "nothing to apply: " + reapplied.body());
        Thread.sleep(1000);
        assertEquals(3, Mail.to(MAIL, emails).size(), "no new mail");
        assertEquals(before + 3, people(fixture));
    }

    @Test
    void aBadFileNamesEachRowByLineAndWritesNothing() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String ok = TestDatabase.unique("ok") + "@kindred.test";
        byte[] file = ("email,name,roles\n" + ok + ",Oka Ok,\nnot-an-address,Bad Address,\n" + ok + ",Twice,\n"
                + TestDatabase.unique("r") + "@kindred.test,Role Less,wizard\n").getBytes(StandardCharsets.UTF_8);
        long before = people(fixture);
        Page preview = admin.apiCsv("/api/admin/people/imports/preview", file);
        assertEquals(200, preview.status(), preview.body());
        List<Integer> lines = preview.json().getJsonArray("bad").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getInt("line")).toList();
        assertEquals(List.of(3, 4, 5), lines, preview.body());
        assertTrue(preview.body().contains("line 2"), "the duplicate names the first line");
        Page refused = admin.apiCsv("/api/admin/people/imports", file);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(before, people(fixture), "nothing written");
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM people_import WHERE organisation_id = ?",
                fixture.organisationId));

        Page noHeader = admin.apiCsv("/api/admin/people/imports/preview", "just,text\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noHeader.status(), noHeader.body());
        assertTrue(noHeader.body().contains("first line must name the columns"), noHeader.body());
    }

    @Test
    void aBomAndSemicolonFileWorks() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String email = TestDatabase.unique("semi") + "@kindred.test";
        byte[] text = ("email;name;roles\n" + email + ";\"Zoë; Semicolon\";organiser|participant\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);
        Page confirmed = admin.apiCsv("/api/admin/people/imports", file);
        assertEquals(200, confirmed.status(), confirmed.body());
        finished(admin, confirmed.json().getJsonNumber("importId").longValue());
        assertEquals(List.of("Zoë; Semicolon"), TestDatabase.strings("SELECT display_name FROM person WHERE email = ?", email));
    }

    /**
     * An import a server stop cut short: its job and rows as the batches left them (the rows done were
     * applied and marked in the same transaction), with no worker on it. The admin sees it unfinished
     * and resumes it; the rows done are not applied again.
     */
    @Test
    void anInterruptedImportIsResumedFromItsFirstRowNotDone() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        long adminId = TestDatabase.personId(adminEmail);
        String tag = TestDatabase.unique("resume");
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            emails.add(tag + "." + i + "@kindred.test");
        }
        // rows 2 and 3 were applied before the stop: their people exist
        TestDatabase.createPerson(fixture.organisationId, "Resumed 1", emails.get(0), null, "PARTICIPANT");
        TestDatabase.createPerson(fixture.organisationId, "Resumed 2", emails.get(1), null, "PARTICIPANT");
        long importId;
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO people_import (organisation_id, started_by, "
                    + "content_sha256, status, total_rows, done_rows, created_count, created_at) "
                    + "VALUES (?, ?, ?, 'RUNNING', 5, 2, 2, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, fixture.organisationId);
                s.setLong(2, adminId);
                s.setString(3, "0".repeat(64));
                s.setTimestamp(4, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getLong(1);
                }
            }
            for (int i = 0; i < 5; i++) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO people_import_row (import_id, line_no, "
                        + "email, display_name, roles, active, done) VALUES (?, ?, ?, ?, 'PARTICIPANT', TRUE, ?)")) {
                    s.setLong(1, importId);
                    s.setInt(2, i + 2);
                    s.setString(3, emails.get(i));
                    s.setString(4, "Resumed " + (i + 1));
                    s.setBoolean(5, i < 2);
                    s.executeUpdate();
                }
            }
        }
        MAIL.purgeEmailFromAllMailboxes();
        Page state = admin.api("GET", "/api/admin/people/imports/" + importId, null);
        assertEquals("UNFINISHED", state.json().getString("state"), state.body());
        Page page = admin.get("/admin/import.xhtml");
        assertTrue(page.contains("Interrupted: resume it"), page.body());

        Page resumed = admin.api("POST", "/api/admin/people/imports/" + importId + "/resume", null);
        assertEquals(200, resumed.status(), resumed.body());
        JsonObject done = finished(admin, importId);
        assertEquals(5, done.getInt("doneRows"));
        assertEquals(5, done.getInt("created"));
        for (String email : emails) {
            assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM person WHERE email = ?", email));
        }
        List<MimeMessage> mail = Mail.await(MAIL, emails, Duration.ofSeconds(20), m -> m.size() >= 3);
        assertEquals(emails.subList(2, 5).stream().sorted().toList(),
                mail.stream().map(Mail::recipient).sorted().toList(), "invitations for the rows not done only");
        Page twice = admin.api("POST", "/api/admin/people/imports/" + importId + "/resume", null);
        assertEquals(409, twice.status(), "a finished import is not resumed");
    }

    @Test
    void theImportPagePreviewsAnUpload() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        Page page = admin.get("/admin/import.xhtml");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page.body());
        assertEquals(403, fixture.signedIn(fixture.organiser).get("/admin/import.xhtml").status());
        assertEquals(403, fixture.signedIn(fixture.organiser).apiCsv("/api/admin/people/imports/preview",
                "email,name\n".getBytes(StandardCharsets.UTF_8)).status(), "admins only");
    }

    private String adminEmail;

    private WebClient admin(GroupFixture fixture) throws Exception {
        adminEmail = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Ada Admin", adminEmail, GroupFixture.PASSWORD, "ADMIN");
        return fixture.signedIn(adminEmail);
    }

    private static long people(GroupFixture fixture) throws Exception {
        return Long.parseLong(TestDatabase.strings("SELECT COUNT(*) FROM person WHERE organisation_id = ?",
                fixture.organisationId).get(0));
    }

    private static JsonObject finished(WebClient admin, long importId) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(30);
        JsonObject state;
        do {
            Thread.sleep(200);
            state = admin.api("GET", "/api/admin/people/imports/" + importId, null).json();
        } while (!state.getString("state").equals("FINISHED") && Instant.now().isBefore(end));
        assertEquals("FINISHED", state.getString("state"), state.toString());
        return state;
    }
}
