package org.kindred.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kindred.it.TestDatabase;

/**
 * Seeds the benchmark database, after Flyway has migrated it, straight through JDBC batches (rewritten
 * into multi-row INSERTs): one organisation, 2,000 staff, 150 groups of 8 to 12, 40 rooms, a year of
 * weekly sessions (26 weeks back, 26 ahead) and one-off sessions, 10,000 room bookings, and the
 * anonymous attendance counts of the sessions already held. Two more facilitators exist to count
 * statements at the edges: one leads a single group of one member, the other twenty groups, one of them
 * of 200 members. Every seeded person shares one PBKDF2 hash, of {@link #PASSWORD}.
 *
 * <p>Arguments: JDBC URL, user and password. Prints the ids the benchmark needs as {@code key=value} lines.
 */
public final class BenchmarkSeeder {

    public static final String PASSWORD = "benchmark password 123";
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int STAFF = 2000;
    static final int FACILITATORS = 60;
    static final int GROUPS = 150;
    /** The first groups have exactly 12 members: the invitation benchmark's 100 groups of 12. */
    static final int FULL_GROUPS = 100;
    static final int ROOMS = 40;
    static final int WEEKS = 52;
    static final int BOOKINGS = 10_000;

    private static final long BASE = 1_000_000L; // explicit ids, far from anything the server makes
    private final Connection db;
    private final String hash;
    private final Instant now = Instant.now();
    private long nextId = BASE;

    private BenchmarkSeeder(Connection db, String hash) {
        this.db = db;
        this.hash = hash;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            new BenchmarkSeeder(db, TestDatabase.pbkdf2(PASSWORD)).seed();
            db.commit();
        }
    }

    private long id() {
        return nextId++;
    }

    private void seed() throws SQLException {
        exec("SET FOREIGN_KEY_CHECKS = 0"); // batches of different tables are flushed in any order
        long organisation = id();
        exec("INSERT INTO organisation (id, slug, name, time_zone) VALUES (" + organisation
                + ", 'bench', 'Benchmark Trust', 'Europe/London')");
        long[] staff = new long[STAFF];
        try (Batch people = new Batch("INSERT INTO person (id, organisation_id, display_name, email, password_hash, "
                + "active, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)");
             Batch roles = new Batch("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
            for (int i = 0; i < STAFF; i++) {
                staff[i] = id();
                people.add(staff[i], organisation, "Staff Member " + i, "staff" + i + "@bench.kindred.test", hash,
                        Timestamp.from(now));
                String role = i == 0 ? "ORGANISER" : i <= FACILITATORS + 2 ? "FACILITATOR" : "PARTICIPANT";
                roles.add(staff[i], role);
            }
        }
        long organiser = staff[0];
        long soloFacilitator = staff[FACILITATORS + 1];
        long busyFacilitator = staff[FACILITATORS + 2];
        int firstParticipant = FACILITATORS + 3;
        exec("INSERT INTO facilitator_profile (person_id, max_groups) VALUES (" + busyFacilitator + ", 20)");

        long template = single("SELECT id FROM programme_template WHERE code = 'peer-support'");
        List<long[]> groupMembers = new ArrayList<>();
        long[] groups = new long[GROUPS + 21];
        int participant = 0;
        try (Batch group = new Batch("INSERT INTO support_group (id, organisation_id, template_id, name, min_members, "
                + "max_members, quorum, session_minutes, closed_after_start, intake_required, self_enrolment, created_at) "
                + "VALUES (?, ?, ?, ?, 1, ?, 1, 90, FALSE, FALSE, FALSE, ?)");
             Batch leader = new Batch("INSERT INTO group_leader (group_id, person_id, role) VALUES (?, ?, 'LEAD')");
             Batch rules = new Batch("INSERT INTO ground_rules_version (id, group_id, version, text, created_at) "
                     + "VALUES (?, ?, 1, ?, ?)");
             Batch membership = new Batch("INSERT INTO membership (id, group_id, person_id, status, created_at) "
                     + "VALUES (?, ?, ?, 'MEMBER', ?)");
             Batch seat = new Batch("INSERT INTO group_seat (group_id, seat_no, membership_id) VALUES (?, ?, ?)");
             Batch accepted = new Batch("INSERT INTO ground_rules_acceptance (rules_version_id, person_id, accepted_at) "
                     + "VALUES (?, ?, ?)")) {
            for (int g = 0; g < groups.length; g++) {
                int size;
                long lead;
                long[] members;
                if (g < GROUPS) {
                    size = g < FULL_GROUPS ? 12 : 8 + g % 4;
                    lead = staff[1 + g % FACILITATORS];
                    members = new long[size];
                    for (int m = 0; m < size; m++) {
                        members[m] = staff[firstParticipant + participant++ % (STAFF - firstParticipant)];
                    }
                } else {
                    // the counting groups: one of one member (solo), twenty led by one person, the first of 200
                    int k = g - GROUPS;
                    size = k == 0 ? 1 : k == 1 ? 200 : 10;
                    lead = k == 0 ? soloFacilitator : busyFacilitator;
                    members = new long[size];
                    for (int m = 0; m < size; m++) {
                        members[m] = staff[firstParticipant + (k * 37 + m) % (STAFF - firstParticipant)];
                    }
                }
                groups[g] = id();
                int max = Math.max(12, size);
                group.add(groups[g], organisation, template, (g < GROUPS ? "Peer support " : "Counted group ") + g, max,
                        Timestamp.from(now));
                leader.add(groups[g], lead);
                long version = id();
                rules.add(version, groups[g], "What is said in the group stays in the group.\nWe listen without judgement.",
                        Timestamp.from(now));
                for (int m = 0; m < max; m++) {
                    Long held = null;
                    if (m < size) {
                        held = id();
                        membership.add(held, groups[g], members[m], Timestamp.from(now));
                        if (m % 5 != 4) {
                            accepted.add(version, members[m], Timestamp.from(now));
                        }
                    }
                    seat.add(groups[g], m + 1, held);
                }
                groupMembers.add(members);
            }
        }

        long[] rooms = new long[ROOMS];
        try (Batch site = new Batch("INSERT INTO site (id, organisation_id, name) VALUES (?, ?, ?)");
             Batch room = new Batch("INSERT INTO room (id, site_id, name, capacity, setup_minutes, cleardown_minutes) "
                     + "VALUES (?, ?, ?, ?, 10, 10)")) {
            long[] sites = new long[4];
            for (int s = 0; s < sites.length; s++) {
                sites[s] = id();
                site.add(sites[s], organisation, "Site " + s);
            }
            for (int r = 0; r < ROOMS; r++) {
                rooms[r] = id();
                room.add(rooms[r], sites[r % sites.length], "Room " + r, 12 + r % 3 * 8);
            }
        }

        // A year of sessions: each of the 150 groups weekly (52), then one-offs until there are 10,000
        // bookings. A group keeps its room and weekday; one-offs are at 17:00, one per room and day.
        LocalDate firstMonday = LocalDate.now(ZONE).minusWeeks(WEEKS / 2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int bookings = 0;
        try (Batch series = new Batch("INSERT INTO session_series (id, group_id, organisation_id, kind, uid, sequence_no, "
                + "time_zone, first_start, duration_minutes, pattern, repeat_count, room_id, created_at) "
                + "VALUES (?, ?, ?, 'GROUP_SESSION', ?, 0, 'Europe/London', ?, ?, ?, ?, ?, ?)");
             Batch occurrence = new Batch("INSERT INTO session_occurrence (id, series_id, group_id, original_start, "
                     + "starts_at, ends_at, room_id, status, overridden, sequence_no) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', FALSE, 0)");
             Batch booking = new Batch("INSERT INTO room_booking (id, room_id, occurrence_id, blocked_from, blocked_until) "
                     + "VALUES (?, ?, ?, ?, ?)");
             Batch counted = new Batch("INSERT INTO attendance_count (occurrence_id, group_id, expected, present, "
                     + "apologies, absent) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int g = 0; g < GROUPS; g++) {
                long seriesId = id();
                int roomIndex = g % ROOMS;
                LocalDateTime first = firstMonday.plusDays(g / ROOMS).atTime(LocalTime.NOON);
                series.add(seriesId, groups[g], organisation, "bench-" + seriesId + "@kindred", first, 90, "WEEKLY", WEEKS,
                        rooms[roomIndex], Timestamp.from(now));
                for (int w = 0; w < WEEKS; w++) {
                    long occurrenceId = occurrence(occurrence, booking, seriesId, groups[g], first.plusWeeks(w), 90,
                            rooms[roomIndex]);
                    bookings++;
                    if (first.plusWeeks(w).atZone(ZONE).toInstant().isBefore(now)) {
                        int expected = groupMembers.get(g).length;
                        counted.add(occurrenceId, groups[g], expected, expected - 2, 1, 1);
                    }
                }
            }
            for (int j = 0; bookings < BOOKINGS; j++, bookings++) {
                long seriesId = id();
                int g = j % GROUPS;
                LocalDateTime start = firstMonday.plusDays(j / ROOMS).atTime(17, 0);
                series.add(seriesId, groups[g], organisation, "bench-" + seriesId + "@kindred", start, 60, null, null,
                        rooms[j % ROOMS], Timestamp.from(now));
                occurrence(occurrence, booking, seriesId, groups[g], start, 60, rooms[j % ROOMS]);
            }
        }
        exec("SET FOREIGN_KEY_CHECKS = 1");
        System.out.println("organiser=staff0@bench.kindred.test");
        System.out.println("facilitator=staff1@bench.kindred.test");
        System.out.println("facilitator.solo=staff" + (FACILITATORS + 1) + "@bench.kindred.test");
        System.out.println("facilitator.busy=staff" + (FACILITATORS + 2) + "@bench.kindred.test");
        System.out.println("group=" + groups[0]);
        System.out.println("group.solo=" + groups[GROUPS]);
        System.out.println("group.large=" + groups[GROUPS + 1]);
        System.out.println("groups.invited=" + Arrays.stream(groups, 0, FULL_GROUPS).mapToObj(String::valueOf)
                .collect(Collectors.joining(",")));
        System.out.println("room=" + rooms[0]);
        System.out.println("bookings=" + bookings);
    }

    private long occurrence(Batch occurrence, Batch booking, long seriesId, long groupId, LocalDateTime start, int minutes,
                            long roomId) throws SQLException {
        long id = id();
        Instant from = start.atZone(ZONE).toInstant();
        Instant until = from.plusSeconds(minutes * 60L);
        occurrence.add(id, seriesId, groupId, start, Timestamp.from(from), Timestamp.from(until), roomId);
        booking.add(id(), roomId, id, Timestamp.from(from.minusSeconds(600)), Timestamp.from(until.plusSeconds(600)));
        return id;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A prepared INSERT sent in batches of 1,000 rows; the driver rewrites each batch into one statement. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(String sql) throws SQLException {
            statement = db.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                statement.setObject(i + 1, v); // run with -Duser.timezone=UTC: times are stored as UTC
            }
            statement.addBatch();
            if (++pending == 1000) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
            }
            statement.close();
        }
    }
}
