package org.kindred.application.session;

import static org.kindred.application.Retry.retrying;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kindred.application.access.Caller;

/**
 * Scheduling as the pages and the API call it. Each change runs in its own transaction in
 * {@link ScheduleChanges} or {@link RoundChanges}, run again if MySQL picks it as a deadlock victim.
 */
@ApplicationScoped
public class SchedulingService {

    @Inject
    ScheduleChanges changes;

    @Inject
    RoundChanges rounds;

    public ScheduleResult schedule(Caller caller, long groupId, SeriesPlan plan, ClashChoice choice) {
        return retrying(() -> changes.schedule(caller, groupId, plan, choice == null ? ClashChoice.NONE : choice));
    }

    public void reschedule(Caller caller, long occurrenceId, LocalDateTime start, Integer minutes, Long roomId,
                           String onlineLink) {
        retrying(() -> changes.reschedule(caller, occurrenceId, start, minutes, roomId, onlineLink));
    }

    public void cancel(Caller caller, long occurrenceId, String reason) {
        retrying(() -> changes.cancel(caller, occurrenceId, reason));
    }

    public ScheduleResult changeFollowing(Caller caller, long occurrenceId, SeriesPlan plan, ClashChoice choice) {
        return retrying(() -> changes.changeFollowing(caller, occurrenceId, plan,
                choice == null ? ClashChoice.NONE : choice));
    }

    public void end(Caller caller, long seriesId, LocalDate lastDate) {
        retrying(() -> changes.end(caller, seriesId, lastDate));
    }

    public long planRound(Caller caller, RoundPlan plan) {
        return retrying(() -> rounds.plan(caller, plan));
    }

    public void moveRound(Caller caller, long roundId, RoundMove move) {
        retrying(() -> rounds.move(caller, roundId, move));
    }

    /** Asks one more panellist by work email address. */
    public void askPanellist(Caller caller, long roundId, String email) {
        retrying(() -> rounds.ask(caller, roundId, email));
    }

    public void answerPanel(Caller caller, long roundId, boolean consent) {
        retrying(() -> rounds.answer(caller, roundId, consent));
    }
}
