package org.kindred.domain.model.round;

import java.util.List;
import java.util.Optional;

/** Schwartz Rounds and their panels; implemented in infrastructure.persistence. */
public interface RoundRepository {

    void add(SchwartzRound round);

    Optional<SchwartzRound> find(long roundId);

    /** The Round's row, locked first: panel changes of one Round happen one after another. */
    Optional<SchwartzRound> lock(long roundId);

    List<SchwartzRound> inOrganisation(long organisationId);

    List<SchwartzRound> withPanellist(long personId);

    /** The Round one of whose three series (Round, preparation, debrief) this is. */
    Optional<SchwartzRound> findBySeries(long seriesId);
}
