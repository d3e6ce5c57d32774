package org.kindred.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kindred.application.PortalSettings;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.evaluation.EvaluationItem;
import org.kindred.domain.model.evaluation.EvaluationRepository;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.Role;

/**
 * The aggregate report, read from the organisation's released months ({@link Releases}). Organisers
 * see every line of a month (groups, programmes, all groups), a line per month (its "All groups"
 * line) and the Schwartz Rounds. A facilitator who is not an organiser sees only the lines of the
 * groups they lead, exactly as the organisation's release shows them: no total of their own, which
 * could be set against the organisation's lines. Both see the same suppressed figures: a facilitator
 * knows who came, but the evaluation means would otherwise tell them how a handful of named people felt.
 */
@ApplicationScoped
public class ReportViews {

    /** Shown where there is nothing to count. */
    static final String NONE = MonthTable.NONE;

    @Inject
    Releases releases;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    GroupRepository groups;

    @Inject
    PortalSettings portal;

    /**
     * A report. {@code organisation} tells whether it covers all groups or the caller's own;
     * {@code released} lists the months there are (yyyy-MM, oldest first), {@code month} the one whose
     * lines {@code groups} holds, {@code nextRelease} the day the next month is released; {@code months}
     * has a line per month, {@code rounds} the Rounds per month.
     */
    public record Report(boolean organisation, String zone, List<EvaluationItem> items, List<String> released,
                         String month, String monthLabel, String nextRelease, List<ReportRow> groups,
                         List<ReportRow> months, List<RoundRow> rounds) {
    }

    /** The report with the newest released month's lines. */
    @Transactional
    public Report report(Caller caller) {
        return report(caller, null);
    }

    /** The report with the lines of {@code month} (yyyy-MM, one of the released months; null: the newest). */
    @Transactional
    public Report report(Caller caller, String month) {
        Scope scope = scope(caller);
        ZoneId zone = portal.timeZone();
        List<MonthRelease> released = releases.latest(caller.organisationId(), zone);
        MonthRelease chosen = chosen(released, month);
        List<ReportRow> months = new ArrayList<>();
        List<RoundRow> rounds = new ArrayList<>();
        for (MonthRelease release : released) {
            String label = Releases.MONTH.format(release.month());
            if (scope.organisation()) {
                months.add(release.total().as(label, ReportRow.Kind.MONTH));
                rounds.add(release.rounds());
            } else {
                scope.lines(release).forEach(row -> months.add(row.as(label + " · " + row.label(), ReportRow.Kind.MONTH)));
            }
        }
        YearMonth next = released.get(released.size() - 1).month().plusMonths(1);
        return new Report(scope.organisation(), zone.getId(), evaluations.items(),
                released.stream().map(r -> r.month().toString()).toList(), chosen.month().toString(),
                Releases.MONTH.format(chosen.month()),
                Releases.releaseAt(next, zone).atZone(zone).toLocalDate().toString(), scope.lines(chosen), months,
                rounds);
    }

    /**
     * The same report as CSV rows: every released month's lines, the months and the Rounds, the same
     * figures as the page, nothing finer. The first row names the columns; each statement's mean is a
     * column named by its code.
     */
    @Transactional
    public List<List<String>> csv(Caller caller) {
        Scope scope = scope(caller);
        List<MonthRelease> released = releases.latest(caller.organisationId(), portal.timeZone());
        List<EvaluationItem> items = evaluations.items();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("table", "month", "line", "kind", "sessions", "members expected",
                "present", "apologies", "absent", "not recorded", "attendance rate", "evaluation responses",
                "overall rating (mean)"));
        items.forEach(item -> header.add(item.code() + " (mean)"));
        header.add("round audience");
        rows.add(header);
        for (MonthRelease release : released) {
            for (ReportRow line : scope.lines(release)) {
                rows.add(csvRow("by group", release.month(), line, items));
            }
        }
        if (scope.organisation()) {
            for (MonthRelease release : released) {
                rows.add(csvRow("by month", release.month(), release.total().as(Releases.MONTH.format(release.month()),
                        ReportRow.Kind.MONTH), items));
            }
            for (MonthRelease release : released) {
                RoundRow r = release.rounds();
                List<String> row = new ArrayList<>(List.of("schwartz rounds", release.month().toString(), r.label(),
                        ReportRow.Kind.MONTH.name(), String.valueOf(r.rounds())));
                while (row.size() < header.size() - 1) {
                    row.add("");
                }
                row.add(r.audience());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> csvRow(String table, YearMonth month, ReportRow line, List<EvaluationItem> items) {
        List<String> row = new ArrayList<>(List.of(table, month.toString(), line.label(), line.kind().name(),
                String.valueOf(line.sessions()), line.expected(), line.present(), line.apologies(), line.absent(),
                line.unrecorded(), line.attendanceRate(), line.responses(), line.overallMean()));
        items.forEach(item -> row.add(line.means().getOrDefault(item.code(), NONE)));
        row.add("");
        return row;
    }

    private static MonthRelease chosen(List<MonthRelease> released, String month) {
        if (month == null || month.isBlank()) {
            return released.get(released.size() - 1);
        }
        try {
            YearMonth wanted = YearMonth.parse(month.strip());
            return released.stream().filter(r -> r.month().equals(wanted)).findFirst().orElseThrow(
                    () -> new RuleException("month", "Choose one of the released months."));
        } catch (DateTimeParseException e) {
            throw new RuleException("month", "Give the month as yyyy-mm, for example 2026-09.");
        }
    }

    /** Whose lines the caller sees: every line of the organisation's, or its group lines they lead. */
    private Scope scope(Caller caller) {
        if (caller.is(Role.ORGANISER)) {
            return new Scope(true, Set.of());
        }
        if (caller.is(Role.FACILITATOR)) {
            return new Scope(false, groups.ledBy(caller.personId()).stream().map(SupportGroup::id)
                    .collect(Collectors.toSet()));
        }
        throw new NotFoundException();
    }

    private record Scope(boolean organisation, Set<Long> led) {
        List<ReportRow> lines(MonthRelease release) {
            return organisation ? release.rows()
                    : release.rows().stream().filter(r -> r.groupId() != null && led.contains(r.groupId())).toList();
        }
    }
}
