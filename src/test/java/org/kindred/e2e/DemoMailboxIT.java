package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;
import org.openqa.selenium.By;

/**
 * The demo mailbox as someone trying Kindred sees it, on a demo-mode server of its own (the run
 * command's script, on the embedded database, with its seeded data and 595 messages): paged, filtered
 * by recipient, each invitation as a card whose .eml and .ics download and parse, and whose Accept
 * button records the member's answer. Checked with axe-core in Chromium.
 */
class DemoMailboxIT {

    /** Beside the build's own server (kindred.it.http.port - 8080), clear of its mail ports. */
    private static final int OFFSET = Integer.getInteger("kindred.it.http.port", 28080) - 8080 + 600;
    private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);
    private static final Path PAYARA = Path.of(System.getProperty("kindred.it.smoke.payara.home",
            "../target/smoke-server/payara6"));
    private static final Path DATA = Path.of(System.getProperty("kindred.it.smoke.data", "../target/smoke-data"))
            .resolveSibling("mailbox-demo-data");
    private static final String ADMIN = "ada.admin@demo.kindred.test";
    private static final String PASSWORD = "kindred-demo";
    private static final Pattern ICS = Pattern.compile("/demo/mail/(\\d+)\\.ics");
    private static final Pattern TO = Pattern.compile("To ([^ <]+@demo\\.kindred\\.test) ");

    @Test
    void invitationsArePagedDownloadableAndAnsweredFromTheirCard() throws Exception {
        deleteRecursively(DATA);
        String started = script("run-demo", Path.of(System.getProperty("kindred.it.war", "../target/kindred.war"))
                .toAbsolutePath().toString());
        assertTrue(started.contains("Kindred is running"), started);

        WebClient admin = new WebClient(BASE);
        assertEquals(302, admin.signIn(ADMIN, PASSWORD).status());
        Page mailbox = awaitInvitations(admin);
        assertTrue(mailbox.body().contains("page 1 of"), "paged: " + mailbox.body());
        long articles = Pattern.compile("<article class=\"mail\"").matcher(mailbox.body()).results().count();
        assertEquals(20, articles, "twenty messages a page, not all of them");
        assertTrue(mailbox.contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\""), "HTML in a sandbox");
        assertTrue(mailbox.contains("id=\"older\""), "a link to older messages");
        assertEquals(200, admin.get("/demo/mailbox.xhtml?page=2").status());
        assertEquals(200, admin.get("/demo/mailbox.xhtml?page=not-a-number").status(), "bad input is no error");

        // the newest invitation: its recipient, its .ics and its .eml
        int from = mailbox.body().indexOf("invitation-card");
        Matcher ics = ICS.matcher(mailbox.body());
        assertTrue(ics.find(from), "an invitation card with its .ics");
        String number = ics.group(1);
        int article = mailbox.body().lastIndexOf("<article", ics.start());
        Matcher to = TO.matcher(mailbox.body());
        assertTrue(to.find(article), "the recipient");
        String member = to.group(1);

        Page calendarFile = admin.get("/demo/mail/" + number + ".ics");
        assertEquals(200, calendarFile.status(), "message " + number + ": " + calendarFile.body());
        assertTrue(calendarFile.header("Content-Type").get(0).startsWith("text/calendar; method=REQUEST"),
                calendarFile.header("Content-Type").toString());
        assertTrue(calendarFile.header("Content-Disposition").get(0).startsWith("attachment"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(calendarFile.body()));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponents(Component.VEVENT).get(0);
        assertTrue(event.getProperty(Property.SUMMARY).isPresent());

        Page mailFile = admin.get("/demo/mail/" + number + ".eml");
        assertEquals(200, mailFile.status());
        assertTrue(mailFile.header("Content-Type").get(0).startsWith("message/rfc822"));
        assertTrue(mailFile.header("Content-Disposition").get(0).startsWith("attachment"));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mailFile.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(member, message.getAllRecipients()[0].toString());
        String part = calendarPart(message);
        assertNotNull(part, "the .eml carries the calendar part");
        Calendar fromMail = new CalendarBuilder().build(new StringReader(part));
        assertEquals(event.getProperty(Property.UID).orElseThrow().getValue(),
                ((VEvent) fromMail.getComponents(Component.VEVENT).get(0)).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(404, admin.get("/demo/mail/999999.eml").status());
        assertEquals(404, admin.get("/demo/mail/x.ics").status());

        // the filter: only this member's mail
        Page filtered = admin.get("/demo/mailbox.xhtml?to=" + member);
        Matcher recipients = TO.matcher(filtered.body());
        int seen = 0;
        while (recipients.find()) {
            assertEquals(member, recipients.group(1));
            seen++;
        }
        assertTrue(seen > 0, filtered.body());

        // a participant cannot download anything from the mailbox
        WebClient participant = new WebClient(BASE);
        assertEquals(302, participant.signIn("pat.participant@demo.kindred.test", PASSWORD).status());
        assertEquals(403, participant.get("/demo/mail/" + number + ".ics").status());

        // Accept on the card, in Chromium, with axe on every page; the member's own export shows the answer
        long before = answers(member);
        try (Browser browser = new Browser(Browser.DESKTOP, BASE.replace("127.0.0.1", "localhost"))) {
            browser.signIn(ADMIN, PASSWORD);
            browser.open("/demo/mailbox.xhtml?to=" + member);
            String card = "article[data-number='" + number + "'] a.answer.accept";
            assertFalse(browser.all(By.cssSelector(card)).isEmpty(), "the card has Accept");
            browser.click(By.cssSelector(card));
            browser.click("rsvp:confirm");
            assertTrue(browser.text().contains("will attend"), browser.text());
        }
        assertEquals(before + 1, answers(member), "the member's export holds one more accepted answer");
    }

    /** How many accepted answers the member's own data export (Your data) holds. */
    private static long answers(String member) {
        WebClient client = new WebClient(BASE);
        assertEquals(302, client.signIn(member, PASSWORD).status());
        Page data = client.api("GET", "/api/account/data", null);
        assertEquals(200, data.status(), data.body());
        return Pattern.compile("\"ACCEPTED\"").matcher(data.body()).results().count();
    }

    /** The outbox sends the seeded mail in the background: waits for the first invitation. */
    private static Page awaitInvitations(WebClient admin) throws InterruptedException {
        Page page = null;
        for (int i = 0; i < 120; i++) {
            page = admin.get("/demo/mailbox.xhtml");
            if (page.status() == 200 && page.contains("invitation-card") && page.contains("id=\"older\"")) {
                return page;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no invitation in the demo mailbox: " + (page == null ? "" : page.body()));
    }

    private static String calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @AfterAll
    static void stop() throws Exception {
        script("stop");
    }

    private static String script(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("kindred-mailbox", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("../config/payara/local-server.sh").toString());
        builder.command().addAll(List.of(args));
        builder.environment().keySet().removeIf(name -> name.startsWith("KINDRED_"));
        builder.environment().put("PAYARA_HOME", PAYARA.toAbsolutePath().toString());
        builder.environment().put("KINDRED_PORT_OFFSET", String.valueOf(OFFSET));
        builder.environment().put("KINDRED_DATA_DIR", DATA.toAbsolutePath().toString());
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(8, TimeUnit.MINUTES), "the run script finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
