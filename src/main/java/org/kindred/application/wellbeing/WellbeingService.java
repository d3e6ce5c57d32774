package org.kindred.application.wellbeing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kindred.application.PortalSettings;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.wellbeing.Instrument;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.domain.model.wellbeing.Subscale;
import org.kindred.domain.model.wellbeing.WellbeingAnswers;
import org.kindred.domain.model.wellbeing.WellbeingRepository;
import org.kindred.domain.model.wellbeing.WellbeingResponse;
import org.kindred.domain.model.wellbeing.WellbeingWindow;

/**
 * The wellbeing measure of a cohort. A group's facilitators open its before window and later its after
 * window; each member answers each once: the responded-flag is written first and refuses a second
 * answer, and only the subscale sums are stored, elsewhere, with the group, the phase and the day.
 * Results are per phase: the number of answers (1-7 as "*") and each subscale's mean, both shown only
 * once the window has closed (released once: it cannot open again), the means over 8 or more answers.
 */
@ApplicationScoped
public class WellbeingService {

    /** The instrument a window uses unless the facilitator names another. */
    public static final String DEFAULT_INSTRUMENT = "proqol-5";

    @Inject
    WellbeingRepository wellbeing;

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    @Inject
    GroupAccess access;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    /** A measure a member may answer now. */
    public record OpenMeasure(long groupId, String groupName, Phase phase, String instrument) {
    }

    /** The questionnaire for one phase of a member's group, and whether the caller has answered it. */
    public record Form(long groupId, String groupName, Phase phase, Instrument instrument, boolean answered) {
    }

    /** One subscale's mean (to one decimal place) and its level, or "*" for both. */
    public record SubscaleResult(String code, String name, String mean, String level) {
    }

    /**
     * One phase: NOT_OPENED, OPEN or CLOSED, the count of answers (null while open), the subscales'
     * means, and whether its facilitators may open or close it now.
     */
    public record PhaseResult(Phase phase, String state, LocalDate openedOn, String responses,
                              List<SubscaleResult> subscales, boolean mayOpen, boolean mayClose) {
    }

    /** A group's measure as its facilitators and its organisation's organisers see it. */
    public record Results(long groupId, String instrument, String credit, String sourceUrl, List<String> subscales,
                          List<PhaseResult> phases) {
    }

    /** Facilitators: opens the before or after window of a group they lead. */
    @Transactional
    public Results open(Caller caller, long groupId, Phase phase, String instrumentCode) {
        access.asFacilitator(caller, groupId);
        memberships.lockGroup(groupId);
        String code = instrumentCode == null || instrumentCode.isBlank() ? DEFAULT_INSTRUMENT : instrumentCode.strip();
        Instrument instrument = wellbeing.instrument(code)
                .orElseThrow(() -> new RuleException("instrument", "There is no questionnaire with that code."));
        wellbeing.addWindow(WellbeingWindow.open(groupId, phase, instrument, today(), wellbeing.windows(groupId)));
        return results(groupId);
    }

    /** Facilitators: closes a window for good; its means can then be shown. */
    @Transactional
    public Results close(Caller caller, long groupId, Phase phase) {
        access.asFacilitator(caller, groupId);
        memberships.lockGroup(groupId);
        WellbeingWindow window = wellbeing.lockWindow(groupId, phase)
                .orElseThrow(() -> new RuleException("phase", "The " + phase.path() + " measure has not been opened."));
        wellbeing.closeWindow(window.close());
        return results(groupId);
    }

    /** The group's facilitators, and organisers of its organisation. */
    @Transactional
    public Results results(Caller caller, long groupId) {
        access.asOrganiserOrFacilitator(caller, groupId);
        return results(groupId);
    }

    /** Members: the measures open to them now and not yet answered. */
    @Transactional
    public List<OpenMeasure> openFor(Caller caller) {
        List<Long> groupIds = memberships.ofPerson(caller.personId()).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER).map(m -> m.group().id()).toList();
        List<OpenMeasure> open = new ArrayList<>();
        for (WellbeingWindow window : wellbeing.openWindows(groupIds)) {
            if (!wellbeing.hasResponded(window.groupId(), window.phase(), caller.personId())) {
                String name = groups.find(window.groupId()).map(SupportGroup::name).orElse("");
                String instrument = wellbeing.instrument(window.instrumentCode()).map(Instrument::shortName).orElse("");
                open.add(new OpenMeasure(window.groupId(), name, window.phase(), instrument));
            }
        }
        return open;
    }

    @Transactional
    public Form form(Caller caller, long groupId, Phase phase) {
        SupportGroup group = asMember(caller, groupId);
        boolean answered = wellbeing.hasResponded(groupId, phase, caller.personId());
        WellbeingWindow window = wellbeing.windows(groupId).stream().filter(w -> w.phase() == phase).findFirst()
                .filter(w -> w.isOpen() || answered)
                .orElseThrow(() -> new RuleException(null, "This questionnaire is not open just now."));
        return new Form(groupId, group.name(), phase, instrument(window), answered);
    }

    /** Members: answers once; the answers are scored, and only the subscale sums are kept, with nobody's name. */
    @Transactional
    public void answer(Caller caller, long groupId, Phase phase, WellbeingAnswers answers) {
        asMember(caller, groupId);
        WellbeingWindow window = wellbeing.lockWindow(groupId, phase).filter(WellbeingWindow::isOpen)
                .orElseThrow(() -> new RuleException(null, "This questionnaire is not open just now."));
        WellbeingResponse response = new WellbeingResponse(window, instrument(window), today(), answers);
        if (!wellbeing.markResponded(groupId, phase, caller.personId())) {
            throw new ConflictException("You have already answered this questionnaire for this group. Thank you.");
        }
        wellbeing.addResponse(response);
    }

    private Results results(long groupId) {
        List<WellbeingWindow> windows = wellbeing.windows(groupId);
        Instrument instrument = wellbeing.instrument(windows.isEmpty() ? DEFAULT_INSTRUMENT : windows.get(0).instrumentCode())
                .orElseThrow(() -> new IllegalStateException("the default instrument is missing"));
        List<PhaseResult> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            Optional<WellbeingWindow> window = windows.stream().filter(w -> w.phase() == phase).findFirst();
            phases.add(window.map(w -> phaseResult(w, instrument)).orElseGet(() -> new PhaseResult(phase, "NOT_OPENED",
                    null, "0", List.of(), WellbeingWindow.mayOpen(phase, instrument.code(), windows), false)));
        }
        return new Results(groupId, instrument.shortName(), instrument.credit(), instrument.sourceUrl(),
                instrument.subscales().stream().map(Subscale::name).toList(), phases);
    }

    /**
     * The count and the means only once the window has closed (so that no figure changes by one answer),
     * the means over 8 or more answers. The level is that of the mean rounded to a whole score, against the subscale's cut-offs.
     */
    private PhaseResult phaseResult(WellbeingWindow window, Instrument instrument) {
        long responses = wellbeing.responses(window.groupId(), window.phase());
        Map<String, long[]> totals = wellbeing.totals(window.groupId(), window.phase());
        List<SubscaleResult> subscales = new ArrayList<>();
        for (Subscale subscale : instrument.subscales()) {
            long[] countAndSum = totals.getOrDefault(subscale.code(), new long[] {0, 0});
            String mean = window.closed() ? SmallNumbers.showMean(countAndSum[1], countAndSum[0]) : SmallNumbers.SUPPRESSED;
            String level = mean.equals(SmallNumbers.SUPPRESSED) ? SmallNumbers.SUPPRESSED
                    : subscale.level(Math.round((double) countAndSum[1] / countAndSum[0])).name().toLowerCase(Locale.ROOT);
            subscales.add(new SubscaleResult(subscale.code(), subscale.name(), mean, level));
        }
        // not even the count while open: read after each answer, it would date every answer
        return new PhaseResult(window.phase(), window.closed() ? "CLOSED" : "OPEN", window.openedOn(),
                window.closed() ? SmallNumbers.show(responses) : null, subscales, false, window.isOpen());
    }

    private Instrument instrument(WellbeingWindow window) {
        return wellbeing.instrument(window.instrumentCode())
                .orElseThrow(() -> new IllegalStateException("a window's instrument is missing"));
    }

    /** A member of the group (not invited, waiting or asking): anyone else is told "not found". */
    private SupportGroup asMember(Caller caller, long groupId) {
        SupportGroup group = groups.find(groupId).orElseThrow(NotFoundException::new);
        boolean member = memberships.find(groupId, caller.personId())
                .filter(m -> m.status() == MembershipStatus.MEMBER).isPresent();
        if (!member || group.organisationId() != caller.organisationId()) {
            throw new NotFoundException();
        }
        return group;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(portal.timeZone()));
    }
}
