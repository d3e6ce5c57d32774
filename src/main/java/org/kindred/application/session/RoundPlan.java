package org.kindred.application.session;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A Round to plan. The facilitator is one of the organisation's facilitators, by id; the clinical lead
 * and the panellists are work email addresses, typed (never picked from a list of people). Left out:
 * its length comes from the programme, the preparation meeting is a week before at the same time for
 * an hour, and the preparation is held where the Round is.
 */
public record RoundPlan(long groupId, String topic, LocalDateTime start, Integer durationMinutes, Long roomId,
                        String onlineLink, long facilitatorId, String clinicalLeadEmail, List<String> panellistEmails,
                        LocalDateTime preparationStart, Integer preparationMinutes, Long preparationRoomId,
                        String preparationLink) {
}
