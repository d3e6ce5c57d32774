package org.kindred.application.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kindred.application.disclosure.Disclosure;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.application.disclosure.Publication;
import org.kindred.application.disclosure.SmallNumbers;

/**
 * One month's report: a line per group, a line per programme adding up its groups, and a line for all
 * groups adding up the programmes, plus the month's Schwartz Round audience. Every count of people in
 * it is one cell of a single {@link Publication}, tied by every sum a reader could use: each line's
 * expected = present + apologies + absent + not recorded, and each column of a programme or the total
 * = the same column of the lines below it. {@link DisclosureControl} then decides what may show.
 */
public final class MonthTable {

    /** Shown where there is nothing to count: no sessions recorded, no answers. */
    static final String NONE = "–";

    private static final int EXPECTED = 0;
    private static final int PRESENT = 1;
    private static final int APOLOGIES = 2;
    private static final int ABSENT = 3;
    private static final int UNRECORDED = 4;
    private static final int RESPONSES = 5;
    private static final int COLUMNS = 6;

    private final List<Node> nodes = new ArrayList<>();
    private final Node total;
    private final Map<String, Node> programmes = new LinkedHashMap<>();
    private long rounds;
    private long audience;

    public MonthTable(String totalLabel) {
        total = add(new Node(totalLabel, ReportRow.Kind.TOTAL, null, null, false));
    }

    /**
     * A group's line, under its programme's. {@code fewPeople}: the figures come from fewer than 8
     * people (a small group meeting more than once), so they are hidden however large they are.
     */
    public void group(long groupId, String name, String programme, Figures figures, boolean fewPeople) {
        Node parent = programmes.computeIfAbsent(programme,
                p -> add(new Node(p, ReportRow.Kind.PROGRAMME, null, total, false)));
        Node group = add(new Node(name, ReportRow.Kind.GROUP, groupId, parent, fewPeople));
        for (Node node = group; node != null; node = node.parent) {
            node.figures.add(figures);
        }
    }

    /** The month's Schwartz Rounds with a recorded headcount, and their audience. */
    public void rounds(long held, long people) {
        rounds += held;
        audience += people;
    }

    /** The lines as published, groups before their programme, the total last; then the Rounds. */
    public Published publish(DisclosureControl control) {
        Publication publication = new Publication();
        Map<Node, int[]> cells = new LinkedHashMap<>();
        for (Node node : nodes) {
            Figures f = node.figures;
            int[] c = new int[COLUMNS];
            c[EXPECTED] = publication.people(f.expected);
            c[PRESENT] = publication.people(f.present);
            c[APOLOGIES] = publication.people(f.apologies);
            c[ABSENT] = publication.people(f.absent);
            c[UNRECORDED] = publication.people(f.unrecorded());
            c[RESPONSES] = publication.people(f.responses);
            publication.sum(c[EXPECTED], c[PRESENT], c[APOLOGIES], c[ABSENT], c[UNRECORDED]);
            if (node.fewPeople) {
                publication.fromFewPeople(c);
            }
            cells.put(node, c);
        }
        for (Node node : nodes) {
            if (!node.children.isEmpty()) {
                for (int column = 0; column < COLUMNS; column++) {
                    int col = column;
                    publication.sum(cells.get(node)[col], node.children.stream().mapToInt(n -> cells.get(n)[col]).toArray());
                }
            }
        }
        int audienceCell = publication.people(audience);
        Disclosure disclosure = control.protect(publication);
        List<ReportRow> rows = new ArrayList<>();
        addRows(total, disclosure, cells, rows);
        return new Published(rows, new RoundRow(null, rounds, rounds == 0 ? NONE : disclosure.show(audienceCell)),
                publication, disclosure);
    }

    /** The month as published, with the publication and its disclosure for the auditor. */
    public record Published(List<ReportRow> rows, RoundRow rounds, Publication publication, Disclosure disclosure) {
    }

    private void addRows(Node node, Disclosure disclosure, Map<Node, int[]> cells, List<ReportRow> rows) {
        node.children.forEach(child -> addRows(child, disclosure, cells, rows));
        int[] c = cells.get(node);
        Figures f = node.figures;
        boolean rateShown = f.expected > 0 && !disclosure.isHidden(c[PRESENT]) && !disclosure.isHidden(c[EXPECTED]);
        Double rate = rateShown ? 100.0 * f.present / f.expected : null;
        String rateText = f.expected == 0 ? NONE
                : rateShown ? String.format(Locale.UK, "%.0f%%", rate) : SmallNumbers.SUPPRESSED;
        Map<String, String> means = new LinkedHashMap<>();
        f.scores.forEach((item, score) -> means.put(item,
                score[0] == 0 ? NONE : disclosure.mean(c[RESPONSES], score[0], score[1])));
        long[] overallScore = f.scores.getOrDefault("overall", new long[2]);
        String overall = means.getOrDefault("overall", NONE);
        Double overallValue = overall.equals(NONE) || overall.equals(SmallNumbers.SUPPRESSED) ? null
                : (double) overallScore[1] / overallScore[0];
        rows.add(new ReportRow(node.label, node.kind, node.groupId, f.sessions, disclosure.show(c[EXPECTED]),
                disclosure.show(c[PRESENT]), disclosure.show(c[APOLOGIES]), disclosure.show(c[ABSENT]),
                disclosure.show(c[UNRECORDED]), rateText, disclosure.show(c[RESPONSES]), overall, means, rate,
                overallValue));
    }

    private Node add(Node node) {
        nodes.add(node);
        if (node.parent != null) {
            node.parent.children.add(node);
        }
        return node;
    }

    private static final class Node {
        final String label;
        final ReportRow.Kind kind;
        final Long groupId;
        final Node parent;
        final boolean fewPeople;
        final List<Node> children = new ArrayList<>();
        final Figures figures = new Figures();

        Node(String label, ReportRow.Kind kind, Long groupId, Node parent, boolean fewPeople) {
            this.label = label;
            this.kind = kind;
            this.groupId = groupId;
            this.parent = parent;
            this.fewPeople = fewPeople;
        }
    }
}
