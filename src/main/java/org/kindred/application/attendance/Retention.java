package org.kindred.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.kindred.domain.model.attendance.RetentionRepository;

/**
 * The retention job: a configurable time after a group's last session (12 months by default), its
 * named attendance, ground-rules acceptances, evaluation and wellbeing responded-flags and homework answers
 * are deleted; the anonymous counts, answers and wellbeing scores are kept. Running it again deletes nothing
 * more. It logs counts only.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    /** The time personal data of an ended group is kept; set by kindred.retention.after-group-ends. */
    public interface Settings {
        Period keepAfterGroupEnds();
    }

    @Inject
    RetentionRepository retention;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public record Deleted(int attendance, int acceptances, int responded, int homework, int wellbeing) {
    }

    @Transactional
    public Deleted run() {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(settings.keepAfterGroupEnds()).toInstant();
        Deleted deleted = new Deleted(retention.deleteAttendanceOfGroupsEndedBefore(cutoff),
                retention.deleteAcceptancesOfGroupsEndedBefore(cutoff),
                retention.deleteRespondedOfGroupsEndedBefore(cutoff),
                retention.deleteHomeworkReportsOfGroupsEndedBefore(cutoff),
                retention.deleteWellbeingRespondedOfGroupsEndedBefore(cutoff));
        if (deleted.attendance() + deleted.acceptances() + deleted.responded() + deleted.homework()
                + deleted.wellbeing() > 0) {
            LOG.info(() -> "retention: " + deleted.attendance() + " attendance marks, " + deleted.acceptances()
                    + " ground-rules acceptances, " + deleted.responded()
                    + " evaluation responded-flags, " + deleted.homework()
                    + " homework answers and " + deleted.wellbeing()
                    + " wellbeing responded-flags of ended groups deleted");
        }
        return deleted;
    }
}
