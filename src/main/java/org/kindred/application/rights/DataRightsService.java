package org.kindred.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kindred.application.access.Caller;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.rights.PersonalDataRepository;
import org.kindred.domain.model.rights.PersonalRecords.Section;

/**
 * A person's own data (UK GDPR Art. 15 and 20): everything Kindred holds about the caller, by the
 * inventory of docs/privacy.md, and what is left out and why. Audited as EXPORT_OWN_DATA, the caller
 * being both actor and subject. Only ever the caller's own: there is no person id to ask for.
 */
@ApplicationScoped
public class DataRightsService {

    /** The export's format and version; a change of field names or meaning makes a new version. */
    public static final String FORMAT = "kindred-personal-data/1";

    static final List<String> NOTES = List.of(
            "Times are in UTC (ISO 8601).",
            "Evaluations and wellbeing questionnaires are anonymous. Kindred keeps only that you answered "
                    + "(to ask you once), apart from the answers, which carry no name, no id and no time of day. "
                    + "Nothing links the answers to you, so Kindred cannot find them, show them or delete them.",
            "Other people's data is not included: not the names or addresses of other members or facilitators. "
                    + "Group names are.",
            "Who looked at your attendance is shown by their part (\"a facilitator of this group\", \"you\"), "
                    + "as the audit log records it; the log itself is read by admins.");

    /** Inventory rows about a person that the export leaves out, and why. */
    static final List<Exclusion> EXCLUDED = List.of(
            new Exclusion("person.password_hash", "A one-way hash that cannot be read back; the export says only whether you have a password."),
            new Exclusion("password_setup_token.*", "Hashes of single-use links; the export lists the links' times, not the hashes."),
            new Exclusion("signed_in_session.*", "Hashes of your sessions' keys; the export lists each session's device and times, not the hashes."),
            new Exclusion("email_change.*", "Hashes of single-use links; the export lists the address asked for and the times, not the hashes."),
            new Exclusion("ground_rules_link.*", "Hashes of single-use links; the export lists the links' times, not the hashes."),
            new Exclusion("calendar_feed.token_hash", "The hash of your private feed address; the export says only that you have one and since when."),
            new Exclusion("group_seat.membership_id", "Which numbered seat your membership holds: internal bookkeeping of the member limit, about nobody."),
            new Exclusion("reply_link_use.token_hash", "Hashes of used links with no person attached: Kindred cannot tell whose they are."),
            new Exclusion("outbox_message.body_html", "The same text as body_text, formatted."),
            new Exclusion("outbox_message.calendar", "The calendar attachment of an invitation: the session's time and place, shown in your calendar."),
            new Exclusion("session_occurrence.cancel_reason", "Written by a facilitator about a session, not about you; shown to members in the portal."),
            new Exclusion("audit_entry (other people's ids)", "Entries you made about another person do not show that person; entries about you do not show who by id, only their part."));

    @Inject
    PersonalDataRepository data;

    @Inject
    AttendanceRepository attendance;

    @Inject
    Clock clock;

    public record Exclusion(String table, String reason) {
    }

    public record PersonalDataExport(String format, Instant generatedAt, long personId, List<String> notes,
                                     List<Section> sections, List<Exclusion> excluded) {
    }

    @Transactional
    public PersonalDataExport export(Caller caller) {
        Instant now = clock.instant();
        attendance.add(new AuditEntry(caller.organisationId(), now, caller.personId(),
                AuditEntry.Action.EXPORT_OWN_DATA, null, null, caller.personId(), true));
        return new PersonalDataExport(FORMAT, now, caller.personId(), NOTES, data.about(caller.personId()).sections(),
                EXCLUDED);
    }
}
