package org.kindred.application.people;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.infrastructure.csv.CommonsCsvPeopleReader;
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
 * Figure 8: the people import's preview of a file of n rows (ADR 0019): reading the CSV and checking
 * every row against an organisation of 2,000 people already there (half the file), in memory, as
 * the preview does after its two queries. Not a timed test: a figure for docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ImportPreviewBenchmark {

    @Param({"1000", "10000"})
    int rows;

    private final CommonsCsvPeopleReader reader = new CommonsCsvPeopleReader();
    private byte[] file;
    private ImportFile.People people;

    @Setup
    public void setUp() {
        Map<String, Person> known = new HashMap<>();
        StringBuilder csv = new StringBuilder("email,name,roles,active\n");
        for (int i = 0; i < rows; i++) {
            String email = "person." + i + "@trust.example.nhs.uk";
            if (i % 2 == 0 && known.size() < 2000) {
                known.put(email, new Person(1L, "Person " + i, new EmailAddress(email), EnumSet.of(Role.PARTICIPANT),
                        Instant.EPOCH));
            }
            csv.append(email).append(",Person ").append(i).append(i % 7 == 0 ? " Renamed" : "")
                    .append(',').append(i % 10 == 0 ? "facilitator;participant" : "participant")
                    .append(',').append(i % 50 == 0 ? "false" : "").append('\n');
        }
        file = csv.toString().getBytes(StandardCharsets.UTF_8);
        people = new ImportFile.People() {
            @Override
            public Optional<Person> inOrganisation(String email) {
                return Optional.ofNullable(known.get(email));
            }

            @Override
            public boolean takenElsewhere(String email) {
                return false;
            }
        };
    }

    @Benchmark
    public ImportFile.Preview preview() {
        return ImportFile.check(reader.read(file, ImportFile.MAX_ROWS), people, "admin@trust.example.nhs.uk");
    }
}
