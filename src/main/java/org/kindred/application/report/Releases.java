package org.kindred.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kindred.application.disclosure.DisclosureControl;
import org.kindred.application.disclosure.RangeFinder;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.domain.model.attendance.RecordingWindow;
import org.kindred.domain.model.report.ReportRepository;
import org.kindred.domain.model.report.ReportRepository.EvaluationTotals;
import org.kindred.domain.model.report.ReportRepository.GroupLine;
import org.kindred.domain.model.report.ReportRepository.RoundAudience;
import org.kindred.domain.model.report.ReportRepository.SessionCounts;

/**
 * Releases an organisation's report one calendar month at a time, once that month's figures are final:
 * attendance and Round headcounts can be recorded until four weeks after a session, and evaluation
 * answers count in the month they were given, so every figure of a month is fixed by the first day of
 * the second month after it. A month is released then (or when first asked for after that), through
 * disclosure control as one publication, and kept: every later reading shows the same figures. No
 * figure spans months that are released at different times, so comparing releases over time adds
 * nothing to what each one shows.
 */
@ApplicationScoped
public class Releases {

    /** How many released months a report shows. */
    public static final int MONTHS = 12;

    static final String ALL_GROUPS = "All groups";

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Inject
    ReportRepository figures;

    @Inject
    ReleaseStore store;

    @Inject
    RangeFinder finder;

    @Inject
    Clock clock;

    /** When a month's figures are final and it is released: the later of its end plus the recording window and the first of the second month after. */
    public static Instant releaseAt(YearMonth month, ZoneId zone) {
        Instant recorded = RecordingWindow.closesAt(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Instant twoMonthsOn = month.plusMonths(2).atDay(1).atStartOfDay(zone).toInstant();
        return recorded.isAfter(twoMonthsOn) ? recorded : twoMonthsOn;
    }

    /** The newest month released at {@code now}. */
    public static YearMonth latestReleased(Instant now, ZoneId zone) {
        YearMonth month = YearMonth.from(now.atZone(zone)).minusMonths(1);
        while (releaseAt(month, zone).isAfter(now)) {
            month = month.minusMonths(1);
        }
        return month;
    }

    /** The organisation's last {@link #MONTHS} released months, oldest first, releasing any not made yet. */
    @Transactional
    public List<MonthRelease> latest(long organisationId, ZoneId zone) {
        YearMonth last = latestReleased(clock.instant(), zone);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        List<MonthRelease> kept = new ArrayList<>(store.released(organisationId, first, last));
        if (kept.size() < MONTHS) {
            Set<YearMonth> have = new HashSet<>();
            kept.forEach(r -> have.add(r.month()));
            List<YearMonth> missing = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (!have.contains(month)) {
                    missing.add(month);
                }
            }
            for (MonthRelease made : make(organisationId, missing, zone)) {
                kept.add(store.keep(organisationId, made));
            }
            kept.sort(Comparator.comparing(MonthRelease::month));
        }
        return kept;
    }

    /** How many organisations one run of {@link #releaseDue} releases at most; the next run goes on. */
    static final int ORGANISATIONS_PER_RUN = 50;

    /**
     * Releases the newest due month for organisations that do not have it yet, so that nobody waits for
     * it on the report page: the background jobs call this. Earlier months still missing are made when
     * the report is first read. Returns how many it released.
     */
    @Transactional
    public int releaseDue(ZoneId zone) {
        YearMonth month = latestReleased(clock.instant(), zone);
        List<Long> organisations = store.without(month, ORGANISATIONS_PER_RUN);
        for (long organisationId : organisations) {
            make(organisationId, List.of(month), zone).forEach(made -> store.keep(organisationId, made));
        }
        return organisations.size();
    }

    /** The months' tables from the anonymous counts, each through disclosure control on its own. */
    List<MonthRelease> make(long organisationId, List<YearMonth> months, ZoneId zone) {
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        // the month before the first too: a group's size then tells whether its answers come from few people
        Instant from = first.minusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<GroupLine> groups = figures.groups(organisationId);
        List<SessionCounts> sessions = figures.sessionCounts(organisationId, from, to);
        List<EvaluationTotals> answers = figures.evaluationTotals(organisationId, first.atDay(1),
                last.plusMonths(1).atDay(1));
        List<RoundAudience> audiences = figures.roundAudiences(organisationId, from, to);
        DisclosureControl control = new DisclosureControl(finder);
        Instant now = clock.instant();
        List<MonthRelease> made = new ArrayList<>();
        for (YearMonth month : months) {
            made.add(release(month, zone, groups, sessions, answers, audiences, control, now));
        }
        return made;
    }

    static MonthRelease release(YearMonth month, ZoneId zone, List<GroupLine> groups, List<SessionCounts> sessions,
                                List<EvaluationTotals> answers, List<RoundAudience> audiences,
                                DisclosureControl control, Instant now) {
        Map<Long, Figures> perGroup = new HashMap<>();
        Map<Long, Integer> largestNow = new HashMap<>();
        Map<Long, Integer> largestBefore = new HashMap<>();
        for (SessionCounts s : sessions) {
            YearMonth held = YearMonth.from(s.startsAt().atZone(zone));
            if (held.equals(month)) {
                perGroup.computeIfAbsent(s.groupId(), k -> new Figures()).add(s);
                largestNow.merge(s.groupId(), s.expected(), Math::max);
            } else if (held.equals(month.minusMonths(1))) {
                largestBefore.merge(s.groupId(), s.expected(), Math::max);
            }
        }
        answers.stream().filter(a -> a.month().equals(month))
                .forEach(a -> perGroup.computeIfAbsent(a.groupId(), k -> new Figures()).add(a));
        MonthTable table = new MonthTable(ALL_GROUPS);
        for (GroupLine group : groups) {
            Figures own = perGroup.get(group.groupId());
            if (own != null) {
                table.group(group.groupId(), group.name(), group.programme(), own,
                        fewPeople(largestNow.get(group.groupId())) || fewPeople(largestBefore.get(group.groupId())));
            }
        }
        audiences.stream().filter(a -> YearMonth.from(a.startsAt().atZone(zone)).equals(month))
                .forEach(a -> table.rounds(1, a.headcount()));
        MonthTable.Published published = table.publish(control);
        return new MonthRelease(month, now, published.rows(), published.rounds().labelled(MONTH.format(month)));
    }

    /** A group whose sessions that month had fewer than 8 members expected: its figures come from few people. */
    private static boolean fewPeople(Integer largestSession) {
        return largestSession != null && largestSession < SmallNumbers.THRESHOLD;
    }
}
