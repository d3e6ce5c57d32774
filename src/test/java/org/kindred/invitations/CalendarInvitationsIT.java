package org.kindred.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * A twelve-member group's weekly series through a real SMTP and IMAP server (GreenMail): one message
 * per person naming only them, the changes that follow, answers by iMIP REPLY and by signed link,
 * leaving and joining, feeds and reminders.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarInvitationsIT {

    static final String SCHEDULING = "scheduling@kindred.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("kindred.it.imap.port", 23143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SCHEDULING, SCHEDULING, "imap-test-password"));

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ACCEPT = Pattern.compile("I will attend: (http\\S+)");
    private static final Pattern DECLINE = Pattern.compile("I cannot attend: (http\\S+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    /** Tuesdays from a little over a month ahead, ten weeks: the series crosses no DST change or one, either is fine. */
    private static LocalDate firstTuesday() {
        return LocalDate.now().plusWeeks(5).with(TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
    }

    @Test
    void aTwelveMemberGroupGetsTwelvePrivateInvitationsAndEveryChangeFollows() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String groupName = TestDatabase.unique("Cardiology Peer Support");
        long group = fixture.createGroup("peer-support", groupName, 12, fixture.leadId);
        List<String> members = fixture.participants("Member", 12);
        for (String member : members) {
            assertEquals(200, fixture.signedIn(member).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Quiet Room", 14, 0, 0);
        LocalDate first = firstTuesday();
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT12:30", "rrule": "FREQ=WEEKLY;COUNT=10", "roomId": %d}""".formatted(first, room));
        assertEquals(201, created.status(), created.body());

        // 1. twelve separate messages, each naming only its recipient, structured as the brief says
        List<MimeMessage> invitations = requests(Mail.await(MAIL, members, WAIT, m -> requests(m).size() >= 12));
        assertEquals(12, invitations.size());
        Set<String> messageIds = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        String uid = null;
        int requestSequence = -1;
        for (MimeMessage message : invitations) {
            String to = Mail.recipient(message);
            recipients.add(to);
            messageIds.add(message.getMessageID());
            assertEquals(1, Mail.recipientCount(message), "one recipient per message");
            assertEquals("multipart/mixed[multipart/alternative[text/plain,text/html,text/calendar],application/ics]",
                    Mail.structure(message));
            assertTrue(Mail.part(message, "text/calendar").getContentType().contains("method=REQUEST"),
                    Mail.part(message, "text/calendar").getContentType());
            String ics = Mail.calendar(message);
            assertTrue(ics.contains("\r\n") && !ics.replace("\r\n", "").contains("\n"), "CRLF line ends");
            ICalendar calendar = Biweekly.parse(ics).first();
            assertEquals("REQUEST", calendar.getMethod().getValue());
            assertEquals(1, calendar.getEvents().size());
            VEvent event = calendar.getEvents().get(0);
            assertEquals(1, event.getAttendees().size(), "no other member is listed");
            assertEquals(to, event.getAttendees().get(0).getEmail());
            assertTrue(Mail.unfold(ics).contains("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + to));
            assertEquals(SCHEDULING, event.getOrganizer().getEmail());
            assertEquals("Reflective practice session", event.getSummary().getValue(), "a discreet title by default");
            assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"), ics);
            assertTrue(Mail.unfold(ics).contains("DTSTART;TZID=Europe/London:" + first.toString().replace("-", "") + "T123000"));
            assertTrue(Mail.value(ics, "RRULE").startsWith("FREQ=WEEKLY;COUNT=10"), Mail.value(ics, "RRULE"));
            assertTrue(ics.contains("BEGIN:VALARM"));
            String everything = Mail.text(Mail.part(message, "text/plain")) + Mail.text(Mail.part(message, "text/html")) + ics;
            assertFalse(everything.contains(groupName), "the group's name stays out of the invitation");
            for (String other : members) {
                assertTrue(other.equals(to) || !everything.contains(other), "another member's address in the mail");
            }
            assertFalse(everything.contains("Member "), "no member's name");
            uid = event.getUid().getValue();
            requestSequence = Integer.parseInt(Mail.value(ics, "SEQUENCE"));
        }
        assertEquals(Set.copyOf(members), recipients);
        assertEquals(12, messageIds.size(), "each message has its own Message-ID");
        Page delivery = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/invitations", null);
        assertEquals(200, delivery.status(), delivery.body());

        // 2. cancelling one occurrence sends CANCEL with RECURRENCE-ID and a higher SEQUENCE
        List<JsonObject> sessions = sessions(organiser, group);
        long third = sessions.get(2).getJsonNumber("occurrenceId").longValue();
        String thirdStart = sessions.get(2).getString("start");
        Page cancelled = organiser.api("POST", "/api/organiser/schedule/occurrences/" + third + "/cancellation",
                "{\"reason\": \"Room closed for a deep clean\"}");
        assertTrue(cancelled.status() < 300, cancelled.body());
        List<MimeMessage> cancels = Mail.await(MAIL, members, WAIT,
                m -> m.stream().filter(CalendarInvitationsIT::isCancel).count() >= 12)
                .stream().filter(CalendarInvitationsIT::isCancel).toList();
        assertEquals(12, cancels.size());
        String recurrenceId = LocalDateTime.parse(thirdStart).toString().replace("-", "").replace(":", "") + "00";
        for (MimeMessage cancel : cancels) {
            String ics = Mail.calendar(cancel);
            assertEquals("CANCEL", Mail.value(ics, "METHOD"));
            assertEquals("CANCELLED", Mail.value(ics, "STATUS"));
            assertEquals(uid, Mail.value(ics, "UID"));
            assertTrue(Mail.unfold(ics).contains("RECURRENCE-ID;TZID=Europe/London:" + recurrenceId), ics);
            assertTrue(Integer.parseInt(Mail.value(ics, "SEQUENCE")) > requestSequence);
            assertFalse(Mail.text(Mail.part(cancel, "text/plain")).contains("deep clean"), "no reason in the email");
        }

        // 3. a REPLY in the scheduling mailbox changes the stored answer; garbage before it is skipped
        WebClient lead = fixture.signedIn(fixture.lead);
        long second = sessions.get(1).getJsonNumber("occurrenceId").longValue();
        assertEquals(0, headcount(lead, second).getInt("declined"));
        reply(members.get(0), "this is not a calendar at all");
        reply(members.get(1), reply(uid, members.get(0), "DECLINED")); // forged: not the sender's own answer
        reply(members.get(2), reply("nobody@elsewhere", members.get(2), "DECLINED")); // unknown UID
        reply(fixture.otherLead, reply(uid, fixture.otherLead, "ACCEPTED")); // not invited
        reply(members.get(0), reply(uid, members.get(0), "DECLINED"));
        JsonObject counted = awaitHeadcount(lead, second, h -> h.getInt("declined") == 1);
        assertEquals(1, counted.getInt("declined"), counted.toString());
        assertEquals(12, counted.getInt("invited"));
        assertEquals(11, counted.getInt("expected"));
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM calendar_response r JOIN person p "
                + "ON p.id = r.person_id WHERE p.email IN (?, ?)", fixture.otherLead, members.get(1)),
                "the forged and the uninvited replies changed nothing");

        // 4. the signed link: confirm, then a replay and a forgery are refused
        MimeMessage secondMembers = invitations.stream().filter(m -> Mail.recipient(m).equals(members.get(1))).findFirst().orElseThrow();
        String accept = Mail.link(secondMembers, ACCEPT).replaceFirst("http://[^/]+", "");
        WebClient anonymous = new WebClient();
        Page question = anonymous.get(accept);
        assertEquals(200, question.status());
        assertTrue(question.contains("Yes, I will attend"), question.body());
        assertEquals(0, headcount(lead, second).getInt("accepted"), "opening the link changes nothing");
        Page confirmed = anonymous.submit(question, "rsvp", Map.of(), "confirm");
        assertTrue(confirmed.contains("We have noted that you"), confirmed.body());
        assertEquals(1, headcount(lead, second).getInt("accepted"));
        Page replayed = new WebClient().get(accept);
        assertTrue(replayed.contains("already been used"), replayed.status() + " " + replayed.uri() + "\n" + replayed.body());
        assertFalse(replayed.contains("Yes, I will attend"));
        String forged = accept.substring(0, accept.length() - 3) + (accept.endsWith("AAA") ? "BBB" : "AAA");
        assertTrue(new WebClient().get(forged).contains("This link is not valid"));

        Page sessionsPage = lead.get("/facilitator/sessions.xhtml");
        assertEquals(200, sessionsPage.status());
        assertTrue(sessionsPage.contains("Expected 11 of 12"), "the headcount on the facilitator's page");
        Page failedPage = organiser.get("/organiser/invitations.xhtml");
        assertEquals(200, failedPage.status());
        assertTrue(failedPage.contains("Every email has been delivered."), failedPage.body());
        assertTrue(organiser.get("/organiser/schedule.xhtml?group=" + group).contains("Invitation emails:"));

        // 5. the facilitator of another group sees no headcount here
        assertEquals(404, fixture.signedIn(fixture.otherLead)
                .api("GET", "/api/facilitator/sessions/" + second + "/headcount", null).status());

        // 6. a member who leaves gets a CANCEL for the series, and nobody else hears of it
        String leaver = members.get(11);
        int before = calendarMail(Mail.to(MAIL, members.subList(0, 11))).size();
        Page left = fixture.signedIn(leaver).api("POST", "/api/participant/groups/" + group + "/leave", null);
        assertTrue(left.status() < 300, left.body());
        List<MimeMessage> toLeaver = Mail.await(MAIL, List.of(leaver), WAIT, m -> m.stream().filter(CalendarInvitationsIT::isCancel).count() >= 2);
        MimeMessage leaving = toLeaver.stream().filter(CalendarInvitationsIT::isCancel)
                .filter(m -> !calendarOf(m).contains("RECURRENCE-ID")).findFirst().orElseThrow();
        String leavingIcs = Mail.calendar(leaving);
        assertEquals(uid, Mail.value(leavingIcs, "UID"));
        assertNull(Mail.value(leavingIcs, "RECURRENCE-ID"));
        int leavingSequence = Integer.parseInt(Mail.value(leavingIcs, "SEQUENCE"));

        // 7. a newcomer gets the whole series as it stands: the cancelled date as an EXDATE; the
        //    facilitator has chosen to show the group's name instead of the neutral title
        Page titled = lead.api("PUT", "/api/facilitator/sessions/groups/" + group + "/calendar-title", "{\"discreet\": false}");
        assertEquals(204, titled.status(), titled.body());
        String newcomer = fixture.participants("Newcomer", 1).get(0);
        assertEquals(200, fixture.signedIn(newcomer).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        MimeMessage welcome = requests(Mail.await(MAIL, List.of(newcomer), WAIT, m -> !requests(m).isEmpty())).get(0);
        String welcomeIcs = Mail.calendar(welcome);
        assertEquals(uid, Mail.value(welcomeIcs, "UID"));
        assertTrue(Mail.unfold(welcomeIcs).contains("EXDATE;TZID=Europe/London:" + recurrenceId), welcomeIcs);
        assertEquals(groupName, Mail.value(welcomeIcs, "SUMMARY"));
        assertTrue(Integer.parseInt(Mail.value(welcomeIcs, "SEQUENCE")) > leavingSequence,
                "a later invitation outranks the cancellation sent to a leaver");
        assertEquals(before, calendarMail(Mail.to(MAIL, members.subList(0, 11))).size(), "the others heard nothing");

        // 8. a private feed: PUBLISH, no attendees; a new address revokes the old
        WebClient member = fixture.signedIn(members.get(0));
        String feed = member.api("POST", "/api/participant/schedule/feed", null).json().getString("url");
        Page published = new WebClient().get(feed.replaceFirst("http://[^/]+", ""));
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISH", Mail.value(published.body(), "METHOD"));
        assertFalse(published.body().contains("ATTENDEE"));
        assertTrue(published.body().contains("UID:" + uid));
        member.api("POST", "/api/participant/schedule/feed", null);
        assertEquals(404, new WebClient().get(feed.replaceFirst("http://[^/]+", "")).status());
    }

    @Test
    void aMovedSessionCarriesItsRecurrenceIdAndEndingEarlyCarriesUntil() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        String member = fixture.participants("Mover", 1).get(0);
        assertEquals(200, fixture.signedIn(member).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDate first = firstTuesday();
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT08:00", "rrule": "FREQ=WEEKLY;COUNT=6", "onlineLink": "https://video.example/m"}"""
                .formatted(first));
        assertEquals(201, created.status(), created.body());
        long series = created.json().getJsonNumber("seriesId").longValue();
        List<MimeMessage> invited = requests(Mail.await(MAIL, List.of(member), WAIT, m -> requests(m).size() >= 1));
        int sequence = Integer.parseInt(Mail.value(Mail.calendar(invited.get(0)), "SEQUENCE"));
        long second = sessions(organiser, group).get(1).getJsonNumber("occurrenceId").longValue();
        Page moved = organiser.api("PUT", "/api/organiser/schedule/occurrences/" + second, """
                {"start": "%sT09:30", "durationMinutes": 60, "onlineLink": "https://video.example/m"}"""
                .formatted(first.plusWeeks(1).plusDays(1)));
        assertTrue(moved.status() < 300, moved.body());
        List<MimeMessage> update = requests(Mail.await(MAIL, List.of(member), WAIT, m -> requests(m).size() >= 2));
        String movedIcs = Mail.calendar(update.get(1));
        String originalStart = first.plusWeeks(1).toString().replace("-", "") + "T080000";
        assertTrue(Mail.unfold(movedIcs).contains("RECURRENCE-ID;TZID=Europe/London:" + originalStart), movedIcs);
        assertTrue(Mail.unfold(movedIcs).contains("DTSTART;TZID=Europe/London:"
                + first.plusWeeks(1).plusDays(1).toString().replace("-", "") + "T093000"), movedIcs);
        assertFalse(movedIcs.substring(movedIcs.indexOf("BEGIN:VEVENT")).contains("RRULE"), "only the moved occurrence");

        Page ended = organiser.api("POST", "/api/organiser/schedule/series/" + series + "/end",
                "{\"lastDate\": \"" + first.plusWeeks(2) + "\"}");
        assertTrue(ended.status() < 300, ended.body());
        List<MimeMessage> all = requests(Mail.await(MAIL, List.of(member), WAIT, m -> requests(m).size() >= 3));
        String endedIcs = Mail.calendar(all.get(2));
        assertTrue(Mail.value(endedIcs, "RRULE").contains("UNTIL="), endedIcs);
        assertTrue(Integer.parseInt(Mail.value(endedIcs, "SEQUENCE")) > sequence);
        assertTrue(Mail.unfold(endedIcs).contains("RECURRENCE-ID;TZID=Europe/London:" + originalStart),
                "the moved session travels with the whole series");
    }

    @Test
    void aSessionTomorrowBringsAReminderAndAGroupWithNoMembersIsNoError() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDateTime soon = LocalDateTime.now(java.time.ZoneId.of("Europe/London")).plusHours(20).withSecond(0).withNano(0);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/room"}""".formatted(soon));
        assertEquals(201, created.status(), created.body());
        List<MimeMessage> toLead = Mail.await(MAIL, List.of(fixture.lead), WAIT,
                m -> m.stream().anyMatch(x -> subject(x).startsWith("Reminder:")));
        assertTrue(toLead.stream().anyMatch(x -> subject(x).startsWith("Invitation:")), "the facilitator is invited");
        MimeMessage reminder = toLead.stream().filter(x -> subject(x).startsWith("Reminder:")).findFirst().orElseThrow();
        String text = Mail.text(Mail.part(reminder, "text/plain"));
        assertTrue(text.contains("https://video.example/room"), text);
        Thread.sleep(3000);
        assertEquals(1, Mail.to(MAIL, List.of(fixture.lead)).stream()
                .filter(x -> subject(x).startsWith("Reminder:")).count(), "one reminder, however often the job runs");
    }

    @Test
    void aPanellistIsInvitedToTheRoundAndItsPreparationOnConsentingAndTakenOffOnWithdrawing() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        List<String> panel = fixture.participants("Panellist", 2);
        String clinicalLead = TestDatabase.unique("cara") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Dr Cara Lead", clinicalLead, GroupFixture.PASSWORD, "PARTICIPANT");
        String newcomer = TestDatabase.unique("no.account.yet") + "@kindred.test";
        LocalDate day = firstTuesday().plusWeeks(2);
        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "A patient I still think about", "start": "%sT12:30",
                 "onlineLink": "https://video.example/round", "facilitatorId": %d, "clinicalLeadEmail": "%s",
                 "panellistEmails": ["%s", "%s", "%s"]}""".formatted(programme, day, fixture.otherLeadId, clinicalLead,
                panel.get(0), panel.get(1), newcomer));
        assertEquals(201, planned.status(), planned.body());
        long round = planned.json().getJsonNumber("id").longValue();
        List<MimeMessage> facilitator = requests(Mail.await(MAIL, List.of(fixture.otherLead), WAIT, m -> requests(m).size() >= 3));
        assertEquals(Set.of("Schwartz Round", "Schwartz Round preparation", "Schwartz Round debrief"),
                Set.copyOf(facilitator.stream().map(m -> Mail.value(calendarOf(m), "SUMMARY")).toList()));
        assertEquals(2, requests(Mail.await(MAIL, List.of(clinicalLead), WAIT, m -> requests(m).size() >= 2)).size(),
                "the clinical lead: the Round and its preparation");
        assertTrue(calendarMail(Mail.to(MAIL, panel)).isEmpty(), "asked, not yet invited");

        // each panellist is asked by one email of their own, without a calendar; an address that had no
        // account is also given a link to choose a password, the others none
        List<String> everyone = List.of(panel.get(0), panel.get(1), newcomer);
        List<MimeMessage> asked = Mail.await(MAIL, everyone, WAIT, m -> m.stream()
                .filter(x -> subject(x).equals("You are asked to speak at a Schwartz Round")).count() >= 3).stream()
                .filter(x -> subject(x).equals("You are asked to speak at a Schwartz Round")).toList();
        assertEquals(3, asked.size());
        Pattern setPassword = Pattern.compile("(http://\\S+/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
        for (MimeMessage request : asked) {
            assertEquals(1, Mail.recipientCount(request), "one recipient each");
            assertTrue(calendarOf(request).isEmpty());
            String text = Mail.text(Mail.part(request, "text/plain"));
            assertTrue(text.contains("/participant/panels.xhtml"), text);
            assertFalse(text.contains("A patient I still think about") || text.contains("Panellist 1")
                    || text.contains("Cara") || text.contains("Omar"), "no topic, no other person: " + text);
            assertEquals(Mail.recipient(request).equals(newcomer), Mail.link(request, setPassword) != null, text);
        }

        WebClient panellist = fixture.signedIn(panel.get(0));
        Page consented = panellist.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null);
        assertTrue(consented.status() < 300, consented.body());
        assertEquals(2, requests(Mail.await(MAIL, List.of(panel.get(0)), WAIT, m -> requests(m).size() >= 2)).size());
        Page withdrew = panellist.api("POST", "/api/participant/schedule/panels/" + round + "/withdrawal", null);
        assertTrue(withdrew.status() < 300, withdrew.body());
        List<MimeMessage> cancels = Mail.await(MAIL, List.of(panel.get(0)), WAIT,
                m -> m.stream().filter(CalendarInvitationsIT::isCancel).count() >= 2)
                .stream().filter(CalendarInvitationsIT::isCancel).toList();
        assertEquals(2, cancels.size());
        assertTrue(calendarMail(Mail.to(MAIL, List.of(panel.get(1)))).isEmpty(), "the other panellist hears nothing");

        // the person at the address that had no account chooses a password from the email and answers
        MimeMessage theirs = asked.stream().filter(m -> Mail.recipient(m).equals(newcomer)).findFirst().orElseThrow();
        WebClient newPerson = new WebClient();
        Page form = newPerson.get(Mail.link(theirs, setPassword).replaceFirst("http://[^/]+", ""));
        Page set = newPerson.submit(form, "setPassword",
                Map.of("password", "harbour lantern meadow", "confirmation", "harbour lantern meadow"), "submit");
        assertTrue(set.contains("Your password is set."), set.body());
        assertEquals(302, newPerson.signIn(newcomer, "harbour lantern meadow").status());
        JsonObject invitation = newPerson.api("GET", "/api/participant/schedule/panels", null).jsonArray().getJsonObject(0);
        assertEquals(round, invitation.getJsonNumber("roundId").longValue());
        assertEquals(204, newPerson.api("POST", "/api/participant/schedule/panels/" + round + "/consent", null).status());
        assertEquals(2, requests(Mail.await(MAIL, List.of(newcomer), WAIT, m -> requests(m).size() >= 2)).size(),
                "on the panel: the Round and its preparation, like anyone else");
        JsonObject view = organiser.api("GET", "/api/organiser/rounds", null).jsonArray().getJsonObject(0);
        assertEquals(List.of("CONSENTED"), view.getJsonArray("panel").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").equals(newcomer)).map(p -> p.getString("status")).toList(),
                "the organiser sees the answer beside the address they typed");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> requests(List<MimeMessage> messages) {
        return messages.stream().filter(m -> calendarOf(m).contains("METHOD:REQUEST")).toList();
    }

    private static List<MimeMessage> calendarMail(List<MimeMessage> messages) {
        return messages.stream().filter(m -> !calendarOf(m).isEmpty()).toList();
    }

    private static boolean isCancel(MimeMessage message) {
        return calendarOf(message).contains("METHOD:CANCEL");
    }

    private static String calendarOf(MimeMessage message) {
        try {
            String ics = Mail.calendar(message);
            return ics == null ? "" : ics;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonObject> sessions(WebClient organiser, long group) {
        return organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions").getValuesAs(JsonObject.class);
    }

    private static JsonObject headcount(WebClient lead, long occurrence) {
        Page page = lead.api("GET", "/api/facilitator/sessions/" + occurrence + "/headcount", null);
        assertEquals(200, page.status(), page.body());
        return page.json();
    }

    private static JsonObject awaitHeadcount(WebClient lead, long occurrence,
                                             java.util.function.Predicate<JsonObject> done) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        JsonObject now = headcount(lead, occurrence);
        while (!done.test(now) && System.currentTimeMillis() < end) {
            Thread.sleep(300);
            now = headcount(lead, occurrence);
        }
        return now;
    }

    static String reply(String uid, String attendee, String partStat) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test client//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                + "UID:" + uid + "\r\nDTSTAMP:20261123T100000Z\r\nSEQUENCE:0\r\n"
                + "ATTENDEE;PARTSTAT=" + partStat + ":mailto:" + attendee + "\r\n"
                + "ORGANIZER:mailto:" + SCHEDULING + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** Sends a reply, as a mail client would, to the scheduling mailbox. */
    static String reply(String from, String calendar) throws Exception {
        Mail.sendReply(MAIL, from, SCHEDULING, calendar);
        return calendar;
    }
}
