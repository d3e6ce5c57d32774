package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import org.kindred.it.GroupFixture;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/** What the journeys set up through the API before a person takes over in the browser. */
final class Journeys {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Journeys() {
    }

    /** A GreenMail SMTP server on the port the application sends to, for a test class's invitations. */
    static GreenMailExtension smtp() {
        return new GreenMailExtension(new ServerSetup(
                Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * A peer-support group whose one session, in a month already released, had three people present;
     * returns the report page of that month and the group's name.
     */
    static String[] groupWithSmallAttendance(GroupFixture fixture) throws SQLException {
        String name = TestDatabase.unique("Night shift peer support");
        long group = fixture.createGroup("peer-support", name, 12, fixture.leadId);
        StringBuilder marks = new StringBuilder();
        for (String member : fixture.members(group, "Member", 3)) {
            marks.append(marks.length() == 0 ? "" : ", ")
                    .append("{\"personId\": ").append(TestDatabase.personId(member)).append(", \"mark\": \"PRESENT\"}");
        }
        long session = fixture.pastSession(group, 30);
        WebClient lead = fixture.signedIn(fixture.lead);
        Page recorded = lead.api("PUT", "/api/facilitator/attendance/" + session, "{\"marks\": [" + marks + "]}");
        assertEquals(200, recorded.status(), recorded.body());
        return new String[] {"/reports/index.xhtml?month=" + GroupFixture.intoReleasedMonth(session), name};
    }
}
