package org.kindred.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kindred.domain.model.room.TimeSpan;
import org.kindred.domain.model.session.ClashCheck;
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
 * Figure 4: checking a 52-week series against n bookings already taken, as the booking desk does once
 * it has read them (the sort of the taken spans, then a binary search per week). The worst case: all n
 * bookings in the one room and year the series asks for, hour-long and scattered over working hours;
 * in start order, as the room's index returns them, or shuffled (how they came before the query said
 * {@code order by}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClashCheckBenchmark {

    private static final Instant YEAR = Instant.parse("2027-01-04T00:00:00Z");

    @Param({"1000", "10000", "100000"})
    int bookings;

    @Param({"true", "false"})
    boolean inStartOrder;

    private List<TimeSpan> taken;
    private List<TimeSpan> series;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        taken = new ArrayList<>(bookings);
        for (int i = 0; i < bookings; i++) {
            Instant start = YEAR.plus(Duration.ofDays(random.nextInt(365))).plus(Duration.ofMinutes(8 * 60 + random.nextInt(10 * 60)));
            taken.add(new TimeSpan(start, start.plus(Duration.ofMinutes(60))));
        }
        if (inStartOrder) {
            taken.sort(null);
        }
        series = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            Instant start = YEAR.plus(Duration.ofDays(7L * week)).plus(Duration.ofHours(12));
            series.add(new TimeSpan(start, start.plus(Duration.ofMinutes(90))));
        }
    }

    @Benchmark
    public int checkSeries() {
        ClashCheck check = new ClashCheck(taken);
        int clashes = 0;
        for (TimeSpan week : series) {
            if (check.clashes(week)) {
                clashes++;
            }
        }
        return clashes;
    }
}
