package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kindred.application.account.AddressedPeople;
import org.kindred.application.account.AddressedPeople.Reached;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.invitation.InvitationSettings;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.round.Addressee;
import org.kindred.domain.model.round.PanellistStatus;
import org.kindred.domain.model.round.RoundRepository;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.ScheduleEvent.Scope;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/** Schwartz Rounds: planning one with its preparation and debrief, moving it, and its panel. */
@ApplicationScoped
@Transactional
public class RoundChanges {

    static final int DEFAULT_PREPARATION_MINUTES = 60;

    @Inject
    RoundRepository rounds;

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    @Inject
    PersonRepository people;

    @Inject
    GroupAccess access;

    @Inject
    AddressedPeople addressed;

    @Inject
    RoundMail mail;

    @Inject
    InvitationSettings settings;

    @Inject
    BookingDesk desk;

    @Inject
    java.time.Clock clock;

    public long plan(Caller caller, RoundPlan plan) {
        rooms.lock(ScheduleChanges.roomIds(plan.roomId(), plan.preparationRoomId()));
        sessions.lockPeople(List.of(plan.facilitatorId()));
        SupportGroup group = access.asOrganiser(caller, plan.groupId());
        if (!group.template().openAudience()) {
            throw new RuleException("groupId", "Choose a Schwartz Round programme: Rounds belong to one.");
        }
        facilitator(caller, plan.facilitatorId());
        EmailAddress clinicalLead = address(plan.clinicalLeadEmail(), "clinicalLeadEmail");
        List<EmailAddress> panellists = panelAddresses(plan.panellistEmails());
        if (plan.start() == null) {
            throw new ScheduleException("start", "Give the date and time of the Round.");
        }
        ZoneId zone = desk.zone(caller, null);
        int minutes = plan.durationMinutes() != null ? plan.durationMinutes() : group.sessionMinutes();
        Place place = desk.place(caller, plan.roomId(), plan.onlineLink(), "roomId");
        LocalDateTime preparationStart = plan.preparationStart() != null ? plan.preparationStart()
                : plan.start().minusWeeks(1);
        if (!preparationStart.isBefore(plan.start())) {
            throw new ScheduleException("preparationStart", "Hold the preparation meeting before the Round.");
        }
        Place preparationPlace = plan.preparationRoomId() == null && blank(plan.preparationLink()) ? place
                : desk.place(caller, plan.preparationRoomId(), plan.preparationLink(), "preparationRoomId");
        // People are reached last, once nothing else can refuse the plan but a clash (which rolls
        // any new account back with it). The clinical lead answers the calendar invitations, which
        // need no sign-in; panellists answer in the portal.
        Addressee lead = addressee(addressed.reach(caller.organisationId(), clinicalLead, false));
        List<Reached> panel = new ArrayList<>();
        for (EmailAddress panellist : panellists) {
            panel.add(addressed.reach(caller.organisationId(), panellist, true));
        }
        SchwartzRound round = new SchwartzRound(caller.organisationId(), group.id(), plan.topic(), plan.facilitatorId(),
                lead, panel.stream().map(RoundChanges::addressee).toList(), clock.instant());
        List<Long> facilitator1 = List.of(plan.facilitatorId());
        SessionSeries roundSeries = oneOff(group, SeriesKind.ROUND, zone, plan.start(), minutes, place, plan.facilitatorId());
        SessionSeries preparation = oneOff(group, SeriesKind.ROUND_PREPARATION, zone, preparationStart,
                plan.preparationMinutes() != null ? plan.preparationMinutes() : DEFAULT_PREPARATION_MINUTES,
                preparationPlace, plan.facilitatorId());
        SessionSeries debrief = oneOff(group, SeriesKind.ROUND_DEBRIEF, zone, plan.start().plusMinutes(minutes),
                SeriesKind.DEBRIEF_MINUTES, place, plan.facilitatorId());
        List<SessionSeries> planned = List.of(roundSeries, preparation, debrief);
        for (SessionSeries series : planned) {
            desk.settle(caller, series, facilitator1, ClashChoice.NONE, 0);
        }
        round.linkSessions(roundSeries.id(), preparation.id(), debrief.id());
        rounds.add(round);
        for (SessionSeries series : planned) { // once the Round exists: the invitations look up its people
            desk.fire(Kind.SCHEDULED, Scope.SERIES, series, series.occurrences());
        }
        for (Reached panellist : panel) {
            mail.askedToSpeak(round, roundSeries, preparation, panellist);
        }
        return round.id();
    }

    /**
     * Moves a Round, and its debrief with it. When the Round changes day, the organiser is offered to
     * move the preparation meeting by the same amount and must answer before anything changes.
     */
    public void move(Caller caller, long roundId, RoundMove move) {
        SchwartzRound round = rounds.lock(roundId).orElseThrow(NotFoundException::new);
        rooms.lock(ScheduleChanges.roomIds(move.roomId()));
        sessions.lockPeople(List.of(round.facilitatorId()));
        access.asOrganiser(caller, round.groupId());
        if (move.start() == null) {
            throw new ScheduleException("start", "Give the new date and time of the Round.");
        }
        SessionSeries roundSeries = sessions.find(round.roundSeriesId()).orElseThrow();
        SessionSeries preparation = sessions.find(round.preparationSeriesId()).orElseThrow();
        SessionSeries debrief = sessions.find(round.debriefSeriesId()).orElseThrow();
        Duration shift = Duration.between(roundSeries.firstStart(), move.start());
        boolean newDay = !move.start().toLocalDate().equals(roundSeries.firstStart().toLocalDate());
        LocalDateTime suggested = preparation.firstStart().plus(shift);
        if (newDay && move.movePreparation() == null) {
            throw new PreparationChoiceException(preparation.firstStart(), suggested);
        }
        Place place = move.roomId() == null && blank(move.onlineLink()) ? roundSeries.place()
                : desk.place(caller, move.roomId(), move.onlineLink(), "roomId");
        List<SessionSeries> moving = new ArrayList<>(List.of(roundSeries, debrief));
        if (Boolean.TRUE.equals(move.movePreparation())) {
            moving.add(preparation);
        }
        List<Occurrence> moved = moving.stream().map(s -> s.occurrences().get(0)).toList();
        desk.release(moved);
        roundSeries.reschedule(moved.get(0).id(), move.start(), roundSeries.durationMinutes(), place);
        debrief.reschedule(moved.get(1).id(), move.start().plusMinutes(roundSeries.durationMinutes()),
                debrief.durationMinutes(), place);
        if (moving.contains(preparation)) {
            preparation.reschedule(moved.get(2).id(), suggested, preparation.durationMinutes(), preparation.place());
        }
        sessions.flush();
        Set<Long> except = Set.copyOf(moved.stream().map(Occurrence::id).toList());
        List<Clash> clashes = new ArrayList<>();
        for (SessionSeries series : moving) {
            clashes.addAll(desk.clashes(series, series.occurrences(), List.of(round.facilitatorId()), except));
        }
        if (!clashes.isEmpty()) {
            throw new ClashException("The Round cannot move there. Choose another time or room.", clashes);
        }
        for (SessionSeries series : moving) {
            desk.book(series, series.occurrences());
            desk.fire(Kind.CHANGED, Scope.SERIES, series, series.occurrences());
        }
    }

    @Inject
    Event<InviteeChange> invitees;

    /** Asks one more person, by address; the answer is the same whether or not the address has an account. */
    public void ask(Caller caller, long roundId, String email) {
        SchwartzRound round = rounds.lock(roundId).orElseThrow(NotFoundException::new);
        access.asOrganiser(caller, round.groupId());
        EmailAddress address = address(email, "email");
        if (round.panel().stream().anyMatch(p -> p.email().equals(address.value()))) {
            throw new RuleException("email", "This address has already been asked.");
        }
        if (round.panelSize() >= SchwartzRound.MAX_PANEL) {
            throw new RuleException("email", "The panel already has " + SchwartzRound.MAX_PANEL + " people on it.");
        }
        Reached asked = addressed.reach(caller.organisationId(), address, true);
        round.invite(addressee(asked));
        mail.askedToSpeak(round, sessions.find(round.roundSeriesId()).orElseThrow(),
                sessions.find(round.preparationSeriesId()).orElseThrow(), asked);
    }

    public void answer(Caller caller, long roundId, boolean consent) {
        SchwartzRound round = rounds.lock(roundId).orElseThrow(NotFoundException::new);
        if (round.panel().stream().noneMatch(p -> p.personId() == caller.personId())) {
            throw new NotFoundException();
        }
        boolean wasIn = round.panellist(caller.personId()).status() == PanellistStatus.CONSENTED;
        if (consent) {
            round.consent(caller.personId(), clock.instant());
        } else {
            round.decline(caller.personId(), clock.instant());
        }
        if (consent != wasIn) { // invited to the Round and its preparation, or taken off them
            invitees.fire(new InviteeChange(caller.personId(), consent, null,
                    List.of(round.roundSeriesId(), round.preparationSeriesId())));
        }
    }

    /**
     * A leaver comes off the panel of every Round still to come, as a panellist who withdraws or
     * declines: taken off the Round and its preparation meeting (a CANCEL) if they had consented.
     * Joins the caller's transaction.
     *
     * @return the ids of the Rounds still to come that they facilitate, for the organiser to mend
     */
    public List<Long> leave(long organisationId, long personId) {
        java.time.Instant now = clock.instant();
        for (SchwartzRound found : rounds.withPanellist(personId)) {
            if (!stillToCome(found, now)) {
                continue;
            }
            SchwartzRound round = rounds.lock(found.id()).orElseThrow();
            PanellistStatus status = round.panellist(personId).status();
            if (!status.onPanel()) {
                continue;
            }
            round.decline(personId, now);
            if (status == PanellistStatus.CONSENTED) {
                invitees.fire(new InviteeChange(personId, false, null,
                        List.of(round.roundSeriesId(), round.preparationSeriesId())));
            }
        }
        return rounds.inOrganisation(organisationId).stream()
                .filter(r -> r.facilitatorId() == personId && stillToCome(r, now)).map(SchwartzRound::id).toList();
    }

    private boolean stillToCome(SchwartzRound round, java.time.Instant now) {
        return sessions.find(round.roundSeriesId())
                .map(s -> s.occurrences().stream().anyMatch(o -> o.isScheduled() && o.endsAt().isAfter(now)))
                .orElse(false);
    }

    private SessionSeries oneOff(SupportGroup group, SeriesKind kind, ZoneId zone, LocalDateTime start, int minutes,
                                 Place place, long facilitatorId) {
        SessionSeries series = new SessionSeries(group.id(), group.organisationId(), kind, zone, start, minutes, null,
                place, facilitatorId, ScheduleChanges.newUid(), clock.instant());
        series.plan(List.of(start));
        return series;
    }

    /**
     * The Round's facilitator: one of the organisation's facilitators, whom organisers see in that
     * capacity anyway. Any other id (nobody, someone of another organisation, someone who is not a
     * facilitator) gets the same answer, so the id reveals nothing.
     */
    private void facilitator(Caller caller, long personId) {
        people.findById(personId)
                .filter(p -> p.organisationId() == caller.organisationId() && p.active() && p.hasRole(Role.FACILITATOR))
                .orElseThrow(() -> new RuleException("facilitatorId", "Choose one of your organisation's trained facilitators."));
    }

    /** A typed work address, or the field's message; Kindred's own scheduling mailbox is nobody's. */
    private EmailAddress address(String email, String field) {
        if (email == null || email.isBlank()) {
            throw new RuleException(field, "Enter the person's work email address.");
        }
        EmailAddress address;
        try {
            address = new EmailAddress(email);
        } catch (IllegalArgumentException e) {
            throw new RuleException(field, "Enter an email address such as name@example.nhs.uk.");
        }
        if (address.value().equalsIgnoreCase(settings.organiserMailbox())) {
            throw new RuleException(field, "That is Kindred's own scheduling address. Enter the person's work address.");
        }
        return address;
    }

    /**
     * The panel's addresses, each checked (a bad one is named by its place in the list:
     * {@code panellistEmails[1]}), the same address typed twice counted once, and 2 to 4 of them.
     * All before anyone is looked up, so a refused panel makes no account.
     */
    private List<EmailAddress> panelAddresses(List<String> emails) {
        List<EmailAddress> distinct = new ArrayList<>();
        List<String> typed = emails == null ? List.of() : emails;
        if (typed.size() > SchwartzRound.MAX_PANEL) {
            throw new RuleException("panellistEmails", "Ask " + SchwartzRound.MIN_PANEL + " to " + SchwartzRound.MAX_PANEL + " panellists.");
        }
        for (int i = 0; i < typed.size(); i++) {
            EmailAddress address = address(typed.get(i), "panellistEmails[" + i + "]");
            if (!distinct.contains(address)) {
                distinct.add(address);
            }
        }
        if (distinct.size() < SchwartzRound.MIN_PANEL) {
            throw new RuleException("panellistEmails", "Ask " + SchwartzRound.MIN_PANEL + " to " + SchwartzRound.MAX_PANEL + " panellists.");
        }
        return distinct;
    }

    private static Addressee addressee(Reached reached) {
        return new Addressee(reached.person().id(), reached.person().email().value());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
