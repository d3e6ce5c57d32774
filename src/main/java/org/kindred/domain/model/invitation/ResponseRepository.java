package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Attendees' answers. Recording is an upsert: the answer given last (by {@code answeredAt}) wins. */
public interface ResponseRepository {

    void record(Answer answer, Instant answeredAt, Answer.Via via);

    /** Every answer to these series. */
    List<Answer> answers(Collection<Long> seriesIds);

    /** How many people have answered any of a group's series at all. */
    long repliedCount(long groupId);
}
