package org.kindred.application.report;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 7: releasing one month of an organisation's report, that is, disclosure control over all its
 * lines with the auditor's linear programmes, for n groups of 8-12 meeting 1-4 times in six programmes:
 * most members present, a few with apologies or absent (so many small cells, the hard case). Done once
 * per month and organisation, in the background.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MonthReleaseBenchmark {

    @Param({"10", "50", "150"})
    int groups;

    private final DisclosureControl control = new DisclosureControl(new OjAlgoRangeFinder());
    private Figures[] figures;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        figures = new Figures[groups];
        for (int g = 0; g < groups; g++) {
            int members = 8 + random.nextInt(5);
            Figures f = new Figures();
            f.sessions = 1 + random.nextInt(4);
            for (int s = 0; s < f.sessions; s++) {
                int apologies = random.nextInt(3);
                int absent = random.nextInt(4) == 0 ? 1 : 0;
                f.expected += members;
                f.apologies += apologies;
                f.absent += absent;
                f.present += members - apologies - absent;
            }
            f.responses = random.nextInt((int) f.present + 1);
            f.scores.put("overall", new long[] {f.responses, 4 * f.responses});
            figures[g] = f;
        }
    }

    @Benchmark
    public Object release() {
        MonthTable table = new MonthTable("All groups");
        for (int g = 0; g < groups; g++) {
            table.group(g, "Group " + g, "Programme " + g % 6, figures[g], false);
        }
        return table.publish(control).rows();
    }
}
