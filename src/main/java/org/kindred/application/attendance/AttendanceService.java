package org.kindred.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.attendance.AttendanceMark;
import org.kindred.domain.model.attendance.AttendanceRecord;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry.Action;
import org.kindred.domain.model.attendance.RecordingWindow;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.GroundRulesVersion;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;

/**
 * Named attendance: only the group's facilitators record and read it, and a member reads their own.
 * Every read, export and change is audited, and so is every refused attempt; anyone else gets "not
 * found", as for any object they may not reach. Each save also refreshes the session's anonymous
 * counts, which reports use and which outlive the marks.
 */
@ApplicationScoped
public class AttendanceService {

    /** The most marks one request may carry: more than any group's roster. */
    static final int MAX_MARKS = 200;

    /** The staff group of a headcount given without one. */
    public static final String ALL_STAFF = "all";
    public static final int MAX_STAFF_GROUP_LENGTH = 40;
    public static final int MAX_HEADCOUNT = 5000;

    @Inject
    SessionRepository sessions;

    @Inject
    GroupAccess access;

    @Inject
    MembershipRepository memberships;

    @Inject
    GroundRulesRepository rules;

    @Inject
    AttendanceRepository attendance;

    @Inject
    AuditTrail audit;

    @Inject
    InvitationViews invitations;

    @Inject
    Clock clock;

    /** One line of the attendance sheet. {@code mark} is null until recorded. */
    public record Line(long personId, String name, AttendanceMark mark, boolean late, boolean leftEarly,
                       boolean acceptedCurrentRules) {
    }

    /** The sheet for one session: its members, marks, and whether it is short of its quorum. */
    public record Sheet(long occurrenceId, long groupId, String group, LocalDateTime start, String zone, boolean cancelled,
                        int quorum, long expected, boolean belowQuorum, List<Line> lines) {
    }

    /** A mark to save: person, mark, and the optional late and left-early flags. */
    public record Mark(Long personId, AttendanceMark mark, boolean late, boolean leftEarly) {
    }

    /** A member's own record at one session. */
    public record OwnLine(long occurrenceId, long groupId, String group, LocalDateTime start, String zone,
                          AttendanceMark mark, boolean late, boolean leftEarly) {
    }

    @Transactional
    public Sheet sheet(Caller caller, long occurrenceId) {
        Occurrence occurrence = facilitated(caller, occurrenceId, Action.VIEW_ATTENDANCE);
        audit.allowed(caller, Action.VIEW_ATTENDANCE, occurrence.groupId(), occurrenceId);
        return sheetOf(caller, occurrence);
    }

    @Transactional
    public Sheet record(Caller caller, long occurrenceId, List<Mark> marks) {
        Occurrence occurrence = facilitated(caller, occurrenceId, Action.RECORD_ATTENDANCE);
        if (marks == null || marks.isEmpty()) {
            throw new RuleException("marks", "Mark at least one member.");
        }
        if (marks.size() > MAX_MARKS) {
            throw new RuleException("marks", "Send at most " + MAX_MARKS + " marks at once.");
        }
        if (!occurrence.isScheduled()) {
            throw new RuleException(null, "This session was cancelled, so there is no attendance to record.");
        }
        if (RecordingWindow.notYetOpen(occurrence.startsAt(), clock.instant())) {
            throw new RuleException(null, "This session has not started yet. Record attendance on the day.");
        }
        if (RecordingWindow.closed(occurrence.startsAt(), clock.instant())) {
            throw new RuleException(null, "Attendance can be recorded until four weeks after a session. This "
                    + "session's figures are final now, as the reports show them.");
        }
        Map<Long, Membership> members = membersOf(occurrence.groupId());
        Map<Long, AttendanceRecord> existing = new HashMap<>();
        attendance.ofOccurrence(occurrenceId).forEach(r -> existing.put(r.personId(), r));
        for (Mark mark : marks) {
            if (mark == null || mark.personId() == null
                    || !members.containsKey(mark.personId()) && !existing.containsKey(mark.personId())) {
                throw new RuleException("marks", "Mark only members of this group.");
            }
            AttendanceRecord record = existing.computeIfAbsent(mark.personId(), id -> {
                AttendanceRecord fresh = new AttendanceRecord(occurrenceId, occurrence.groupId(), id);
                attendance.add(fresh);
                return fresh;
            });
            record.mark(mark.mark(), mark.late(), mark.leftEarly(), clock.instant());
        }
        Map<AttendanceMark, Integer> counts = new EnumMap<>(AttendanceMark.class);
        existing.values().stream().filter(r -> r.mark() != null).forEach(r -> counts.merge(r.mark(), 1, Integer::sum));
        attendance.saveCounts(occurrenceId, occurrence.groupId(), members.size(),
                counts.getOrDefault(AttendanceMark.PRESENT, 0), counts.getOrDefault(AttendanceMark.APOLOGIES, 0),
                counts.getOrDefault(AttendanceMark.ABSENT, 0));
        audit.allowed(caller, Action.RECORD_ATTENDANCE, occurrence.groupId(), occurrenceId);
        return sheetOf(caller, occurrence);
    }

    /** The group's whole attendance as CSV rows (date, name, mark, late, left early), for its facilitators. */
    @Transactional
    public List<List<String>> export(Caller caller, long groupId) {
        SupportGroup group;
        try {
            group = access.asFacilitator(caller, groupId);
        } catch (NotFoundException e) {
            audit.refused(caller, Action.EXPORT_ATTENDANCE, groupId, null);
            throw e;
        }
        audit.allowed(caller, Action.EXPORT_ATTENDANCE, group.id(), null);
        Map<Long, String> names = new HashMap<>();
        memberships.ofGroup(groupId).forEach(m -> names.put(m.person().id(), m.person().displayName()));
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("session", "member", "attendance", "late", "left early"));
        List<AttendanceRecord> records = attendance.ofGroup(groupId);
        Map<Long, Occurrence> occurrences = occurrencesOf(records);
        for (AttendanceRecord r : records) {
            Occurrence occurrence = occurrences.get(r.occurrenceId());
            rows.add(List.of(LocalDateTime.ofInstant(occurrence.startsAt(), occurrence.series().zone()).toString(),
                    names.getOrDefault(r.personId(), "(no longer a member)"), String.valueOf(r.mark()),
                    r.late() ? "yes" : "no", r.leftEarly() ? "yes" : "no"));
        }
        return rows;
    }

    /** The caller's own attendance, in every group. */
    @Transactional
    public List<OwnLine> mine(Caller caller) {
        audit.allowed(caller, Action.VIEW_OWN_ATTENDANCE, null, null);
        List<AttendanceRecord> records = attendance.ofPerson(caller.personId());
        Map<Long, Occurrence> occurrences = occurrencesOf(records);
        return records.stream().map(r -> {
            Occurrence occurrence = occurrences.get(r.occurrenceId());
            return new OwnLine(r.occurrenceId(), r.groupId(), occurrence.series().kind() == SeriesKind.GROUP_SESSION
                    ? groupName(r.groupId()) : "Schwartz Round", LocalDateTime.ofInstant(occurrence.startsAt(),
                    occurrence.series().zone()), occurrence.series().zone().getId(), r.mark(), r.late(), r.leftEarly());
        }).toList();
    }

    /**
     * A Round's audience, recorded by its facilitator once it has started: a headcount, optionally by
     * staff group ("all" for a count with no group named). No names, so nothing to audit.
     */
    @Transactional
    public Map<String, Integer> recordHeadcount(Caller caller, long occurrenceId, Map<String, Integer> byStaffGroup) {
        Occurrence occurrence = facilitatedRound(caller, occurrenceId);
        if (!occurrence.isScheduled()) {
            throw new RuleException(null, "This Round was cancelled, so there is no headcount to record.");
        }
        if (occurrence.startsAt().isAfter(clock.instant())) {
            throw new RuleException(null, "This Round has not started yet. Record the headcount once it has.");
        }
        if (RecordingWindow.closed(occurrence.startsAt(), clock.instant())) {
            throw new RuleException(null, "A Round's headcount can be recorded until four weeks after it. This "
                    + "Round's figures are final now, as the reports show them.");
        }
        if (byStaffGroup == null || byStaffGroup.isEmpty()) {
            throw new RuleException("headcount", "Give the number of people who came.");
        }
        Map<String, Integer> clean = new LinkedHashMap<>();
        byStaffGroup.forEach((staffGroup, count) -> {
            String name = staffGroup == null || staffGroup.isBlank() ? ALL_STAFF : staffGroup.strip();
            if (name.length() > MAX_STAFF_GROUP_LENGTH) {
                throw new RuleException("headcount", "Name each staff group in at most 40 characters.");
            }
            if (count == null || count < 0 || count > MAX_HEADCOUNT) {
                throw new RuleException("headcount", "Give each count as a whole number from 0 to 5000.");
            }
            clean.merge(name, count, Integer::sum);
        });
        attendance.saveHeadcount(occurrenceId, clean);
        return clean;
    }

    /** A Round's saved headcount, for its facilitator: by staff group, empty until recorded. */
    @Transactional
    public Map<String, Integer> headcount(Caller caller, long occurrenceId) {
        facilitatedRound(caller, occurrenceId);
        return attendance.headcount(occurrenceId);
    }

    /** The saved headcounts of those of these Rounds the caller facilitates, read at once; others are absent. */
    @Transactional
    public Map<Long, Map<String, Integer>> headcounts(Caller caller, Collection<Long> occurrenceIds) {
        List<Long> own = sessions.occurrences(occurrenceIds).stream().filter(o -> isRoundOf(caller, o))
                .map(Occurrence::id).toList();
        return attendance.headcounts(own);
    }

    /** A Round the caller facilitates; anything else is "not found", Rounds of other facilitators too. */
    private Occurrence facilitatedRound(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        if (!isRoundOf(caller, occurrence)) {
            throw new NotFoundException();
        }
        return occurrence;
    }

    private static boolean isRoundOf(Caller caller, Occurrence occurrence) {
        Long facilitator = occurrence.series().facilitatorId();
        return occurrence.series().kind() == SeriesKind.ROUND && caller.is(Role.FACILITATOR)
                && facilitator != null && facilitator == caller.personId();
    }

    private Occurrence facilitated(Caller caller, long occurrenceId, Action action) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElse(null);
        if (occurrence == null || occurrence.series().kind() != SeriesKind.GROUP_SESSION) {
            audit.refused(caller, action, occurrence == null ? null : occurrence.groupId(), occurrenceId);
            throw new NotFoundException();
        }
        try {
            access.asFacilitator(caller, occurrence.groupId());
        } catch (NotFoundException e) {
            audit.refused(caller, action, occurrence.groupId(), occurrenceId);
            throw e;
        }
        return occurrence;
    }

    private Sheet sheetOf(Caller caller, Occurrence occurrence) {
        SupportGroup group = access.asFacilitator(caller, occurrence.groupId());
        Map<Long, Membership> members = membersOf(group.id());
        Set<Long> accepted = rules.current(group.id()).map(GroundRulesVersion::id).map(rules::acceptedBy).orElse(Set.of());
        Map<Long, AttendanceRecord> marks = new HashMap<>();
        attendance.ofOccurrence(occurrence.id()).forEach(r -> marks.put(r.personId(), r));
        List<Line> lines = members.values().stream()
                .sorted((a, b) -> a.person().displayName().compareToIgnoreCase(b.person().displayName()))
                .map(m -> {
                    AttendanceRecord r = marks.get(m.person().id());
                    return new Line(m.person().id(), m.person().displayName(), r == null ? null : r.mark(),
                            r != null && r.late(), r != null && r.leftEarly(), accepted.contains(m.person().id()));
                }).toList();
        long expected = invitations.headcount(caller, occurrence.id()).expected();
        return new Sheet(occurrence.id(), group.id(), group.name(),
                LocalDateTime.ofInstant(occurrence.startsAt(), occurrence.series().zone()),
                occurrence.series().zone().getId(), !occurrence.isScheduled(), group.quorum(), expected,
                occurrence.isScheduled() && expected < group.quorum(), lines);
    }

    /** The records' sessions with their series, in one query rather than one per record. */
    private Map<Long, Occurrence> occurrencesOf(List<AttendanceRecord> records) {
        Map<Long, Occurrence> byId = new HashMap<>();
        sessions.occurrences(records.stream().map(AttendanceRecord::occurrenceId).distinct().toList())
                .forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    private Map<Long, Membership> membersOf(long groupId) {
        Map<Long, Membership> members = new LinkedHashMap<>();
        memberships.ofGroup(groupId).stream().filter(m -> m.status() == MembershipStatus.MEMBER)
                .forEach(m -> members.put(m.person().id(), m));
        return members;
    }

    @Inject
    org.kindred.domain.model.group.GroupRepository groups;

    private String groupName(long groupId) {
        return groups.find(groupId).map(SupportGroup::name).orElse("");
    }
}
