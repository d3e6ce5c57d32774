package org.kindred.domain.model.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A group's sessions as one calendar event: a first start in a time zone, a length, a place, and an
 * optional {@link Recurrence} (none for a one-off). Its occurrences are materialised once, from the
 * rule, at the same wall-clock time across daylight-saving changes. The UID never changes; SEQUENCE
 * rises with every change to the series as a whole.
 */
@Entity
@Table(name = "session_series")
@NamedQuery(name = "SessionSeries.findByGroup",
        query = "select s from SessionSeries s where s.groupId = :groupId order by s.firstStart")
public class SessionSeries {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SeriesKind kind;

    @Column(name = "uid", nullable = false, unique = true, length = 120)
    private String uid;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "pattern", length = 20)
    private RecurrencePattern pattern;

    @Column(name = "repeat_count")
    private Integer count;

    @Column(name = "repeat_until")
    private LocalDate until;

    @Embedded
    private Place place;

    /** For a Round's series: its facilitator. Otherwise null, and the group's leaders facilitate. */
    @Column(name = "facilitator_id")
    private Long facilitatorId;

    /** The series this one continues after a "this and all following" change. */
    @Column(name = "split_from_id")
    private Long splitFromId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("originalStart")
    private List<Occurrence> occurrences = new ArrayList<>();

    protected SessionSeries() {
        // for JPA
    }

    public SessionSeries(long groupId, long organisationId, SeriesKind kind, ZoneId zone, LocalDateTime firstStart,
                         int durationMinutes, Recurrence recurrence, Place place, Long facilitatorId, String uid,
                         Instant now) {
        this.groupId = groupId;
        this.organisationId = organisationId;
        this.kind = Objects.requireNonNull(kind, "kind");
        define(zone, firstStart, durationMinutes, recurrence, place, now);
        this.facilitatorId = facilitatorId;
        this.uid = Objects.requireNonNull(uid, "uid");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private void define(ZoneId zone, LocalDateTime firstStart, int durationMinutes, Recurrence recurrence, Place place,
                        Instant now) {
        this.timeZone = Objects.requireNonNull(zone, "zone").getId();
        if (firstStart == null) {
            throw new ScheduleException("firstStart", "Give the date and time of the first session.");
        }
        if (firstStart.atZone(zone).toInstant().isBefore(now)) {
            throw new ScheduleException("firstStart", "The first session is in the past. Choose a later date.");
        }
        checkDuration(durationMinutes);
        this.pattern = null;
        this.count = null;
        this.until = null;
        if (recurrence != null) {
            recurrence.checkFirst(firstStart);
            this.pattern = recurrence.pattern();
            this.count = recurrence.count();
            this.until = recurrence.until();
        }
        this.firstStart = firstStart;
        this.durationMinutes = durationMinutes;
        this.place = Objects.requireNonNull(place, "place");
    }

    /**
     * Changes the whole series from its first session: same UID, higher SEQUENCE, new times. The old
     * occurrences are removed and returned; {@link #plan} then makes the new ones (after a flush, as
     * the new ones may reuse the old ones' original starts).
     */
    public List<Occurrence> restart(ZoneId zone, LocalDateTime firstStart, int durationMinutes, Recurrence recurrence,
                                    Place place, Instant now) {
        define(zone, firstStart, durationMinutes, recurrence, place, now);
        List<Occurrence> removed = List.copyOf(occurrences);
        sequence = nextSequence();
        occurrences.clear();
        return removed;
    }

    /**
     * The SEQUENCE of a change to the whole series: above the series' own and above every date's. A
     * calendar applies what it receives by SEQUENCE, whatever order the emails arrive in; a new
     * master that did not outrank an earlier moved or cancelled date would bring that date back.
     */
    private int nextSequence() {
        return Math.max(sequence, occurrences.stream().mapToInt(Occurrence::sequence).max().orElse(0)) + 1;
    }

    static void checkDuration(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new ScheduleException("durationMinutes",
                    "Give a length between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.");
        }
    }

    /**
     * Creates the occurrences at the given wall-clock starts, which {@link RecurrenceRules#expand}
     * worked out from this series' rule (or the first start alone, for a one-off).
     */
    public List<Occurrence> plan(List<LocalDateTime> starts) {
        if (!occurrences.isEmpty()) {
            throw new IllegalStateException("series " + id + " is already planned");
        }
        if (starts.isEmpty() || !starts.get(0).equals(firstStart)) {
            throw new ScheduleException("firstStart", "The first session does not fall on the repeating pattern.");
        }
        if (starts.get(starts.size() - 1).isAfter(firstStart.plusYears(MAX_YEARS))) {
            throw new ScheduleException(count != null ? "count" : "until",
                    "A series may span at most " + MAX_YEARS + " years. End it sooner; a new series can follow.");
        }
        for (LocalDateTime start : starts) {
            occurrences.add(new Occurrence(this, start, start.atZone(zone()).toInstant(),
                    start.plusMinutes(durationMinutes).atZone(zone()).toInstant(), place));
        }
        return List.copyOf(occurrences);
    }

    /** The occurrence with this id, if it belongs to this series. */
    public Occurrence occurrence(long occurrenceId) {
        return occurrences.stream().filter(o -> o.id() != null && o.id() == occurrenceId).findFirst()
                .orElseThrow(() -> new ScheduleException(null, "That session is not part of this series."));
    }

    /**
     * Moves one occurrence. In a repeating series it becomes an override (same RECURRENCE-ID, new time
     * or place); a one-off session is simply the whole event, which moves and gains a SEQUENCE.
     */
    public Occurrence reschedule(long occurrenceId, LocalDateTime newStart, int minutes, Place newPlace) {
        Occurrence occurrence = occurrence(occurrenceId);
        if (newStart == null) {
            throw new ScheduleException("start", "Give the new date and time.");
        }
        if (isOneOff()) {
            checkDuration(minutes);
            occurrence.reschedule(newStart, minutes, newPlace, zone());
            occurrence.becomeOneOffAt(newStart);
            this.firstStart = newStart;
            this.durationMinutes = minutes;
            this.place = newPlace;
            this.sequence++;
        } else {
            occurrence.reschedule(newStart, minutes, newPlace, zone());
        }
        return occurrence;
    }

    public boolean isOneOff() {
        return pattern == null;
    }

    public Occurrence cancel(long occurrenceId, String reason) {
        Occurrence occurrence = occurrence(occurrenceId);
        occurrence.cancel(reason);
        return occurrence;
    }

    /** Skips the given dates when the series is made, because they clash. */
    public void skip(Set<LocalDateTime> originalStarts) {
        occurrences.stream().filter(o -> originalStarts.contains(o.originalStart())).forEach(Occurrence::skip);
    }

    /** Holds the given dates somewhere else when the series is made, because the usual room is taken. */
    public void relocate(Set<LocalDateTime> originalStarts, Place elsewhere) {
        occurrences.stream().filter(o -> originalStarts.contains(o.originalStart()))
                .forEach(o -> o.reschedule(o.originalStart(), durationMinutes, elsewhere, zone()));
    }

    /**
     * Ends the series early: no session after {@code lastDate}. The removed occurrences are returned,
     * and SEQUENCE rises, because the rule itself changes (it gains an UNTIL).
     */
    public List<Occurrence> endAfter(LocalDate lastDate) {
        if (pattern == null) {
            throw new ScheduleException(null, "A one-off session has nothing to end. Cancel it instead.");
        }
        if (lastDate == null || lastDate.isBefore(firstStart.toLocalDate())) {
            throw new ScheduleException("lastDate", "The last date is before the first session. Cancel the sessions instead.");
        }
        List<Occurrence> removed = occurrences.stream()
                .filter(o -> o.originalStart().toLocalDate().isAfter(lastDate)).toList();
        if (removed.isEmpty()) {
            throw new ScheduleException("lastDate", "The series already ends by then.");
        }
        this.sequence = nextSequence();
        occurrences.removeAll(removed);
        this.count = null;
        this.until = lastDate;
        return removed;
    }

    /** The occurrences from this one on, for a "this and all following" change. */
    public List<Occurrence> fromOn(Occurrence first) {
        return occurrences.stream().filter(o -> !o.originalStart().isBefore(first.originalStart())).toList();
    }

    public boolean isFirst(Occurrence occurrence) {
        return !occurrences.isEmpty() && occurrences.get(0) == occurrence;
    }

    public Recurrence recurrence() {
        return pattern == null ? null : new Recurrence(pattern, count, until);
    }

    /** The RRULE value, or null for a one-off. */
    public String rrule() {
        return pattern == null ? null : recurrence().rrule(firstStart, zone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public void linkTo(SessionSeries earlier) {
        this.splitFromId = earlier.id();
    }

    public Long id() { return id; }
    public long groupId() { return groupId; }
    public long organisationId() { return organisationId; }
    public SeriesKind kind() { return kind; }
    public String uid() { return uid; }
    public int sequence() { return sequence; }
    public LocalDateTime firstStart() { return firstStart; }
    public int durationMinutes() { return durationMinutes; }
    public Place place() { return place; }
    public Long facilitatorId() { return facilitatorId; }
    public Long splitFromId() { return splitFromId; }
    public List<Occurrence> occurrences() { return List.copyOf(occurrences); }

    /** Local starts of the occurrences, for events. */
    public static List<LocalDateTime> originalStarts(Collection<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::originalStart).toList();
    }
}
