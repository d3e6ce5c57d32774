package org.kindred.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kindred.application.PortalSettings;
import org.kindred.application.group.Caller;
import org.kindred.application.group.NotFoundException;
import org.kindred.application.group.SmallNumbers;
import org.kindred.domain.model.evaluation.EvaluationItem;
import org.kindred.domain.model.evaluation.EvaluationRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.report.ReportRepository;
import org.kindred.domain.model.report.ReportRepository.EvaluationTotals;
import org.kindred.domain.model.report.ReportRepository.GroupLine;
import org.kindred.domain.model.report.ReportRepository.RoundAudience;
import org.kindred.domain.model.report.ReportRepository.SessionCounts;
import org.kindred.domain.model.report.ReportScope;

/**
 * The aggregate report. Organisers see every group of their organisation; a facilitator who is not
 * an organiser sees the groups they lead. Both see the same suppressed figures: a facilitator knows
 * who came, but the evaluation means would otherwise tell them how a handful of named people felt.
 * Groups are reported over all time, grouped by programme; months over the last twelve.
 */
@ApplicationScoped
public class Reports {

    /** How many months the monthly table covers, this one included. */
    static final int MONTHS = 12;

    /** Shown where there is nothing to count: no sessions recorded, no answers. */
    static final String NONE = "–";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Inject
    ReportRepository figures;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    /** A whole report. {@code organisation} tells whether it covers all groups or the caller's own. */
    public record Report(boolean organisation, String zone, List<EvaluationItem> items, List<ReportRow> groups,
                         List<ReportRow> months, List<RoundRow> rounds) {
    }

    /** Schwartz Rounds in one month: how many had a headcount, and their audience. */
    public record RoundRow(String label, long rounds, String audience) {
    }

    @Transactional
    public Report report(Caller caller) {
        ReportScope scope;
        if (caller.is(Role.ORGANISER)) {
            scope = ReportScope.organisation(caller.organisationId());
        } else if (caller.is(Role.FACILITATOR)) {
            scope = ReportScope.ledBy(caller.organisationId(), caller.personId());
        } else {
            throw new NotFoundException();
        }
        ZoneId zone = portal.timeZone();
        List<GroupLine> groups = figures.groups(scope);
        List<SessionCounts> sessions = figures.sessionCounts(scope);
        List<EvaluationTotals> answers = figures.evaluationTotals(scope);
        List<EvaluationItem> items = evaluations.items();
        List<RoundRow> rounds = scope.isOrganisation() ? rounds(figures.roundAudiences(scope.organisationId()), zone)
                : List.of();
        return new Report(scope.isOrganisation(), zone.getId(), items, byGroup(groups, sessions, answers),
                byMonth(sessions, answers, zone), rounds);
    }

    /**
     * The same report as CSV rows: the same suppressed figures, nothing finer. The first row names the
     * columns; each statement's mean is a column named by its code.
     */
    @Transactional
    public List<List<String>> csv(Caller caller) {
        Report report = report(caller);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("table", "line", "kind", "sessions", "members expected",
                "present", "apologies", "absent", "not recorded", "attendance rate", "evaluation responses",
                "overall rating (mean)"));
        report.items().forEach(item -> header.add(item.code() + " (mean)"));
        header.add("round audience");
        rows.add(header);
        addCsv(rows, "by group", report.groups(), report.items());
        addCsv(rows, "by month", report.months(), report.items());
        report.rounds().forEach(r -> {
            List<String> row = new ArrayList<>(List.of("schwartz rounds", r.label(), ReportRow.Kind.MONTH.name(),
                    String.valueOf(r.rounds())));
            while (row.size() < header.size() - 1) {
                row.add("");
            }
            row.add(r.audience());
            rows.add(row);
        });
        return rows;
    }

    private static void addCsv(List<List<String>> rows, String table, List<ReportRow> lines, List<EvaluationItem> items) {
        for (ReportRow line : lines) {
            List<String> row = new ArrayList<>(List.of(table, line.label(), line.kind().name(),
                    String.valueOf(line.sessions()), line.expected(), line.present(), line.apologies(), line.absent(),
                    line.unrecorded(), line.attendanceRate(), line.responses(), line.overallMean()));
            items.forEach(item -> row.add(line.means().getOrDefault(item.code(), NONE)));
            row.add("");
            rows.add(row);
        }
    }

    private List<ReportRow> byGroup(List<GroupLine> groups, List<SessionCounts> sessions, List<EvaluationTotals> answers) {
        Map<Long, Figures> perGroup = new HashMap<>();
        sessions.forEach(s -> perGroup.computeIfAbsent(s.groupId(), k -> new Figures()).add(s));
        answers.forEach(a -> perGroup.computeIfAbsent(a.groupId(), k -> new Figures()).add(a));
        Table table = new Table();
        Table.Node total = table.node("All groups", ReportRow.Kind.TOTAL, null);
        Map<String, Table.Node> programmes = new LinkedHashMap<>();
        for (GroupLine group : groups) {
            Table.Node programme = programmes.computeIfAbsent(group.programme(),
                    name -> table.node(name, ReportRow.Kind.PROGRAMME, total));
            table.node(group.name(), ReportRow.Kind.GROUP, programme)
                    .add(perGroup.getOrDefault(group.groupId(), new Figures()));
        }
        return table.rows(total);
    }

    private List<ReportRow> byMonth(List<SessionCounts> sessions, List<EvaluationTotals> answers, ZoneId zone) {
        Table table = new Table();
        Table.Node total = table.node("Last " + MONTHS + " months", ReportRow.Kind.TOTAL, null);
        Map<YearMonth, Table.Node> months = new LinkedHashMap<>();
        lastMonths(zone).forEach(month -> months.put(month, table.node(MONTH.format(month), ReportRow.Kind.MONTH, total)));
        sessions.forEach(s -> {
            Table.Node month = months.get(YearMonth.from(s.startsAt().atZone(zone)));
            if (month != null) {
                month.figures.add(s);
            }
        });
        answers.forEach(a -> {
            Table.Node month = months.get(a.month());
            if (month != null) {
                month.figures.add(a);
            }
        });
        return table.rows(total);
    }

    private List<RoundRow> rounds(List<RoundAudience> audiences, ZoneId zone) {
        Map<YearMonth, long[]> perMonth = new LinkedHashMap<>();
        lastMonths(zone).forEach(month -> perMonth.put(month, new long[2]));
        audiences.forEach(a -> {
            long[] month = perMonth.get(YearMonth.from(a.startsAt().atZone(zone)));
            if (month != null) {
                month[0]++;
                month[1] += a.headcount();
            }
        });
        Suppression suppression = new Suppression();
        List<Integer> handles = new ArrayList<>();
        long rounds = 0;
        long audience = 0;
        for (long[] month : perMonth.values()) {
            handles.add(suppression.count(month[1]));
            rounds += month[0];
            audience += month[1];
        }
        int totalHandle = suppression.count(audience);
        suppression.line(totalHandle, handles.stream().mapToInt(Integer::intValue).toArray());
        List<RoundRow> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<YearMonth, long[]> month : perMonth.entrySet()) {
            rows.add(new RoundRow(MONTH.format(month.getKey()), month.getValue()[0], suppression.show(handles.get(i++))));
        }
        rows.add(new RoundRow("Last " + MONTHS + " months", rounds, suppression.show(totalHandle)));
        return rows;
    }

    /** The months the monthly tables cover, oldest first, this one (in the organisation's zone) last. */
    private List<YearMonth> lastMonths(ZoneId zone) {
        YearMonth last = YearMonth.now(clock.withZone(zone));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = last.minusMonths(MONTHS - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** A tree of lines (total, then programmes or months, then groups) and its suppression. */
    static final class Table {

        final List<Node> nodes = new ArrayList<>();

        final class Node {
            final String label;
            final ReportRow.Kind kind;
            final Node parent;
            final List<Node> children = new ArrayList<>();
            final Figures figures = new Figures();

            Node(String label, ReportRow.Kind kind, Node parent) {
                this.label = label;
                this.kind = kind;
                this.parent = parent;
            }

            /** A leaf's own figures; they are added to every line above it. */
            void add(Figures own) {
                for (Node node = this; node != null; node = node.parent) {
                    node.figures.add(own);
                }
            }
        }

        Node node(String label, ReportRow.Kind kind, Node parent) {
            Node node = new Node(label, kind, parent);
            if (parent != null) {
                parent.children.add(node);
            }
            nodes.add(node);
            return node;
        }

        /** Columns that are counts of people: each line's cells, and each parent's as the sum of its children's. */
        private static final int EXPECTED = 0;
        private static final int PRESENT = 1;
        private static final int APOLOGIES = 2;
        private static final int ABSENT = 3;
        private static final int UNRECORDED = 4;
        private static final int RESPONSES = 5;

        /** The lines in reading order: each parent after its children, the total last. */
        List<ReportRow> rows(Node total) {
            Suppression suppression = new Suppression();
            Map<Node, int[]> cells = new HashMap<>();
            for (Node node : nodes) {
                Figures f = node.figures;
                int[] handles = {suppression.count(f.expected), suppression.count(f.present),
                        suppression.count(f.apologies), suppression.count(f.absent), suppression.count(f.unrecorded()),
                        suppression.count(f.responses)};
                suppression.line(handles[EXPECTED], handles[PRESENT], handles[APOLOGIES], handles[ABSENT],
                        handles[UNRECORDED]);
                cells.put(node, handles);
            }
            for (Node node : nodes) {
                if (!node.children.isEmpty()) {
                    for (int column = EXPECTED; column <= RESPONSES; column++) {
                        int c = column;
                        suppression.line(cells.get(node)[c], node.children.stream().mapToInt(n -> cells.get(n)[c]).toArray());
                    }
                }
            }
            List<ReportRow> rows = new ArrayList<>();
            addRows(total, suppression, cells, rows);
            return rows;
        }

        private void addRows(Node node, Suppression suppression, Map<Node, int[]> cells, List<ReportRow> rows) {
            node.children.forEach(child -> addRows(child, suppression, cells, rows));
            int[] c = cells.get(node);
            Figures f = node.figures;
            boolean rateShown = f.expected > 0 && !suppression.isHidden(c[PRESENT]) && !suppression.isHidden(c[EXPECTED]);
            Double rate = rateShown ? 100.0 * f.present / f.expected : null;
            String rateText = f.expected == 0 ? NONE
                    : rateShown ? String.format(Locale.UK, "%.0f%%", rate) : SmallNumbers.SUPPRESSED;
            boolean responsesShown = !suppression.isHidden(c[RESPONSES]);
            Map<String, String> means = new LinkedHashMap<>();
            f.scores.forEach((item, score) -> means.put(item, score[0] == 0 ? NONE
                    : responsesShown ? SmallNumbers.showMean(score[1], score[0]) : SmallNumbers.SUPPRESSED));
            long[] overallScore = f.scores.getOrDefault("overall", new long[2]);
            String overall = means.getOrDefault("overall", NONE);
            Double overallValue = overall.equals(NONE) || overall.equals(SmallNumbers.SUPPRESSED) ? null
                    : (double) overallScore[1] / overallScore[0];
            rows.add(new ReportRow(node.label, node.kind, f.sessions, suppression.show(c[EXPECTED]),
                    suppression.show(c[PRESENT]), suppression.show(c[APOLOGIES]), suppression.show(c[ABSENT]),
                    suppression.show(c[UNRECORDED]), rateText, suppression.show(c[RESPONSES]), overall, means, rate,
                    overallValue));
        }
    }
}
