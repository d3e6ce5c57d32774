package org.kindred.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.application.disclosure.Auditor;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.application.disclosure.ReportAttacker;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;

/**
 * Properties of a month's report over thousands of random tables of its real shape (1-3 programmes of
 * 1-5 groups; groups of 2-12 meeting 0-4 times; most members present, a few with apologies or absent,
 * some lines not recorded; answers from some of those present), each run through disclosure control and
 * checked by the auditor and, one in four, attacked from its published lines alone by
 * {@link ReportAttacker}, told even which hidden counts are small. Seeded, so a failure names a table
 * that can be run again.
 */
class MonthTablePropertiesTest {

    private static final int TABLES = 2000;

    /** The attacker, a linear programme of its own per table, reads one table in this many. */
    private static final int ATTACKED_EVERY = 4;

    private final DisclosureControl control = new DisclosureControl(new OjAlgoRangeFinder());

    @Test
    void noHiddenCountCanBeNarrowedToFewerThanThreeValuesAndNoSmallCountShows() {
        long seed = 20261207L;
        Random random = new Random(seed);
        for (int t = 0; t < TABLES; t++) {
            long tableSeed = random.nextLong();
            check(tableSeed, t % ATTACKED_EVERY == 0);
        }
    }

    private void check(long tableSeed, boolean attacked) {
        Random random = new Random(tableSeed);
        MonthTable table = new MonthTable("All groups");
        List<long[]> groupTruth = new ArrayList<>();
        List<Boolean> few = new ArrayList<>();
        int programmes = 1 + random.nextInt(3);
        long group = 0;
        for (int p = 0; p < programmes; p++) {
            int groups = 1 + random.nextInt(5);
            for (int g = 0; g < groups; g++) {
                int members = 2 + random.nextInt(11);
                int sessions = random.nextInt(5);
                Figures f = figures(random, members, sessions);
                table.group(++group, "G" + group, "P" + p, f, members < SmallNumbers.THRESHOLD);
                groupTruth.add(new long[] {f.expected, f.present, f.apologies, f.absent, f.unrecorded(), f.responses});
                few.add(members < SmallNumbers.THRESHOLD);
            }
        }
        MonthTable.Published published = table.publish(control);
        String where = " (table seed " + tableSeed + ")";
        assertTrue(control.auditor().exposed(published.publication(), published.disclosure()).isEmpty(),
                "the auditor finds a hidden count narrowed" + where);

        List<ReportAttacker.Line> lines = new ArrayList<>();
        long[][] truth = truth(published.rows(), groupTruth);
        int g = 0;
        for (ReportRow row : published.rows()) {
            String[] cells = {row.expected(), row.present(), row.apologies(), row.absent(), row.unrecorded(),
                    row.responses()};
            lines.add(new ReportAttacker.Line(row.kind().name(), cells));
            for (int c = 0; c < cells.length; c++) {
                long value = truth[lines.size() - 1][c];
                boolean hidden = cells[c].equals(SmallNumbers.SUPPRESSED) || cells[c].equals(SmallNumbers.WITHHELD);
                if (!hidden) {
                    assertEquals(String.valueOf(value), cells[c], "a shown count is the real one" + where);
                    assertFalse(SmallNumbers.isSmall(value), "a count of 1-7 shows" + where);
                    if (row.kind() == ReportRow.Kind.GROUP && few.get(g)) {
                        assertEquals(0, value, "a figure from fewer than 8 people shows" + where);
                    }
                } else {
                    assertTrue(value > 0, "a zero is hidden" + where);
                }
                if (row.kind() == ReportRow.Kind.GROUP && c == 5 && hidden) {
                    assertEquals("*", row.overallMean().equals("–") ? "*" : row.overallMean(),
                            "a mean shows where its count is hidden" + where);
                }
            }
            if (row.kind() == ReportRow.Kind.GROUP) {
                g++;
            }
        }
        if (!attacked) {
            return;
        }
        for (ReportAttacker.Finding finding : ReportAttacker.attack(lines, truth)) {
            if (!finding.withheld() && finding.values() < Auditor.MIN_VALUES) {
                fail("the attacker narrows line " + finding.line() + " column " + ReportAttacker.COLUMNS[finding.column()]
                        + " to " + finding.min() + ".." + finding.max() + where);
            }
            long value = truth[finding.line()][finding.column()];
            assertTrue(finding.min() <= value && value <= finding.max(), "the attacker's range misses the truth" + where);
        }
    }

    /** A group's month: most present, a few apologies or absent, some lines left blank, answers from some present. */
    private static Figures figures(Random random, int members, int sessions) {
        Figures f = new Figures();
        f.sessions = sessions;
        for (int s = 0; s < sessions; s++) {
            int apologies = random.nextInt(10) < 7 ? random.nextInt(Math.min(3, members) + 1) : 0;
            int absent = random.nextInt(10) < 4 ? random.nextInt(Math.min(2, members - apologies) + 1) : 0;
            int unrecorded = random.nextInt(10) < 1 ? random.nextInt(members - apologies - absent + 1) : 0;
            f.expected += members;
            f.apologies += apologies;
            f.absent += absent;
            f.present += members - apologies - absent - unrecorded;
        }
        // answers count in the month they are given: some from this month's sessions, now and then from last month's
        long answers = sessions == 0 ? (random.nextInt(4) == 0 ? random.nextInt(members + 1) : 0)
                : random.nextInt((int) f.present + 1);
        f.responses = answers;
        if (answers > 0) {
            f.scores.put("overall", new long[] {answers, answers * (1 + random.nextInt(5))});
        }
        return f;
    }

    /** The real figures of every published line, groups from the generator, the rest added up. */
    private static long[][] truth(List<ReportRow> rows, List<long[]> groups) {
        long[][] truth = new long[rows.size()][];
        List<long[]> sinceProgramme = new ArrayList<>();
        List<long[]> programmes = new ArrayList<>();
        int g = 0;
        for (int i = 0; i < rows.size(); i++) {
            switch (rows.get(i).kind()) {
                case GROUP -> {
                    truth[i] = groups.get(g++);
                    sinceProgramme.add(truth[i]);
                }
                case PROGRAMME -> {
                    truth[i] = add(sinceProgramme);
                    programmes.add(truth[i]);
                    sinceProgramme = new ArrayList<>();
                }
                default -> truth[i] = add(programmes);
            }
        }
        return truth;
    }

    private static long[] add(List<long[]> lines) {
        long[] sum = new long[6];
        lines.forEach(line -> {
            for (int c = 0; c < sum.length; c++) {
                sum[c] += line[c];
            }
        });
        return sum;
    }
}
