package org.kindred.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * A thousand malformed iTIP REPLYs (mutations of a valid one, generated from a seed) put into the
 * scheduling mailbox that the application reads over IMAP, as in production: every one is rejected,
 * nothing in the database changes, and the log says only that a message was rejected, never what it
 * held. A valid reply afterwards is recorded, so the pipeline was reading all along.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedRepliesIT {

    static final String SCHEDULING = "scheduling@kindred.test";
    static final long SEED = 20261123L;
    static final int COUNT = 1000;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("kindred.it.imap.port", 23143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SCHEDULING, SCHEDULING, "imap-test-password"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aThousandMalformedRepliesAreRejectedAndChangeNothing() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, fixture.leadId);
        List<String> members = fixture.members(group, "Member", 2);
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Reply Room", 14, 0, 0);
        LocalDate first = LocalDate.now().plusWeeks(80);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT12:30", "rrule": "FREQ=WEEKLY;COUNT=6", "roomId": %d}""".formatted(first, room));
        assertEquals(201, created.status(), created.body());
        long series = created.json().getJsonNumber("seriesId").longValue();
        String uid = TestDatabase.strings("SELECT uid FROM session_series WHERE id = ?", series).get(0);
        int sequence = Integer.parseInt(TestDatabase.strings("SELECT sequence_no FROM session_series WHERE id = ?", series).get(0));
        MalformedReplies.Reply valid = new MalformedReplies.Reply(uid, members.get(0), members.get(1), SCHEDULING, sequence, null);

        List<MalformedReplies.Case> cases = MalformedReplies.generate(valid, SEED, COUNT);
        Map<String, String> before = BadInputFixture.snapshot();
        Path log = Path.of(System.getProperty("kindred.it.payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");
        long logStart = Files.size(log);
        GreenMailUser mailbox = MAIL.getUserManager().getUser(SCHEDULING);
        Session session = Session.getInstance(new Properties());
        Instant started = Instant.now();
        for (int i = 0; i < cases.size(); i++) {
            mailbox.deliver(message(session, cases.get(i), i));
        }
        assertTrue(awaitAllRead(mailbox, Duration.ofSeconds(150)), "the application read every message: "
                + unread(mailbox) + " left unread after " + Duration.between(started, Instant.now()).toSeconds() + " s");
        System.out.println("malformed replies: " + cases.size() + " read in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");

        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM calendar_response WHERE series_id = ?", series),
                "a malformed reply recorded an answer");
        assertEquals(before, BadInputFixture.snapshot(), "malformed replies changed stored rows");

        // The log: a line per rejected message at most, naming it by its mailbox number, and nothing it held.
        String logged = read(log, logStart);
        List<String> leaks = new ArrayList<>();
        for (String secret : List.of(members.get(0), members.get(1), uid, "stranger", "elsewhere", "MAYBE", "Olympus",
                "NNNNNNNNNN", "xxxxxxxxxx", "SEVERE", "\tat ", "Caused by")) {
            if (logged.contains(secret)) {
                int at = logged.indexOf(secret);
                leaks.add(secret + " in: " + logged.substring(Math.max(0, at - 300), Math.min(logged.length(), at + 100)));
            }
        }
        assertTrue(leaks.isEmpty(), "the log of the malformed replies:\n" + String.join("\n", leaks));

        // and the mailbox was read all along: a valid reply is recorded
        mailbox.deliver(message(session, new MalformedReplies.Case("valid", members.get(0),
                valid.text("DECLINED").getBytes(StandardCharsets.UTF_8), "text/calendar; method=REPLY; charset=UTF-8"), COUNT));
        Instant end = Instant.now().plusSeconds(30);
        List<String> recorded = List.of();
        while (Instant.now().isBefore(end) && recorded.isEmpty()) {
            Thread.sleep(300);
            recorded = TestDatabase.strings("SELECT part_stat FROM calendar_response WHERE series_id = ?", series);
        }
        assertEquals(List.of("DECLINED"), recorded, "the valid reply after them");
    }

    private static MimeMessage message(Session session, MalformedReplies.Case reply, int index) throws Exception {
        MimeMessage message = new MimeMessage(session);
        if (reply.from() == null) {
            message.addFrom(new InternetAddress[] {new InternetAddress("first@elsewhere.example"),
                    new InternetAddress("second@elsewhere.example")});
        } else {
            message.setFrom(new InternetAddress(reply.from()));
        }
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(SCHEDULING));
        message.setSubject("Reply " + index + " (" + reply.kind() + ")");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Answer", "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(reply.calendar(), reply.contentType())));
        alternative.addBodyPart(part);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static boolean awaitAllRead(GreenMailUser mailbox, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (unread(mailbox) == 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static long unread(GreenMailUser mailbox) throws Exception {
        List<StoredMessage> messages = MAIL.getManagers().getImapHostManager().getInbox(mailbox).getMessages();
        return messages.stream().filter(m -> !m.getFlags().contains(Flags.Flag.SEEN)).count();
    }

    private static String read(Path log, long from) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length < from) {
                from = 0; // rotated
            }
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
