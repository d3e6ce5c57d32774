package org.kindred.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.rights.AuditRow;
import org.kindred.domain.model.rights.PersonalDataRepository;

/**
 * Admins export their organisation's audit log for a range of days (the organisation's zone, both ends
 * included) as CSV lines with ids only, never a name or an address. Opening the export checks the range
 * and audits it (EXPORT_AUDIT); the lines are then read a page at a time, each page in a transaction of
 * its own, so that no size of log is held in memory or in one long transaction.
 */
@ApplicationScoped
public class AuditExportService {

    public static final int PAGE = 500;
    static final int MOST_DAYS = 3660;

    public static final List<String> HEADER =
            List.of("at", "actor_id", "action", "group_id", "occurrence_id", "subject_id", "allowed");

    @Inject
    PersonalDataRepository data;

    @Inject
    AttendanceRepository attendance;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** An export's days and the instants they span: from's first moment up to (not including) the day after to. */
    public record Range(long organisationId, LocalDate from, LocalDate to, Instant start, Instant until) {
    }

    /** Checks the caller and the range and audits the export; a bad range is a {@link RuleException}. */
    @Transactional
    public Range open(Caller caller, String from, String to) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        Days days = check(from, to);
        LocalDate first = days.from();
        LocalDate last = days.to();
        ZoneId zone = organisations.find(caller.organisationId()).map(Organisation::timeZone).orElse(ZoneId.of("UTC"));
        Range range = new Range(caller.organisationId(), first, last, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        attendance.add(new AuditEntry(caller.organisationId(), clock.instant(), caller.personId(),
                AuditEntry.Action.EXPORT_AUDIT, null, null, null, true));
        return range;
    }

    /** A range of days, both included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    /**
     * The days of an export, or a {@link RuleException} naming the field that is wrong: both dates
     * given as YYYY-MM-DD, the last not before the first, at most ten years apart. Writes nothing.
     */
    public static Days check(String from, String to) {
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw new RuleException("to", "The last day is before the first day.");
        }
        if (first.plusDays(MOST_DAYS).isBefore(last)) {
            throw new RuleException("to", "Choose a range of at most ten years.");
        }
        return new Days(first, last);
    }

    /** The next page of the range after the given row (null: from the start), oldest first. */
    @Transactional
    public List<AuditRow> page(Caller caller, Range range, AuditRow after) {
        if (!caller.is(Role.ADMIN) || range.organisationId() != caller.organisationId()) {
            throw new NotFoundException();
        }
        return data.auditPage(range.organisationId(), range.start(), range.until(),
                after == null ? range.start() : after.at(), after == null ? -1 : after.id(), PAGE);
    }

    /** A row as CSV fields, in the order of {@link #HEADER}. */
    public static List<String> fields(AuditRow row) {
        return List.of(row.at().toString(), text(row.actorId()), row.action(), text(row.groupId()),
                text(row.occurrenceId()), text(row.subjectId()), Boolean.toString(row.allowed()));
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleException(field, "Give the " + (field.equals("from") ? "first" : "last")
                    + " day of the range as a date (YYYY-MM-DD).");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleException(field, "\"" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                    + "\" is not a date. Use YYYY-MM-DD, for example 2026-03-31.");
        }
    }
}
