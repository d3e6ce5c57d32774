package org.kindred.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;







import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Calendar replies that reach the scheduling mailbox while its IMAP server is down wait there: once
 * the server is back, each is applied exactly once, in the order they arrived.
 */
@ExtendWith(ArquillianExtension.class)
class ImapOutageIT {

    private static final String SCHEDULING = "scheduling@kindred.test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void repliesSentWhileTheMailboxCannotBeReadAreAppliedOnceWhenItIsBack() throws Exception {
        ServerSetup smtp = new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(Integer.getInteger("kindred.it.imap.port", 23143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        GreenMail mail = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(SCHEDULING, SCHEDULING, "imap-test-password"));
        mail.start();
        ImapServer revived = null;
        try {
            GroupFixture fixture = new GroupFixture();
            long group = fixture.createGroup("peer-support", TestDatabase.unique("Imap"), 12, fixture.leadId);
            List<String> members = fixture.members(group, "Replier", 3);
            WebClient organiser = fixture.signedIn(fixture.organiser);
            Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                    {"firstStart": "%sT10:00", "rrule": "FREQ=WEEKLY;COUNT=4", "onlineLink": "https://video.example/i"}"""
                    .formatted(LocalDate.now().plusWeeks(2)));
            assertEquals(201, created.status(), created.body());
            long series = created.json().getJsonNumber("seriesId").longValue();
            String uid = TestDatabase.strings("SELECT uid FROM session_series WHERE id = ?", series).get(0);

            mail.getImap().stopService();
            Thread.sleep(2500); // the poller finds the mailbox unreachable at least once
            // no DTSTAMP: each answer is stamped when it is read, so a reply read twice would show
            reply(mail, members.get(0), uid, "ACCEPTED");
            reply(mail, members.get(0), uid, "DECLINED"); // changes their mind: the later one counts
            reply(mail, members.get(1), uid, "DECLINED");
            reply(mail, members.get(2), uid, "TENTATIVE");
            Thread.sleep(3000); // several polls while the mailbox is down
            assertEquals(List.of(), answers(series), "nothing read while the mailbox is down");

            revived = new ImapServer(imap, mail.getManagers());
            revived.startService();
            assertTrue(revived.waitTillRunning(10_000), "IMAP back");
            long end = System.currentTimeMillis() + 30_000;
            while (answers(series).size() < 3 && System.currentTimeMillis() < end) {
                Thread.sleep(300);
            }
            List<String> expected = List.of(members.get(0) + " DECLINED", members.get(1) + " DECLINED",
                    members.get(2) + " TENTATIVE");
            assertEquals(expected, answers(series), "each reply applied, in the order they arrived");
            List<String> stamps = stamps(series);
            Thread.sleep(3000); // more polls: a reply read again would be stamped again
            assertEquals(stamps, stamps(series), "each reply applied once");
            assertEquals(expected, answers(series));
            Store store = revived.createStore();
            store.connect(SCHEDULING, "imap-test-password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertEquals(4, inbox.getMessageCount());
                assertEquals(0, inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length,
                        "every reply marked read");
                inbox.close(false);
            } finally {
                store.close();
            }
        } finally {
            if (revived != null) {
                revived.stopService();
            }
            mail.stop();
        }
    }

    private static List<String> answers(long series) throws Exception {
        return TestDatabase.strings("SELECT CONCAT(p.email, ' ', r.part_stat) FROM calendar_response r "
                + "JOIN person p ON p.id = r.person_id WHERE r.series_id = ? ORDER BY p.email", series);
    }

    private static List<String> stamps(long series) throws Exception {
        return TestDatabase.strings("SELECT CONCAT(person_id, ' ', answered_at) FROM calendar_response "
                + "WHERE series_id = ? ORDER BY person_id", series);
    }

    /** A REPLY as a calendar client sends it, through the SMTP server into the scheduling mailbox. */
    private static void reply(GreenMail mail, String from, String uid, String partStat) throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test client//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                + "UID:" + uid + "\r\nSEQUENCE:0\r\nATTENDEE;PARTSTAT=" + partStat + ":mailto:" + from + "\r\n"
                + "ORGANIZER:mailto:" + SCHEDULING + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Mail.sendReply(mail, from, SCHEDULING, calendar);
    }
}
